import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../../lib/api';
import { describeIssue, fieldOfIssue, type FieldErrors } from '../../lib/form-errors';

const ownCodes = ['own_agency_required', 'not_participating', 'duplicate_agency', 'unknown_body', 'unknown_case', 'duplicate_case'] as const;
type OwnCode = (typeof ownCodes)[number];
const isOwnCode = (code: string): code is OwnCode => (ownCodes as readonly string[]).includes(code);

/** The message for one field's problem: the patrol's own words where the generic ones would not say what to do. */
function messageOf(t: TFunction, field: string, code: string): string {
  if (isOwnCode(code)) return t(`patrols.errors.${code}`);
  if (field === 'area') return t('patrols.errors.area');
  if (field === 'endsAt' && (code === 'custom' || code === 'ends_before_start')) return t('patrols.errors.endsBeforeStart');
  if (field === 'peopleIntercepted' || field === 'boatsIntercepted') return code === 'required' ? describeIssue(t, code) : t('patrols.errors.number');
  if (field === 'landings') return t('patrols.errors.landings');
  if (field === 'vessels') return t('patrols.errors.vessels');
  return describeIssue(t, code);
}

const isEmpty = (value: unknown) => value === '' || value === null || (Array.isArray(value) && value.length === 0) || Number.isNaN(value);

/**
 * Checks a form with the contract the server uses: the request, or one message per field (an empty
 * field reads "required"). Messages of server refusals for the same fields come from `fromServer`.
 */
export function checkPatrolForm<S extends z.ZodType>(t: TFunction, schema: S, input: Record<string, unknown>): { data: z.output<S>; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= messageOf(t, field, isEmpty(input[field]) && issue.path.length === 1 ? 'required' : issue.code);
  }
  return { data: null, errors };
}

/** Messages for the fields a server refusal names (`body.vessels.0.agencyId` is about `vessels`). */
export function patrolServerErrors(t: TFunction, error: unknown, fields: readonly string[]): FieldErrors {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = fieldOfIssue(issue.path);
    if (fields.includes(field)) errors[field] ??= messageOf(t, field, issue.code);
  }
  return errors;
}
