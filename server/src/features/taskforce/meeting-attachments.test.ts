import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxMeetingAttachmentBytes, maxMeetingAttachments } from '#contracts/taskforce';
import { kepriAgencies } from '../../../seeds/agencies';
import { call, multipart, ok, sampleFiles } from '../../../test/case-fixtures';
import { makeAgency, signedInUser } from '../../../test/factories';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { systemContext } from '../../platform/context';
import { seedTaskforceBodiesIfEmpty } from './index';

let t: TestApp;
type Staff = Awaited<ReturnType<typeof signedInUser>>;
const agencyId = new Map<string, string>();
let coordinator: Staff;
let pdrmLiaison: Staff;
let jtkLiaison: Staff;
let meetingId: string;

beforeAll(async () => {
  t = await buildTestApp();
  for (const a of kepriAgencies) agencyId.set(a.code, (await makeAgency(t.deps, a)).id);
  await seedTaskforceBodiesIfEmpty(t.deps.db, systemContext(t.clock.now()));
  coordinator = await signedInUser(t, ['coordinator'], { agencyId: agencyId.get('BPPD-KEPRI')! });
  // PDRM Johor sits in the Kepri–Johor working group; JTK Johor only in SOSEK MALINDO itself.
  pdrmLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('PDRM-JOHOR')! });
  jtkLiaison = await signedInUser(t, ['liaison'], { agencyId: agencyId.get('JTK-JOHOR')! });
  const bodies = await ok(t, coordinator.cookie, 'GET', '/api/taskforce/bodies');
  const workingGroup = bodies.items.find((b: { code: string }) => b.code === 'SOSEK-MALINDO-KEPRI-JOHOR').id;
  meetingId = (await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', { bodyId: workingGroup, title: 'Rapat Pokja Februari 2026', startsAt: '2026-02-10T02:00:00.000Z', place: 'Johor Bahru' })).id;
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) => t.deps.database.query<T>(text, params).then((r) => r.rows);
const base = () => `/api/taskforce/meetings/${meetingId}/attachments`;
const upload = (cookie: string, file: { name: string; type: string; bytes: Buffer }, url = base()) => {
  const body = multipart(file);
  return t.app.inject(apiRequest({ method: 'POST', url, cookie, payload: body.payload, headers: body.headers }));
};
const download = (cookie: string, id: string) => t.app.inject(apiRequest({ method: 'GET', url: `${base()}/${id}/content`, cookie }));
const attachmentRows = async () => (await q<{ n: number }>(`select count(*)::int as n from taskforce_meeting_attachments`))[0]!.n;

describe('meeting attachments', () => {
  let paperId: string;

  it('stores an uploaded PDF encrypted, audits it in the transaction and gives it back byte for byte', async () => {
    const r = await upload(coordinator.cookie, { name: 'Paparan PDRM – ATIPSOM.pdf', type: 'application/pdf', bytes: sampleFiles.pdf });
    expect(r.statusCode, r.body).toBe(201);
    paperId = r.json().id;
    expect(r.json()).toMatchObject({ fileName: 'Paparan PDRM – ATIPSOM.pdf', mediaType: 'application/pdf', sizeBytes: sampleFiles.pdf.length, createdBy: expect.stringMatching(/^Test User /) });
    const [stored] = await q<{ content: Buffer }>(`select content from taskforce_meeting_attachments where id = $1`, [paperId]);
    expect(Buffer.from(stored!.content).includes('BENTENG-PLAINTEXT-MARKER')).toBe(false);
    const [audit] = await q<{ object_id: string; after: { fileName: string; sha256: string } }>(`select object_id, after from audit_log where action = 'taskforce.attachment.add'`);
    expect(audit).toMatchObject({ object_id: meetingId, after: { fileName: 'Paparan PDRM – ATIPSOM.pdf', sha256: r.json().sha256 } });

    const file = await download(coordinator.cookie, paperId);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(sampleFiles.pdf)).toBe(true);
    expect(file.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect(file.headers['content-disposition']).toBe(`attachment; filename="Paparan PDRM _ ATIPSOM.pdf"; filename*=UTF-8''${encodeURIComponent('Paparan PDRM – ATIPSOM.pdf')}`);
    expect((await q(`select 1 from audit_log where action = 'taskforce.attachment.download' and object_id = $1`, [meetingId])).length).toBe(1);
  });

  it('refuses a file whose bytes are not an accepted type, and one over the size limit, keeping nothing', async () => {
    const before = await attachmentRows();
    const exe = await upload(coordinator.cookie, { name: 'undangan.pdf', type: 'application/pdf', bytes: sampleFiles.exe });
    expect(exe.statusCode).toBe(415);
    const renamed = await upload(coordinator.cookie, { name: 'foto.pdf', type: 'application/pdf', bytes: sampleFiles.png });
    expect(renamed.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = Buffer.concat([sampleFiles.pdf, Buffer.alloc(maxMeetingAttachmentBytes + 1 - sampleFiles.pdf.length, 0x20)]);
    const tooBig = await upload(coordinator.cookie, { name: 'besar.pdf', type: 'application/pdf', bytes: big });
    expect(tooBig.statusCode).toBe(413);
    expect(await attachmentRows()).toBe(before);
  });

  it('lets a liaison of a member agency list and download, not upload or delete; others see nothing', async () => {
    const listed = await ok(t, pdrmLiaison.cookie, 'GET', base());
    expect(listed.items.map((a: { id: string }) => a.id)).toEqual([paperId]);
    expect((await download(pdrmLiaison.cookie, paperId)).rawPayload.equals(sampleFiles.pdf)).toBe(true);
    expect((await upload(pdrmLiaison.cookie, { name: 'a.pdf', type: 'application/pdf', bytes: sampleFiles.pdf })).statusCode).toBe(403);
    expect((await call(t, pdrmLiaison.cookie, 'DELETE', `${base()}/${paperId}`)).statusCode).toBe(403);
    // JTK Johor is not in the working group: the meeting and its files answer 404.
    expect((await call(t, jtkLiaison.cookie, 'GET', base())).statusCode).toBe(404);
    expect((await download(jtkLiaison.cookie, paperId)).statusCode).toBe(404);
    // An attachment id under another meeting is not found either.
    const other = await ok(t, coordinator.cookie, 'POST', '/api/taskforce/meetings', { bodyId: (await ok(t, coordinator.cookie, 'GET', `/api/taskforce/meetings/${meetingId}`)).bodyId, title: 'Rapat lain', startsAt: '2026-03-10T02:00:00.000Z', place: 'Batam' });
    expect((await t.app.inject(apiRequest({ method: 'GET', url: `/api/taskforce/meetings/${other.id}/attachments/${paperId}/content`, cookie: coordinator.cookie }))).statusCode).toBe(404);
  });

  it('holds at most the limit of files per meeting', async () => {
    for (let n = await attachmentRows(); n < maxMeetingAttachments; n += 1)
      expect((await upload(coordinator.cookie, { name: `foto-${n}.png`, type: 'image/png', bytes: sampleFiles.png })).statusCode).toBe(201);
    const over = await upload(coordinator.cookie, { name: 'satu-lagi.png', type: 'image/png', bytes: sampleFiles.png });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('CONFLICT');
  });

  it('deletes a file with its content, audited with what it was', async () => {
    const r = await call(t, coordinator.cookie, 'DELETE', `${base()}/${paperId}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true });
    expect((await q(`select 1 from taskforce_meeting_attachments where id = $1`, [paperId])).length).toBe(0);
    expect((await download(coordinator.cookie, paperId)).statusCode).toBe(404);
    expect((await call(t, coordinator.cookie, 'DELETE', `${base()}/${paperId}`)).statusCode).toBe(404);
    const [audit] = await q<{ before: { fileName: string; sizeBytes: number } }>(`select before from audit_log where action = 'taskforce.attachment.delete' and object_id = $1`, [meetingId]);
    expect(audit!.before).toMatchObject({ fileName: 'Paparan PDRM – ATIPSOM.pdf', sizeBytes: sampleFiles.pdf.length });
    expect((await ok(t, coordinator.cookie, 'GET', base())).items).toHaveLength(maxMeetingAttachments - 1);
  });
});
