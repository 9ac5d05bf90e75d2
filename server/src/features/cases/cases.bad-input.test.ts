import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { agencyStaff, call, caseWithParts, ok, victimPayload } from '../../../test/case-fixtures';

/** Bad input on every case route: the error contract, the field named, and nothing written. */
let t: TestApp;
let officer: { cookie: string };
let partnerId: string;
let c: string;
let person: string;
let event: string;
let share: string;
let attachment: string;

beforeAll(async () => {
  t = await buildTestApp();
  officer = (await agencyStaff(t, [['officer']])).users[0]!;
  partnerId = (await agencyStaff(t, [])).agency.id;
  const parts = await caseWithParts(t, officer.cookie);
  c = `/api/cases/${parts.kase.id}`;
  person = parts.victim.id;
  event = parts.step.id;
  share = (
    await ok(t, officer.cookie, 'POST', `${c}/shares`, {
      agencyId: partnerId,
      access: 'read',
      reason: 'Mitra',
    })
  ).id;
  attachment = crypto.randomUUID();
});
afterAll(() => t.close());

const snapshot = async () =>
  (
    await t.deps.database.query(`SELECT
      (SELECT count(*) FROM cases)::int AS cases, (SELECT max(version) FROM cases)::int AS version,
      (SELECT count(*) FROM persons)::int AS persons, (SELECT count(*) FROM case_persons)::int AS case_persons,
      (SELECT count(*) FROM route_events)::int AS route, (SELECT count(*) FROM case_shares)::int AS shares,
      (SELECT count(*) FROM case_comments)::int AS comments, (SELECT count(*) FROM case_attachments)::int AS attachments,
      (SELECT count(*) FROM case_history)::int AS history, (SELECT count(*) FROM case_status_changes)::int AS statuses,
      (SELECT count(*) FROM audit_log WHERE action LIKE 'case.%')::int AS audit`)
  ).rows[0];

/** [method, url, body, a path the error must name]. */
const badRequests = (): [string, string, unknown, string][] => [
  ['POST', '/api/cases', {}, 'body.title'],
  [
    'POST',
    '/api/cases',
    { title: 'Ok judul', reportedOn: '2026-02-30', discoveryChannel: 'tip' },
    'body.reportedOn',
  ],
  [
    'POST',
    '/api/cases',
    { title: 'Ok judul', reportedOn: '2026-02-03', discoveryChannel: 'rumour' },
    'body.discoveryChannel',
  ],
  [
    'POST',
    '/api/cases',
    { title: 'Ok judul', reportedOn: '2026-02-03', discoveryChannel: 'tip', legalBasis: ['pasal_karet'] },
    'body.legalBasis.0',
  ],
  [
    'POST',
    '/api/cases',
    { title: 'Ok judul', reportedOn: '2026-02-03', discoveryChannel: 'tip', owningAgencyId: partnerId },
    'body',
  ],
  [
    'POST',
    '/api/cases',
    { title: 'Ok judul', reportedOn: '2026-02-03', discoveryChannel: 'tip', reportedRegionCode: 'Batam' },
    'body.reportedRegionCode',
  ],
  ['GET', '/api/cases/42', undefined, 'params.id'],
  ['PATCH', c, { title: 'Tanpa versi' }, 'body.version'],
  ['PATCH', c, { status: 'closed', version: 1 }, 'body'],
  ['PATCH', c, { sensitivity: 'secret', version: 1 }, 'body.sensitivity'],
  ['POST', `${c}/transitions`, { to: 'archived', reason: 'Alasan', version: 1 }, 'body.to'],
  ['POST', `${c}/transitions`, { to: 'verified', version: 1 }, 'body.reason'],
  ['GET', '/api/cases/x/history', undefined, 'params.id'],
  ['POST', `${c}/people`, victimPayload({ role: 'boss' }), 'body.role'],
  ['POST', `${c}/people`, victimPayload({ victim: null }), 'body.victim'],
  ['POST', `${c}/people`, victimPayload({ sex: 'x' }), 'body.sex'],
  ['POST', `${c}/people`, victimPayload({ aliases: [''] }), 'body.aliases.0'],
  ['POST', `${c}/people`, victimPayload({ citizenship: ['Indonesia'] }), 'body.citizenship.0'],
  ['PATCH', `${c}/people/${person}`, { role: 'suspect', version: 1 }, 'body'],
  ['PATCH', `${c}/people/${person}`, { nik: '12', version: 1 }, 'body.nik'],
  ['PATCH', `${c}/people/not-an-id`, { notes: 'x', version: 1 }, 'params.casePersonId'],
  ['POST', `${c}/people/${person}/identity`, { reason: 'x' }, 'body.reason'],
  [
    'POST',
    `${c}/people/${person}/identity`,
    { reason: 'Alasan yang cukup panjang', fields: ['nik'] },
    'body',
  ],
  ['POST', `${c}/route`, {}, 'body.type'],
  ['POST', `${c}/route`, { type: 'transit', placeKind: 'port' }, 'body.portId'],
  ['PATCH', `${c}/route/${event}`, { type: 'transit', placeKind: 'abroad', version: 1 }, 'body.country'],
  ['PATCH', `${c}/route/${event}`, { type: 'transit', placeKind: 'abroad', country: 'MY' }, 'body.version'],
  ['DELETE', `${c}/route/nope`, undefined, 'params.eventId'],
  ['POST', `${c}/route/order`, { ids: ['x'] }, 'body.ids.0'],
  ['POST', `${c}/route/order`, { ids: [] }, 'body.ids'],
  ['POST', `${c}/shares`, { agencyId: 'BP3MI', access: 'read', reason: 'Mitra' }, 'body.agencyId'],
  [
    'POST',
    `${c}/shares`,
    { agencyId: partnerId, access: 'read', reason: 'Mitra', expiresAt: 'besok' },
    'body.expiresAt',
  ],
  ['POST', `${c}/shares/${share}/revoke`, { reason: '' }, 'body.reason'],
  ['POST', `${c}/comments`, { body: 5 }, 'body.body'],
  ['POST', `${c}/comments`, { body: 'x'.repeat(10_001) }, 'body.body'],
  ['GET', `${c}/attachments/nope/content`, undefined, 'params.attachmentId'],
  ['POST', `${c}/attachments/${attachment}/content`, {}, 'body.reason'],
];

describe('bad input on every case route', () => {
  it('answers VALIDATION_FAILED naming the field, and writes nothing', async () => {
    const before = await snapshot();
    for (const [method, url, body, path] of badRequests()) {
      const r = await call(t, officer.cookie, method, url, body);
      const label = `${method} ${url} ${JSON.stringify(body)?.slice(0, 80)}`;
      expect(r.statusCode, `${label} → ${r.body}`).toBe(400);
      const error = r.json().error;
      expect(error, label).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.any(String),
        requestId: expect.any(String),
      });
      expect(
        error.issues.some((i: { path: string }) => i.path === path || i.path.startsWith(`${path}.`)),
        `${label} names ${path}: ${JSON.stringify(error.issues)}`,
      ).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers MALFORMED_JSON to a body that is not JSON', async () => {
    const before = await snapshot();
    const r = await t.app.inject(
      apiRequest({
        method: 'POST',
        url: `${c}/comments`,
        cookie: officer.cookie,
        payload: '{"body": ',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(r.json().error.code).toBe('MALFORMED_JSON');
    expect(await snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for well-formed ids of nothing', async () => {
    const ghost = crypto.randomUUID();
    for (const [method, url, body] of [
      ['PATCH', `${c}/people/${ghost}`, { notes: 'x', version: 1 }],
      ['PATCH', `${c}/route/${ghost}`, { type: 'transit', placeKind: 'abroad', country: 'MY', version: 1 }],
      ['DELETE', `${c}/route/${ghost}`, undefined],
      ['POST', `${c}/shares/${ghost}/revoke`, { reason: 'Tidak ada' }],
      ['GET', `${c}/attachments/${ghost}/content`, undefined],
      ['POST', `/api/cases/${ghost}/comments`, { body: 'Halo' }],
    ] as const) {
      const r = await call(t, officer.cookie, method, url, body);
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expect(r.json().error.code).toBe('NOT_FOUND');
    }
  });
});

describe('OpenAPI', () => {
  it('still builds, and describes the case routes from their contracts', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    const paths = r.json().paths;
    for (const path of [
      '/api/cases',
      '/api/cases/{id}',
      '/api/cases/{id}/people/{casePersonId}/identity',
      '/api/cases/{id}/route/order',
      '/api/cases/{id}/attachments/{attachmentId}/content',
    ]) {
      expect(paths[path], path).toBeDefined();
    }
    const person = paths['/api/cases/{id}/people'].post.requestBody.content['application/json'].schema;
    expect(person.required).toEqual(expect.arrayContaining(['role']));
    // The multipart upload has no JSON body schema to publish; its summary says what it takes.
    expect(paths['/api/cases/{id}/attachments'].post.summary).toContain('casePersonId');
  });
});
