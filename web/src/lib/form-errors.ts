import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from '#contracts/errors';
import { isApiError } from './api';

/** Messages to show next to form fields, by field name. */
export type FieldErrors = Partial<Record<string, string>>;

/** Issue codes with a message of their own: Zod's, and the ones the server adds. */
const knownIssueCodes = [
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_type',
  'invalid_value',
  'unrecognized_keys',
  'duplicate',
  'unknown_agency',
  'too-short',
  'too-long',
  'common',
  'contains-account',
  'unchanged',
  'required',
  'mismatch',
] as const;
export type IssueCode = (typeof knownIssueCodes)[number];

function isKnownIssueCode(code: string): code is IssueCode {
  return (knownIssueCodes as readonly string[]).includes(code);
}

/** The form field an issue is about: `body.roles.0` is about `roles`. */
export function fieldOfIssue(path: string): string {
  const parts = path.split('.');
  const start = parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params' ? 1 : 0;
  return parts[start] ?? '';
}

export function describeIssue(t: TFunction, code: string): string {
  return isKnownIssueCode(code) ? t(`validation.${code}`) : t('validation.invalid');
}

/** The first message for each field named by the issues (a field shows one problem at a time). */
export function fieldErrorsFromIssues(t: TFunction, issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path);
    errors[field] ??= describeIssue(t, issue.code);
  }
  return errors;
}

/**
 * Checks form input with the same contract schema the server uses, so most mistakes are shown
 * before a round trip. An empty required field reads "required" rather than "too short".
 */
export function validateWith<T extends z.ZodType>(
  t: TFunction,
  schema: T,
  input: unknown,
): { data: z.infer<T>; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, errors: null };
  const issues = result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const value = (input as Record<string, unknown>)[field];
    const isEmpty = value === '' || value === null || (Array.isArray(value) && value.length === 0);
    return { path: field, code: isEmpty ? 'required' : issue.code, message: issue.message };
  });
  return { data: null, errors: fieldErrorsFromIssues(t, issues) };
}

/** A sentence for any failure, in the user's language, chosen by the error's code. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.UNEXPECTED_RESPONSE');
  const message = t(`errors.${error.code}`);
  return error.status >= 500 && error.requestId
    ? `${message} ${t('errors.requestId', { id: error.requestId })}`
    : message;
}

/** Splits a server failure into messages for known fields and whether a general message is still needed. */
export function serverFieldErrors(t: TFunction, error: unknown, fields: readonly string[]): FieldErrors {
  if (!isApiError(error)) return {};
  const relevant = error.issues.filter((issue) => fields.includes(fieldOfIssue(issue.path)));
  return fieldErrorsFromIssues(t, relevant);
}
