import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorStatus, type ErrorBody, type ErrorCode, type FieldIssue } from '#contracts/errors';
import { AppError } from './app-error';

const fastifyCodes: Partial<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
};

function body(code: ErrorCode, message: string, requestId: string, extra: Partial<ErrorBody['error']> = {}): ErrorBody {
  return { error: { code, message, requestId, ...extra } };
}

/**
 * One error handler for the whole API: every failure answers `{ error: { code, message, requestId } }`
 * with the code's status; internals (stacks, SQL) go to the log, never to the client.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = request.id;
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'request failed');
      return reply
        .status(error.status)
        .send(body(error.code, error.message, requestId, { issues: error.issues, allowed: error.allowed }));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext ?? 'body';
      const issues: FieldIssue[] = error.validation.map((v) => ({
        path: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        code: v.keyword,
        message: v.message ?? 'invalid',
      }));
      return reply
        .status(400)
        .send(body('VALIDATION_FAILED', `The request is not valid: ${issues.map((i) => i.path).join(', ')}`, requestId, { issues }));
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return reply.status(errorStatus[mapped]).send(body(mapped, publicMessage(mapped), requestId));
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its contract');
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return reply.status(500).send(body('INTERNAL', 'Something went wrong on our side; the error was logged', requestId));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(body('ROUTE_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`, request.id)),
  );
}

const publicMessages: Partial<Record<ErrorCode, string>> = {
  MALFORMED_JSON: 'The request body is not valid JSON',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'This content type is not accepted here',
};

function publicMessage(code: ErrorCode): string {
  return publicMessages[code] ?? code;
}
