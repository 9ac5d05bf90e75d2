import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infoDocumentSchema, jobCheckRulesSchema } from '#contracts/public-info';
import { evaluateJobOffer } from '#contracts/public-info.job-check';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { signedInUser } from '../../../test/factories';
import { defaultHelp } from './defaults.help';
import { defaultJobCheckRules } from './defaults.job-check';
import { defaultProcedure } from './defaults.procedure';

let t: TestApp;
let admin: string;
let coordinator: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await signedInUser(t, ['admin'])).cookie;
  coordinator = (await signedInUser(t, ['coordinator'])).cookie;
});
afterAll(() => t.close());

const save = (cookie: string, slug: string, language: string, payload: object) =>
  t.app.inject(apiRequest({ method: 'POST', url: `/api/public-info/content/${slug}/${language}/versions`, cookie, payload }));
const publicPage = (slug: string, lang: string) => t.app.inject({ method: 'GET', url: `/api/public/info/content/${slug}?lang=${lang}` });
const auditOf = async (action: string) =>
  (await t.app.inject(apiRequest({ method: 'GET', url: `/api/audit?action=${action}&limit=20`, cookie: admin }))).json().items;

describe('built-in content', () => {
  it('is valid in every language and makes sense to the verdict function', () => {
    for (const language of ['id', 'en', 'ms'] as const) {
      expect(infoDocumentSchema.safeParse(defaultProcedure[language]).success, `procedure ${language}`).toBe(true);
      expect(infoDocumentSchema.safeParse(defaultHelp[language]).success, `help ${language}`).toBe(true);
    }
    expect(jobCheckRulesSchema.safeParse(defaultJobCheckRules).success).toBe(true);
    const allFlags = Object.fromEntries(defaultJobCheckRules.questions.map((q) => [q.id, q.flagWhen]));
    expect(evaluateJobOffer(defaultJobCheckRules, allFlags).verdict).toBe('danger');
    const noFlags = Object.fromEntries(defaultJobCheckRules.questions.map((q) => [q.id, q.flagWhen === 'yes' ? 'no' : 'yes'] as const));
    expect(evaluateJobOffer(defaultJobCheckRules, noFlags).verdict).toBe('clear');
  });

  it('is what the public reads before anything is published (version 0), without a session or cookie', async () => {
    const r = await publicPage('procedure', 'en');
    expect(r.statusCode).toBe(200);
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(r.json()).toMatchObject({ slug: 'procedure', language: 'en', version: 0, publishedAt: null });
    expect(r.json().document.steps).toHaveLength(11);
    expect((await publicPage('help', 'ms')).json().document.title).toBe(defaultHelp.ms.title);
    expect((await publicPage('nope', 'id')).statusCode).toBe(400);
  });
});

describe('API description', () => {
  it('describes the public and administration routes from the contracts', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/public/info/recruiters'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['q']);
    const save = spec.paths['/api/public-info/content/{slug}/{language}/versions'].post;
    expect(save.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['document', 'publish', 'baseVersion']));
    expect(spec.paths['/api/public-info/job-check/versions'].post.responses['201']).toBeDefined();
  });
});

describe('content versions', () => {
  const edited = { ...defaultProcedure.id, title: 'Cara resmi (revisi)' };

  it('adds a version per save; drafts stay private; the newest published one is public', async () => {
    const draft = await save(admin, 'procedure', 'id', { document: edited, publish: false, baseVersion: 0 });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().latest).toMatchObject({ version: 1, published: false });
    expect((await publicPage('procedure', 'id')).json().version).toBe(0);

    const published = await save(coordinator, 'procedure', 'id', { document: { ...edited, title: 'Cara resmi v2' }, publish: true, baseVersion: 1 });
    expect(published.statusCode).toBe(201);
    const body = published.json();
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1, 0]);
    expect(body.versions[0].createdByName).toEqual(expect.any(String));
    const page = (await publicPage('procedure', 'id')).json();
    expect(page).toMatchObject({ version: 2, document: { title: 'Cara resmi v2' } });
    expect(page.publishedAt).toBe(t.clock.now().toISOString());
    // Other languages keep their own chain.
    expect((await publicPage('procedure', 'en')).json().version).toBe(0);
    expect((await auditOf('public-info.content.save')).length).toBe(2);
  });

  it('refuses a save from an outdated version and a document of the wrong kind', async () => {
    const stale = await save(admin, 'procedure', 'id', { document: edited, publish: true, baseVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const wrongKind = await save(admin, 'help', 'id', { document: edited, publish: true, baseVersion: 0 });
    expect(wrongKind.statusCode).toBe(400);
    const editor = await t.app.inject(apiRequest({ method: 'GET', url: '/api/public-info/content/procedure/id', cookie: admin }));
    expect(editor.json().latest.version).toBe(2);
  });

  it('lets only administrators and coordinators edit', async () => {
    const officer = (await signedInUser(t, ['officer'])).cookie;
    expect((await save(officer, 'procedure', 'en', { document: defaultProcedure.en, publish: true, baseVersion: 0 })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/public-info/content/procedure/en/versions', payload: {} })).statusCode).toBe(403);
  });
});

describe('job-check rules versions', () => {
  it('publishes a new rule set the public then evaluates with', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/info/job-check' })).json().version).toBe(0);
    const rules = { ...defaultJobCheckRules, mediumFlagsForDanger: 3 };
    const r = await t.app.inject(apiRequest({ method: 'POST', url: '/api/public-info/job-check/versions', cookie: admin, payload: { rules, publish: true, baseVersion: 0 } }));
    expect(r.statusCode).toBe(201);
    const pub = (await t.app.inject({ method: 'GET', url: '/api/public/info/job-check' })).json();
    expect(pub).toMatchObject({ version: 1, rules: { mediumFlagsForDanger: 3 } });
    const again = await t.app.inject(apiRequest({ method: 'POST', url: '/api/public-info/job-check/versions', cookie: admin, payload: { rules, publish: true, baseVersion: 0 } }));
    expect(again.json().error.code).toBe('VERSION_CONFLICT');
    expect((await auditOf('public-info.job-check.save')).length).toBe(1);
  });
});
