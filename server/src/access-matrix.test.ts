import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '#contracts/access';
import { apiRequest, buildTestApp, type TestApp } from '../test/harness';
import { signedInUser } from '../test/factories';

/**
 * Who may call what, written down independently of the route declarations. Every route the server
 * registers must appear here; each role is then tried against each route.
 * `public`: anyone; `partial`: only between password and second factor; `signed-in`: every role.
 */
type Expected = 'public' | 'partial' | 'signed-in' | Role[];
const admin: Role[] = ['admin'];
const caseReaders: Role[] = ['coordinator', 'officer', 'caseworker', 'liaison'];
const caseWriters: Role[] = ['coordinator', 'officer', 'caseworker'];
const caseSharers: Role[] = ['coordinator', 'officer'];
const identityViewers: Role[] = ['officer', 'caseworker'];
const tipStaff: Role[] = ['coordinator', 'officer'];
const publicInfoManagers: Role[] = ['admin', 'coordinator'];
const protectionReaders: Role[] = ['coordinator', 'officer', 'caseworker'];
const protectionWriters: Role[] = ['officer', 'caseworker'];
// Imports write into the importer's own agency: officers and coordinators.
const importers: Role[] = ['coordinator', 'officer'];
const taskforceReaders: Role[] = ['coordinator', 'officer', 'caseworker', 'liaison'];
// Patrols: liaisons read those their agency takes part in; officers and the coordinator plan and report.
const patrolReaders: Role[] = ['coordinator', 'officer', 'liaison'];
const patrolManagers: Role[] = ['coordinator', 'officer'];
// Linkage review: coordinators (province-wide, never victims) and officers (their agency's cases);
// only coordinators start a run over the whole registry.
const linkageReviewers: Role[] = ['coordinator', 'officer'];

const expected: Record<string, Expected> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/system/info': 'public',
  'GET /api/openapi.json': 'public',
  'GET /*': 'public',
  'GET /api/public/tips/challenge': 'public',
  'POST /api/public/tips': 'public',
  'POST /api/public/tips/follow-up': 'public',
  'POST /api/public/tips/follow-up/messages': 'public',
  'POST /api/public/tips/follow-up/attachments': 'public',
  'GET /lapor': 'public',
  'GET /lapor/*': 'public',
  'GET /webhooks/whatsapp': 'public',
  'POST /webhooks/whatsapp': 'public',
  'POST /api/cases/:id/people/suggestions': caseWriters,
  'POST /api/cases/:id/people/:casePersonId/same-person': caseWriters,
  'POST /api/linkage/runs': ['coordinator'],
  'GET /api/linkage/runs': linkageReviewers,
  'GET /api/linkage/pairs': linkageReviewers,
  'POST /api/linkage/pairs/:id/decision': linkageReviewers,
  'POST /api/linkage/pairs/:id/skip': linkageReviewers,
  'POST /api/linkage/pairs/:id/identity': linkageReviewers,
  'GET /api/linkage/groups/:id': linkageReviewers,
  'POST /api/linkage/groups/:id/unmerge': linkageReviewers,
  'POST /api/linkage/groups/:id/detach': linkageReviewers,
  'POST /api/linkage/groups/:id/reattach': linkageReviewers,
  'POST /api/linkage/groups/:id/identity': linkageReviewers,
  'GET /api/tips': tipStaff,
  'POST /api/tips': tipStaff,
  'GET /api/tips/:id': tipStaff,
  'GET /api/tips/officers': tipStaff,
  'POST /api/tips/:id/assign': tipStaff,
  'POST /api/tips/:id/transitions': tipStaff,
  'POST /api/tips/:id/messages': tipStaff,
  'POST /api/tips/:id/group': tipStaff,
  'POST /api/tips/:id/case': tipStaff,
  'POST /api/tips/:id/contact': ['officer'],
  'POST /api/tips/:id/attachments': tipStaff,
  'GET /api/tips/:id/attachments/:attachmentId/content': tipStaff,
  'GET /info': 'public',
  'GET /info/*': 'public',
  'GET /site/*': 'public',
  'GET /api/public/info/content/:slug': 'public',
  'GET /api/public/info/job-check': 'public',
  'GET /api/public/info/recruiters': 'public',
  'GET /api/public/regions': 'public',
  'GET /api/public/ports': 'public',
  'GET /api/public-info/content/:slug/:language': publicInfoManagers,
  'POST /api/public-info/content/:slug/:language/versions': publicInfoManagers,
  'GET /api/public-info/job-check': publicInfoManagers,
  'POST /api/public-info/job-check/versions': publicInfoManagers,
  'GET /api/public-info/recruiter-lists': publicInfoManagers,
  'POST /api/public-info/recruiter-lists': publicInfoManagers,
  'GET /api/public-info/recruiter-flags': ['coordinator'],
  'POST /api/public-info/recruiter-flags': ['coordinator'],
  'POST /api/public-info/recruiter-flags/:id/withdraw': ['coordinator'],
  'GET /api/auth/session': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'POST /api/auth/mfa': 'partial',
  'GET /api/auth/mfa/enrolment': 'partial',
  'POST /api/auth/mfa/enrol': 'partial',
  'POST /api/auth/password': 'signed-in',
  'POST /api/auth/reauthenticate': 'signed-in',
  'GET /api/me': 'signed-in',
  'PATCH /api/me/preferences': 'signed-in',
  'GET /api/users': admin,
  'GET /api/users/:id': admin,
  'POST /api/users': admin,
  'PATCH /api/users/:id': admin,
  'POST /api/users/:id/reset-password': admin,
  'POST /api/users/:id/reset-mfa': admin,
  'GET /api/users/:id/sessions': admin,
  'POST /api/users/:id/sessions/revoke': admin,
  'GET /api/agencies': [...roles],
  'GET /api/agencies/:id': [...roles],
  'POST /api/agencies': admin,
  'PATCH /api/agencies/:id': admin,
  'GET /api/audit': admin,
  'POST /api/audit/verify': admin,
  'GET /api/reference/regions': [...roles],
  'GET /api/reference/ports': [...roles],
  'GET /api/cases': caseReaders,
  'GET /api/cases/saved-filters': caseReaders,
  'POST /api/cases/saved-filters': caseReaders,
  'DELETE /api/cases/saved-filters/:id': caseReaders,
  'GET /api/cases/export': ['coordinator', 'officer'],
  'GET /api/cases/statistics': ['coordinator', 'analyst'],
  'POST /api/cases': caseWriters,
  'GET /api/cases/:id': caseReaders,
  'PATCH /api/cases/:id': caseWriters,
  'POST /api/cases/:id/transitions': caseWriters,
  'GET /api/cases/:id/history': caseReaders,
  'POST /api/cases/:id/people': caseWriters,
  'PATCH /api/cases/:id/people/:casePersonId': caseWriters,
  'POST /api/cases/:id/people/:casePersonId/identity': identityViewers,
  'POST /api/cases/:id/route': caseWriters,
  'PATCH /api/cases/:id/route/:eventId': caseWriters,
  'DELETE /api/cases/:id/route/:eventId': caseWriters,
  'POST /api/cases/:id/route/order': caseWriters,
  'POST /api/cases/:id/shares': caseSharers,
  'POST /api/cases/:id/shares/:shareId/revoke': caseSharers,
  'GET /api/cases/:id/comments': caseReaders,
  'POST /api/cases/:id/comments': caseReaders,
  'POST /api/cases/:id/attachments': caseWriters,
  'GET /api/cases/:id/attachments': caseReaders,
  'GET /api/cases/:id/attachments/:attachmentId/content': caseReaders,
  'POST /api/cases/:id/attachments/:attachmentId/content': caseReaders,
  'GET /api/protection/providers': protectionReaders,
  'POST /api/protection/providers': ['coordinator'],
  'PATCH /api/protection/providers/:id': ['coordinator'],
  'GET /api/protection/referrals': protectionReaders,
  'GET /api/protection/referrals/counts': protectionReaders,
  'POST /api/protection/referrals': protectionWriters,
  'POST /api/protection/referrals/:id/transitions': protectionWriters,
  'GET /api/protection/victims/:id': protectionReaders,
  'POST /api/protection/victims/:id/consents': protectionWriters,
  'POST /api/protection/victims/:id/assessments': protectionWriters,
  'POST /api/protection/victims/:id/plan-items': protectionWriters,
  'PATCH /api/protection/plan-items/:id': protectionWriters,
  'POST /api/protection/victims/:id/return-steps': protectionWriters,
  'POST /api/protection/victims/:id/follow-ups': protectionWriters,
  'POST /api/protection/victims/:id/closure': protectionWriters,
  'GET /statistik': 'public',
  'GET /statistik/*': 'public',
  'GET /api/public/statistics': 'public',
  'GET /api/public/statistics/open-data.csv': 'public',
  'GET /api/dashboards': ['coordinator', 'officer', 'analyst'],
  'POST /api/dashboards/refresh': ['coordinator', 'analyst'],
  'POST /api/dashboards/reports': ['coordinator', 'officer', 'analyst'],
  'GET /api/dashboards/reports': ['coordinator', 'officer', 'analyst'],
  'GET /api/dashboards/reports/:id/:format': ['coordinator', 'officer', 'analyst'],
  'POST /api/imports': importers,
  'GET /api/imports': importers,
  'GET /api/imports/:id/cases': importers,
  'GET /api/imports/templates': importers,
  'GET /api/imports/:id': importers,
  'POST /api/imports/:id/preview': importers,
  'POST /api/imports/:id/commit': importers,
  'POST /api/imports/:id/cancel': importers,
  'GET /api/imports/:id/rejected.csv': importers,
  'GET /api/patrols': patrolReaders,
  'GET /api/patrols/statistics': patrolReaders,
  'GET /api/patrols/areas': patrolReaders,
  'POST /api/patrols': patrolManagers,
  'GET /api/patrols/:id': patrolReaders,
  'PATCH /api/patrols/:id': patrolManagers,
  'PUT /api/patrols/:id/report': patrolManagers,
  'GET /api/taskforce/bodies': taskforceReaders,
  'PUT /api/taskforce/bodies/:id/members/:agencyId': ['coordinator'],
  'GET /api/taskforce/meetings': taskforceReaders,
  'POST /api/taskforce/meetings': ['coordinator'],
  'GET /api/taskforce/meetings/:id': taskforceReaders,
  'GET /api/taskforce/meetings/:id.ics': taskforceReaders,
  'GET /api/taskforce/bodies/:id/meetings.ics': taskforceReaders,
  'GET /api/taskforce/meetings/:id/report.pdf': ['coordinator'],
  'GET /api/taskforce/meetings/:id/report.xlsx': ['coordinator'],
  'PATCH /api/taskforce/meetings/:id': ['coordinator'],
  'POST /api/taskforce/meetings/:id/attachments': ['coordinator'],
  'GET /api/taskforce/meetings/:id/attachments': taskforceReaders,
  'GET /api/taskforce/meetings/:id/attachments/:attachmentId/content': taskforceReaders,
  'DELETE /api/taskforce/meetings/:id/attachments/:attachmentId': ['coordinator'],
  'POST /api/taskforce/meetings/:id/decisions': ['coordinator'],
  'POST /api/taskforce/decisions/:id/action-items': ['coordinator'],
  'GET /api/taskforce/action-items': taskforceReaders,
  'PATCH /api/taskforce/action-items/:id': taskforceReaders,
  'GET /api/taskforce/matrix': taskforceReaders,
  'GET /api/taskforce/matrix/versions': taskforceReaders,
  'PUT /api/taskforce/matrix': ['coordinator'],
  'GET /api/official-statistics': ['coordinator', 'officer', 'analyst'],
  'POST /api/official-statistics': ['coordinator', 'analyst'],
  'PATCH /api/official-statistics/:id': ['coordinator', 'analyst'],
  'DELETE /api/official-statistics/:id': ['coordinator', 'analyst'],
  'GET /api/geo/:layer': 'public',
  'GET /api/map/layers': ['coordinator', 'officer', 'analyst', 'caseworker', 'liaison'],
  'GET /api/map/vulnerability': ['coordinator', 'officer', 'analyst', 'caseworker', 'liaison'],
  'PUT /api/map/vulnerability/formula': ['analyst'],
};

let t: TestApp;
const cookies = new Map<Role, string>();

beforeAll(async () => {
  t = await buildTestApp();
  for (const role of roles) cookies.set(role, (await signedInUser(t, [role])).cookie);
});
afterAll(() => t.close());

const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const apiRoutes = () => t.routes.filter((r) => !r.url.startsWith('/api/docs'));
const concrete = (url: string) => url.replace(':id', crypto.randomUUID()).replace('/*', '/some/page');

describe('route access matrix', () => {
  it('lists every registered route in the table, and nothing that does not exist', () => {
    const registered = apiRoutes().map(key).sort();
    expect(registered).toEqual(Object.keys(expected).sort());
  });

  it('declares the same access the table expects', () => {
    for (const route of apiRoutes()) {
      const want = expected[key(route)]!;
      const declared = route.access;
      if (want === 'public') expect(declared.kind, key(route)).toBe('public');
      else if (want === 'partial') expect(declared.kind, key(route)).toBe('partial-session');
      else if (want === 'signed-in') expect(declared.kind, key(route)).toBe('signed-in');
      else expect(declared.kind, key(route)).toBe('permission');
    }
  });

  it('refuses every non-public route without a session (401)', async () => {
    for (const route of apiRoutes()) {
      if (expected[key(route)] === 'public') continue;
      const r = await t.app.inject(apiRequest({ method: route.method, url: concrete(route.url), payload: {} }));
      expect(r.statusCode, key(route)).toBe(401);
    }
  });

  it.each(roles.map((r) => [r]))('gives the %s role exactly what the table says', async (role) => {
    for (const route of apiRoutes()) {
      const want = expected[key(route)]!;
      if (want === 'public' || key(route) === 'POST /api/auth/logout') continue;
      const r = await t.app.inject(
        apiRequest({ method: route.method, url: concrete(route.url), cookie: cookies.get(role), payload: {} }),
      );
      const allowed = want === 'signed-in' || (Array.isArray(want) && want.includes(role));
      if (want === 'partial') expect(r.statusCode, `${role} ${key(route)}`).toBe(401);
      else if (allowed) expect([401, 403], `${role} ${key(route)} → ${r.statusCode} ${r.body}`).not.toContain(r.statusCode);
      else expect(r.statusCode, `${role} ${key(route)}`).toBe(403);
    }
  });

  it('writes a refused request to the audit log', async () => {
    const cookie = cookies.get('analyst')!;
    await t.app.inject(apiRequest({ method: 'GET', url: '/api/users', cookie }));
    const auditor = cookies.get('admin')!;
    const log = await t.app.inject(apiRequest({ method: 'GET', url: '/api/audit?action=access.denied&limit=5', cookie: auditor }));
    const entry = log.json().items.find((e: { details: { route: string } }) => e.details.route === '/api/users');
    expect(entry).toMatchObject({ outcome: 'denied', action: 'access.denied' });
  });
});
