import type { TFunction } from 'i18next';
import { personRole } from '#contracts/codes/cases';
import type { CasePerson } from '#contracts/cases';
import { asCode } from './code-labels';

/**
 * The server's language-neutral stand-in `<role>-<ordinal>-<hex>` (e.g. `victim-2-7F3A`) in the
 * user's language: "Korban 2 · K-7F3A". An unexpected form is shown as it came.
 */
export function renderPseudonym(t: TFunction, pseudonym: string): string {
  const match = /^([a-z]+)-(\d+)-([0-9A-F]+)$/.exec(pseudonym);
  const role = asCode(personRole, match?.[1]);
  if (!match || !role) return pseudonym;
  return t(`cases.pseudonym.${role}`, { n: match[2], code: match[3] });
}

/** How a person is named on the page: their name when it may be shown, else the pseudonym. */
export function personName(
  t: TFunction,
  person: CasePerson,
  revealed?: { fullName: string | null; aliases: string[] },
) {
  const identity = revealed ?? person.identity;
  const name = identity?.fullName ?? identity?.aliases[0];
  return name ?? renderPseudonym(t, person.pseudonym);
}
