import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '#contracts/cases';
import { apiRequest, buildTestApp, type TestApp } from '../../../test/harness';
import { signedInUser } from '../../../test/factories';
import { receiptOf, tipTestEnv } from '../../../test/tip-factories';
import { jpegWithExif, pngWithText } from '../../../test/tip-files';
import { stripJpeg, stripPdf, stripPng } from './tips.metadata';

const marker = 'GPS-MARK-0d4e';

describe('removing metadata', () => {
  it('drops EXIF, XMP and comments from a JPEG and keeps the image data', () => {
    const input = jpegWithExif(marker);
    const { bytes, removed } = stripJpeg(input);
    expect(bytes.toString('latin1')).not.toContain(marker);
    expect(bytes.toString('latin1')).not.toContain('Exif');
    expect(removed.sort()).toEqual(['comment', 'exif', 'xmp']);
    expect(bytes.toString('latin1')).toContain('JFIF');
    expect(bytes.subarray(-15)).toEqual(input.subarray(-15)); // the scan, byte for byte
  });

  it('drops text chunks from a PNG and keeps the others with their checksums', () => {
    const { bytes, removed } = stripPng(pngWithText(marker));
    expect(bytes.toString('latin1')).not.toContain(marker);
    expect(removed).toEqual(['text']);
    for (const type of ['IHDR', 'IDAT', 'IEND']) expect(bytes.toString('latin1')).toContain(type);
  });

  it('empties a PDF’s document information and removes its XMP', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.setAuthor(marker);
    doc.setCreator(marker);
    const { bytes, removed } = await stripPdf(Buffer.from(await doc.save()));
    expect(bytes.toString('latin1')).not.toContain(marker);
    expect(removed).toContain('pdf-info');
    expect((await PDFDocument.load(bytes)).getAuthor()).toBeUndefined();
  });

  it('refuses a file that is not what it claims', () => {
    expect(() => stripJpeg(Buffer.from([0xff, 0xd8, 0x00, 0x01]))).toThrow();
  });
});

describe('attachments of a tip', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: tipTestEnv });
  });
  afterAll(() => t.close());

  function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer }) {
    const boundary = 'tipboundary7f3a';
    const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
    return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-benteng-request': '1' } };
  }

  it('gives staff the stripped copy under a neutral name; the database holds neither the marker nor the file in clear', async () => {
    const receipt = await receiptOf(t);
    const upload = multipart({ receipt }, { name: 'IMG_20260112_Budi.jpg', type: 'image/jpeg', bytes: jpegWithExif(marker) });
    const r = await t.app.inject({ method: 'POST', url: '/api/public/tips/follow-up/attachments', ...upload });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ fileName: 'lampiran-1.jpg', mediaType: 'image/jpeg' });
    expect(r.json().metadataRemoved).toContain('exif');

    const stored = await t.deps.database.query<{ content: Uint8Array; tip_id: string }>(`SELECT content, tip_id FROM tip_attachments`);
    const raw = Buffer.from(stored.rows[0]!.content);
    expect(raw.toString('latin1')).not.toContain('JFIF'); // encrypted
    const coordinator = await signedInUser(t, ['coordinator']);
    const download = await t.app.inject(apiRequest({ method: 'GET', url: `/api/tips/${stored.rows[0]!.tip_id}/attachments/${r.json().id}/content`, cookie: coordinator.cookie }));
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.toString('latin1')).toContain('JFIF');
    expect(download.rawPayload.toString('latin1')).not.toContain(marker);
  });

  it('refuses a file whose bytes do not match its name, and a wrong receipt', async () => {
    const receipt = await receiptOf(t);
    const renamed = multipart({ receipt }, { name: 'photo.png', type: 'image/png', bytes: jpegWithExif(marker) });
    expect((await t.app.inject({ method: 'POST', url: '/api/public/tips/follow-up/attachments', ...renamed })).statusCode).toBe(415);
    const wrong = multipart({ receipt: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' }, { name: 'p.png', type: 'image/png', bytes: pngWithText(marker) });
    expect((await t.app.inject({ method: 'POST', url: '/api/public/tips/follow-up/attachments', ...wrong })).statusCode).toBe(401);
  });

  it('checks the receipt before reading the file: a wrong code with an oversized file is refused for the code', async () => {
    const oversized = Buffer.alloc(maxAttachmentBytes + 1024, 0x41);
    const wrong = multipart({ receipt: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' }, { name: 'big.png', type: 'image/png', bytes: oversized });
    const r = await t.app.inject({ method: 'POST', url: '/api/public/tips/follow-up/attachments', ...wrong });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('INVALID_RECEIPT');
    // With the right code the same file is refused for its size; with no code before it, as a wrong code.
    const receipt = await receiptOf(t);
    const big = await t.app.inject({ method: 'POST', url: '/api/public/tips/follow-up/attachments', ...multipart({ receipt }, { name: 'big.png', type: 'image/png', bytes: oversized }) });
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const unnamed = await t.app.inject({ method: 'POST', url: '/api/public/tips/follow-up/attachments', ...multipart({}, { name: 'p.png', type: 'image/png', bytes: pngWithText(marker) }) });
    expect(unnamed.json().error.code).toBe('INVALID_RECEIPT');
  });
});
