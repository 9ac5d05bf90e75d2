import { errorStatus, type ErrorCode, type FieldIssue } from '#contracts/errors';

/** The one error type of Benteng: a closed code (see docs/ERRORS.md) and a message for people. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly allowed: string[] | undefined;

  constructor(code: ErrorCode, message: string, extra: { issues?: FieldIssue[]; allowed?: string[] } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues;
    this.allowed = extra.allowed;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);
export const versionConflict = () =>
  new AppError('VERSION_CONFLICT', 'This record was changed by someone else; reload it and apply your change again');

/** A VALIDATION_FAILED naming one body field, for rules a contract cannot check alone (e.g. a code must exist). */
export const invalidField = (field: string, code: string, message: string) =>
  new AppError('VALIDATION_FAILED', `The request is not valid: body.${field}`, { issues: [{ path: `body.${field}`, code, message }] });

/** Exhaustiveness check for `switch` over closed unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
