import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error';

/** One uploaded file and the form fields sent with it. */
export interface Upload {
  fileName: string;
  declaredType: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

const multipartErrors = (maxBytes: number): Record<string, () => AppError> => ({
  FST_REQ_FILE_TOO_LARGE: () => new AppError('PAYLOAD_TOO_LARGE', `A file may have at most ${maxBytes} bytes`),
  FST_FILES_LIMIT: () => new AppError('VALIDATION_FAILED', 'Send one file per upload'),
  FST_PARTS_LIMIT: () => new AppError('VALIDATION_FAILED', 'Too many form fields'),
  FST_FIELDS_LIMIT: () => new AppError('VALIDATION_FAILED', 'Too many form fields'),
});

/**
 * Reads the one file and the form fields of a multipart upload into memory (at most `maxBytes`).
 * The route's plugin must have registered `@fastify/multipart` with `throwFileSizeLimit: true`.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data');
  const fields: Record<string, string> = {};
  let file: Omit<Upload, 'fields'> | null = null;
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1000, parts: 6 },
    })) {
      if (part.type === 'file')
        file = { fileName: part.filename, declaredType: part.mimetype, bytes: await part.toBuffer() };
      else fields[part.fieldname] = String(part.value);
    }
  } catch (error) {
    const mapped = multipartErrors(maxBytes)[(error as { code?: string }).code ?? ''];
    throw mapped ? mapped() : error;
  }
  if (!file) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid: body.file', {
      issues: [{ path: 'body.file', code: 'required', message: 'Attach a file' }],
    });
  }
  return { ...file, fields };
}
