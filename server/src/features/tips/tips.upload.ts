import type { FastifyRequest } from 'fastify';
import { maxAttachmentBytes } from '#contracts/cases';
import { AppError } from '../../platform/http/app-error';
import type { TipUpload } from './tips.attachments';

const multipartErrors: Record<string, () => AppError> = {
  FST_REQ_FILE_TOO_LARGE: () => new AppError('PAYLOAD_TOO_LARGE', `A file may have at most ${maxAttachmentBytes} bytes`),
  FST_FILES_LIMIT: () => new AppError('VALIDATION_FAILED', 'Send one file per upload'),
  FST_PARTS_LIMIT: () => new AppError('VALIDATION_FAILED', 'Too many form fields'),
  FST_FIELDS_LIMIT: () => new AppError('VALIDATION_FAILED', 'Too many form fields'),
};

/**
 * Reads one file and a few short form fields of a multipart upload into memory. `beforeFile` runs
 * with the fields that came before the file, before a byte of the file is read: the public route
 * checks the receipt there, so a wrong code costs no 10 MiB of buffering (the fields must come
 * first, as a browser sends them in the order they were appended).
 */
export async function readTipUpload(
  request: FastifyRequest,
  beforeFile: (fields: Record<string, string>) => Promise<void> = async () => {},
): Promise<TipUpload & { fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
  const fields: Record<string, string> = {};
  let file: TipUpload | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxAttachmentBytes, files: 1, fields: 3, fieldSize: 200, parts: 4 } })) {
      if (part.type === 'file') {
        await beforeFile(fields);
        file = { fileName: part.filename, declaredType: part.mimetype, bytes: await part.toBuffer() };
      } else fields[part.fieldname] = String(part.value);
    }
  } catch (error) {
    const mapped = multipartErrors[(error as { code?: string }).code ?? ''];
    throw mapped ? mapped() : error;
  }
  if (!file)
    throw new AppError('VALIDATION_FAILED', 'The request is not valid: body.file', {
      issues: [{ path: 'body.file', code: 'required', message: 'Attach a file' }],
    });
  return { ...file, fields };
}
