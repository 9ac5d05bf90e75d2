import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from '#contracts/errors';
import { isApiError } from '../../lib/api';
import { describeIssue, type FieldErrors } from '../../lib/form-errors';

/**
 * Messages by dotted field path (`victim.ageWhenTrafficked`, `aliases.0`), for forms with nested
 * fields; a missing name (the contract's own rule) is said plainly.
 */
export function issuesToErrors(
  t: TFunction,
  issues: readonly Pick<FieldIssue, 'path' | 'code'>[],
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.replace(/^body\./, '');
    errors[path] ??=
      path === 'fullName' && issue.code === 'custom'
        ? t('cases.person.nameRequired')
        : describeIssue(t, issue.code);
  }
  return errors;
}

/** Checks a request with its contract before sending it, naming nested fields by their full path. */
export function checkWith<T extends z.ZodType>(
  t: TFunction,
  schema: T,
  request: unknown,
): { data: z.infer<T>; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(request);
  if (result.success) return { data: result.data, errors: null };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
  return { data: null, errors: issuesToErrors(t, issues) };
}

/** The server's field problems, by the same paths. */
export function serverErrorsByPath(t: TFunction, error: unknown): FieldErrors {
  return isApiError(error) ? issuesToErrors(t, error.issues) : {};
}
