import { attachmentMediaTypes } from '#contracts/cases';
import { AppError } from '../../platform/http/app-error';

export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

/** File name endings accepted for each type (compared in lower case). */
const extensions: Record<AttachmentMediaType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
};

const startsWith = (bytes: Buffer, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type the file's own bytes announce (magic numbers), or null for anything else. */
export function detectMediaType(bytes: Buffer): AttachmentMediaType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

const unsupported = (message: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', message);

/**
 * The type of an upload, from its bytes; refused when the bytes are not an accepted type, or when
 * the declared type or the name's extension claims something else (a renamed file is how a
 * script or an executable gets past a type check). `application/octet-stream` is no claim.
 */
export function checkUploadType(bytes: Buffer, declaredType: string, fileName: string): AttachmentMediaType {
  const detected = detectMediaType(bytes);
  if (!detected)
    throw unsupported(
      `Only ${attachmentMediaTypes.join(', ')} files are accepted; this file is none of them`,
    );
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  if (declared !== detected && declared !== 'application/octet-stream') {
    throw unsupported(`The file was sent as ${declared} but its content is ${detected}`);
  }
  const name = fileName.toLowerCase();
  if (!extensions[detected].some((ext) => name.endsWith(ext))) {
    throw unsupported(
      `The file name must end in ${extensions[detected].join(' or ')} for ${detected} content`,
    );
  }
  return detected;
}

/** A file name safe to store and to send back: no folders, control characters or quotes; at most 200 characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 200 - ext.length) + ext;
}

/** The extension a stored file gets when its name is replaced (identity attachments). */
export const extensionFor = (type: AttachmentMediaType) => extensions[type][0]!;
