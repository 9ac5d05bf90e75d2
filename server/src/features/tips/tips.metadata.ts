import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

/**
 * Removes what a file says about where and by whom it was made, before staff ever see it:
 * JPEG APP1 (EXIF with GPS, XMP), APP13 (IPTC), other APPn except JFIF/ICC/Adobe, and comments;
 * PNG text chunks, eXIf and tIME; WebP EXIF and XMP chunks; PDF document info (Author, Creator,
 * Producer, dates) and the document-level XMP stream. Pixel data is copied byte for byte. Not
 * removed: metadata inside a PDF's pages or embedded images (docs/SECURITY.md).
 */
export interface StrippedFile {
  bytes: Buffer;
  /** What was found and removed (`exif`, `xmp`, `iptc`, `comment`, `text`, `pdf-info`, …). */
  removed: string[];
}

const segmentName = (marker: number, data: Buffer): string | null => {
  if (marker === 0xfe) return 'comment';
  if (marker === 0xe1) return data.subarray(0, 4).toString('latin1') === 'Exif' ? 'exif' : 'xmp';
  if (marker === 0xed) return 'iptc';
  if (marker === 0xe0 || marker === 0xe2 || marker === 0xee) return null; // JFIF, ICC profile, Adobe colour
  if (marker >= 0xe3 && marker <= 0xef) return 'app-data';
  return null;
};

/** JPEG: walks the segments up to the start of scan and drops the metadata ones. */
export function stripJpeg(input: Buffer): StrippedFile {
  const parts: Buffer[] = [input.subarray(0, 2)];
  const removed = new Set<string>();
  let i = 2;
  while (i + 4 <= input.length) {
    if (input[i] !== 0xff) throw new Error('Not a well-formed JPEG');
    const marker = input[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(input.subarray(i, i + 2));
      i += 2;
      continue;
    }
    const length = input.readUInt16BE(i + 2);
    const end = i + 2 + length;
    if (length < 2 || end > input.length) throw new Error('Not a well-formed JPEG');
    if (marker === 0xda) {
      parts.push(input.subarray(i)); // start of scan: the image data and everything after it
      return { bytes: Buffer.concat(parts), removed: [...removed] };
    }
    const name = segmentName(marker, input.subarray(i + 4, end));
    if (name) removed.add(name);
    else parts.push(input.subarray(i, end));
    i = end;
  }
  throw new Error('Not a well-formed JPEG');
}

const pngDropped: Record<string, string> = { tEXt: 'text', zTXt: 'text', iTXt: 'text', eXIf: 'exif', tIME: 'time' };

/** PNG: copies every chunk except text, EXIF and time chunks (their CRCs travel with them). */
export function stripPng(input: Buffer): StrippedFile {
  const parts: Buffer[] = [input.subarray(0, 8)];
  const removed = new Set<string>();
  let i = 8;
  while (i + 12 <= input.length) {
    const length = input.readUInt32BE(i);
    const type = input.subarray(i + 4, i + 8).toString('latin1');
    const end = i + 12 + length;
    if (end > input.length) throw new Error('Not a well-formed PNG');
    const name = pngDropped[type];
    if (name) removed.add(name);
    else parts.push(input.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return { bytes: Buffer.concat(parts), removed: [...removed] };
}

/** WebP: drops the EXIF and XMP chunks and clears their flags in the VP8X header. */
export function stripWebp(input: Buffer): StrippedFile {
  const chunks: Buffer[] = [];
  const removed = new Set<string>();
  let i = 12;
  while (i + 8 <= input.length) {
    const fourcc = input.subarray(i, i + 4).toString('latin1');
    const size = input.readUInt32LE(i + 4);
    const end = Math.min(input.length, i + 8 + size + (size % 2));
    if (fourcc === 'EXIF') removed.add('exif');
    else if (fourcc === 'XMP ') removed.add('xmp');
    else {
      const chunk = Buffer.from(input.subarray(i, end));
      if (fourcc === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~0x0c;
      chunks.push(chunk);
    }
    i = end;
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.from(input.subarray(0, 12));
  header.writeUInt32LE(body.length + 4, 4);
  return { bytes: Buffer.concat([header, body]), removed: [...removed] };
}

/** PDF: rewritten without the document information dictionary and the catalog's XMP stream. */
export async function stripPdf(input: Buffer): Promise<StrippedFile> {
  const doc = await PDFDocument.load(input, { updateMetadata: false });
  const removed: string[] = [];
  const infoRef = doc.context.trailerInfo.Info;
  const info = infoRef ? doc.context.lookup(infoRef, PDFDict) : undefined;
  if (info && info.keys().length > 0) removed.push('pdf-info');
  for (const key of info?.keys() ?? []) info!.delete(key);
  if (doc.catalog.has(PDFName.of('Metadata'))) {
    doc.catalog.delete(PDFName.of('Metadata'));
    removed.push('xmp');
  }
  return { bytes: Buffer.from(await doc.save({ updateFieldAppearances: false })), removed };
}

export async function stripMetadata(mediaType: string, bytes: Buffer): Promise<StrippedFile> {
  switch (mediaType) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    case 'application/pdf':
      return stripPdf(bytes);
    default:
      throw new Error(`No metadata rule for ${mediaType}`);
  }
}
