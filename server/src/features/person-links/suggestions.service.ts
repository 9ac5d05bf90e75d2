import type { PersonDraft, PersonSuggestions } from '#contracts/person-links';
import { maxSuggestions, suggestionThreshold } from '#contracts/person-links';
import { protectedRoles, type PersonRole } from '#contracts/cases';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { forbidden } from '../../platform/http/app-error';
import { recordAuditAlone } from '../audit';
import { actorOf, canEditCase, openCase } from '../cases';
import { scoreCandidates } from '../linkage';
import { nameSearchKey } from '../people';
import * as repo from './suggestions.repository';

/** The draft's birth date as given and, where it can be one, with day and month swapped. */
function birthDatesOf(date: string | null): string[] {
  if (!date) return [];
  const [year, month, day] = date.split('-');
  return Number(day) <= 12 && day !== month ? [date, `${year}-${day}-${month}`] : [date];
}

const pseudonymOf = (row: repo.CandidateRow) =>
  `${row.role}-${row.ordinal}-${row.personId.slice(0, 4).toUpperCase()}`;

/**
 * "Possible existing person" for a person being entered on a case the actor may edit: the people
 * the actor may see elsewhere in the registry, scored by the linkage engine, best first. A
 * suggestion never shows more than the case page would: protected people come only where the actor
 * could reveal them, and even then as their pseudonym (the identity is revealed, with a reason,
 * through the case). The look-up is audited without the draft's values.
 */
export async function suggestPeople(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  draft: PersonDraft,
): Promise<PersonSuggestions> {
  const actor = actorOf(ctx);
  const opened = await openCase(deps.db, ctx, caseId);
  if (!canEditCase(actor, opened.access)) throw forbidden('You may read this case but not change it');
  const rows = await repo.findCandidates(deps.db, actor, ctx.now, {
    nameKey: nameSearchKey(draft.fullName, draft.aliases),
    birthDates: birthDatesOf(draft.birthDate),
    nik: draft.nik,
    passportNumber: draft.passportNumber,
  });
  const population = rows.length > 0 ? await repo.countSuggestable(deps.db, actor, ctx.now) : 0;
  const scored = scoreCandidates(draft, rows, population);
  const suggestions = rows
    .map((row, i) => ({ row, ...scored[i]! }))
    .filter((s) => s.probability >= suggestionThreshold)
    .sort((a, b) => b.probability - a.probability || a.row.casePersonId.localeCompare(b.row.casePersonId))
    .slice(0, maxSuggestions)
    .map(({ row, probability, evidence }) => {
      const identityProtected = (protectedRoles as readonly string[]).includes(row.role);
      return {
        caseId: row.caseId,
        caseNumber: row.caseNumber,
        casePerson: {
          id: row.casePersonId,
          personId: row.personId,
          role: row.role as PersonRole,
          pseudonym: pseudonymOf(row),
          identityProtected,
          sex: row.sex as PersonSuggestions['suggestions'][number]['casePerson']['sex'],
          birthYear: row.birthDate ? Number(row.birthDate.slice(0, 4)) : null,
          identity: identityProtected
            ? null
            : {
                fullName: row.fullName,
                aliases: row.aliases,
                birthDate: row.birthDate,
                nik: row.nik,
                passportNumber: row.passportNumber,
                passportCountry: row.passportCountry,
                phone: row.phone,
                address: row.address,
              },
        },
        probability,
        evidence,
      };
    });
  await recordAuditAlone(deps.db, ctx, {
    action: 'person.suggest',
    objectType: 'case',
    objectId: caseId,
    details: { scored: rows.length, shown: suggestions.map((s) => s.casePerson.id) },
  });
  return { suggestions };
}
