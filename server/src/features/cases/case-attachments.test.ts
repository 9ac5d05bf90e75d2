import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '#contracts/cases';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import {
  agencyStaff,
  call,
  casePayload,
  ok,
  sampleFiles,
  upload,
  victimPayload,
  suspectPayload,
} from '../../../test/case-fixtures';

let t: TestApp;
let officer: { cookie: string };
let coordinator: { cookie: string };
let kase: any;

beforeAll(async () => {
  t = await buildTestApp();
  officer = (await agencyStaff(t, [['officer']])).users[0]!;
  coordinator = (await agencyStaff(t, [['coordinator']])).users[0]!;
  kase = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) =>
  t.deps.database.query<T>(text, params).then((r) => r.rows);
const attachmentCount = async () =>
  (await q<{ n: number }>(`SELECT count(*)::int AS n FROM case_attachments`))[0]!.n;
const download = (cookie: string, id: string) =>
  t.app.inject(apiRequest({ method: 'GET', url: `/api/cases/${kase.id}/attachments/${id}/content`, cookie }));

describe('uploading', () => {
  it.each([
    ['laporan.pdf', 'application/pdf', sampleFiles.pdf],
    ['foto.PNG', 'image/png', sampleFiles.png],
    ['foto.jpeg', 'image/jpeg', sampleFiles.jpeg],
    ['foto.webp', 'image/webp', sampleFiles.webp],
    ['tanpa-klaim.jpg', 'application/octet-stream', sampleFiles.jpeg],
  ])('accepts %s (%s) by its content', async (name, type, bytes) => {
    const r = await upload(t, officer.cookie, kase.id, { name, type, bytes });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      fileName: name,
      sizeBytes: bytes.length,
      isIdentity: false,
      casePersonId: null,
    });
    expect(r.json().sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['an executable renamed to .pdf', 'virus.pdf', 'application/pdf', sampleFiles.exe],
    ['PNG bytes declared as a PDF', 'gambar.pdf', 'application/pdf', sampleFiles.png],
    ['PNG bytes declared as PNG but named .pdf', 'gambar.pdf', 'image/png', sampleFiles.png],
    ['a PDF declared as PNG', 'laporan.png', 'image/png', sampleFiles.pdf],
    ['HTML', 'halaman.html', 'text/html', Buffer.from('<html><script>alert(1)</script></html>')],
    ['a file without extension', 'laporan', 'application/pdf', sampleFiles.pdf],
  ])('refuses %s with 415 and keeps nothing', async (_, name, type, bytes) => {
    const before = await attachmentCount();
    const r = await upload(t, officer.cookie, kase.id, { name, type, bytes });
    expect(r.statusCode).toBe(415);
    expect(r.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await attachmentCount()).toBe(before);
  });

  it('refuses a file over the limit with 413, and accepts one exactly at it', async () => {
    const big = Buffer.concat([
      sampleFiles.pdf,
      Buffer.alloc(maxAttachmentBytes + 1 - sampleFiles.pdf.length, 0x20),
    ]);
    const tooBig = await upload(t, officer.cookie, kase.id, {
      name: 'besar.pdf',
      type: 'application/pdf',
      bytes: big,
    });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const fits = await upload(t, officer.cookie, kase.id, {
      name: 'pas.pdf',
      type: 'application/pdf',
      bytes: big.subarray(0, maxAttachmentBytes),
    });
    expect(fits.statusCode).toBe(201);
  });

  it('refuses a request without a file, with two files, or with unknown fields', async () => {
    const before = await attachmentCount();
    const none = await upload(t, officer.cookie, kase.id, null, { casePersonId: crypto.randomUUID() });
    expect(none.json().error).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'body.file' }] });
    const unknown = await upload(
      t,
      officer.cookie,
      kase.id,
      { name: 'a.pdf', type: 'application/pdf', bytes: sampleFiles.pdf },
      { note: 'x' },
    );
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    const badPerson = await upload(
      t,
      officer.cookie,
      kase.id,
      { name: 'a.pdf', type: 'application/pdf', bytes: sampleFiles.pdf },
      { casePersonId: 'nope' },
    );
    expect(badPerson.json().error.issues[0].path).toBe('body.casePersonId');
    const json = await call(t, officer.cookie, 'POST', `/api/cases/${kase.id}/attachments`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(await attachmentCount()).toBe(before);
  });
});

describe('stored encrypted', () => {
  it('never keeps the plaintext: not in the column, not in a full SELECT of the table', async () => {
    const r = await upload(t, officer.cookie, kase.id, {
      name: 'rahasia.pdf',
      type: 'application/pdf',
      bytes: sampleFiles.pdf,
    });
    const id = r.json().id;
    const [row] = await q<{ content: Uint8Array; sha256: string; size_bytes: number }>(
      `SELECT content, sha256, size_bytes FROM case_attachments WHERE id = $1`,
      [id],
    );
    const stored = Buffer.from(row!.content);
    expect(stored.includes(Buffer.from('BENTENG-PLAINTEXT-MARKER'))).toBe(false);
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
    expect(stored.length).toBe(sampleFiles.pdf.length + 29);
    const dump = await q<{ line: string }>(
      `SELECT encode(content, 'escape') || ' ' || encode(content, 'hex') || ' ' || row_to_json(a)::text AS line FROM case_attachments a`,
    );
    const marker = Buffer.from('BENTENG-PLAINTEXT-MARKER');
    for (const { line } of dump) {
      expect(line).not.toContain('BENTENG-PLAINTEXT-MARKER');
      expect(line).not.toContain(marker.toString('hex'));
    }
  });

  it('downloads the original bytes with safe headers, and the download is audited', async () => {
    const r = await upload(t, officer.cookie, kase.id, {
      name: 'C:\\Users\\polda\\Laporan Polda ú.pdf',
      type: 'application/pdf',
      bytes: sampleFiles.pdf,
    });
    expect(r.json().fileName).toBe('Laporan Polda ú.pdf');
    const file = await download(officer.cookie, r.json().id);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(sampleFiles.pdf)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Laporan Polda _.pdf"; filename*=UTF-8''${encodeURIComponent('Laporan Polda ú.pdf')}`,
    );
    const audit = await q(`SELECT action FROM audit_log WHERE object_id = $1`, [r.json().id]);
    expect(audit).toEqual([{ action: 'case.attachment.download' }]);
  });

  it('does not decrypt content moved onto another attachment (bound to its id)', async () => {
    const a = (
      await upload(t, officer.cookie, kase.id, {
        name: 'a.pdf',
        type: 'application/pdf',
        bytes: sampleFiles.pdf,
      })
    ).json();
    const b = (
      await upload(t, officer.cookie, kase.id, { name: 'b.png', type: 'image/png', bytes: sampleFiles.png })
    ).json();
    await q(
      `UPDATE case_attachments SET content = (SELECT content FROM case_attachments WHERE id = $1) WHERE id = $2`,
      [a.id, b.id],
    );
    expect((await download(officer.cookie, b.id)).statusCode).toBe(500);
  });
});

describe('identity attachments', () => {
  it('are files of a protected person: named by pseudonym, fetched only by POST with a reason, audited', async () => {
    const victim = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, victimPayload());
    const r = await upload(
      t,
      officer.cookie,
      kase.id,
      { name: 'KTP Siti Aminah.jpg', type: 'image/jpeg', bytes: sampleFiles.jpeg },
      { casePersonId: victim.id },
    );
    expect(r.statusCode).toBe(201);
    const attachment = r.json();
    expect(attachment).toMatchObject({
      isIdentity: true,
      casePersonId: victim.id,
      fileName: `${victim.pseudonym}.jpg`,
    });
    const listed = await ok(t, coordinator.cookie, 'GET', `/api/cases/${kase.id}/attachments`);
    expect(JSON.stringify(listed)).not.toContain('Siti');
    const byGet = await download(officer.cookie, attachment.id);
    expect(byGet.statusCode).toBe(403);
    const url = `/api/cases/${kase.id}/attachments/${attachment.id}/content`;
    const byCoordinator = await call(t, coordinator.cookie, 'POST', url, {
      reason: 'Ingin melihat KTP korban',
    });
    expect(byCoordinator.statusCode).toBe(403);
    const shortReason = await call(t, officer.cookie, 'POST', url, { reason: 'lihat' });
    expect(shortReason.statusCode).toBe(400);
    const file = await call(t, officer.cookie, 'POST', url, { reason: 'Pencocokan KTP untuk pemulangan' });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(sampleFiles.jpeg)).toBe(true);
    const audit = await q(`SELECT action, outcome, reason FROM audit_log WHERE object_id = $1 ORDER BY seq`, [
      attachment.id,
    ]);
    expect(audit).toEqual([
      { action: 'case.identity.view', outcome: 'denied', reason: 'Ingin melihat KTP korban' },
      { action: 'case.identity.view', outcome: 'success', reason: 'Pencocokan KTP untuk pemulangan' },
    ]);
  });

  it('are not made for a suspect’s files', async () => {
    const suspect = await ok(t, officer.cookie, 'POST', `/api/cases/${kase.id}/people`, suspectPayload());
    const r = await upload(
      t,
      officer.cookie,
      kase.id,
      { name: 'foto-tersangka.png', type: 'image/png', bytes: sampleFiles.png },
      { casePersonId: suspect.id },
    );
    expect(r.json()).toMatchObject({ isIdentity: false, fileName: 'foto-tersangka.png' });
    expect((await download(coordinator.cookie, r.json().id)).statusCode).toBe(200);
  });

  it('refuse a person of another case', async () => {
    const other = await ok(t, officer.cookie, 'POST', '/api/cases', casePayload());
    const stranger = await ok(t, officer.cookie, 'POST', `/api/cases/${other.id}/people`, victimPayload());
    const r = await upload(
      t,
      officer.cookie,
      kase.id,
      { name: 'a.pdf', type: 'application/pdf', bytes: sampleFiles.pdf },
      { casePersonId: stranger.id },
    );
    expect(r.json().error.issues[0].path).toBe('body.casePersonId');
  });
});
