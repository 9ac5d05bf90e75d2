import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import type { Executor } from '../../platform/db/database';
import { cases, casePersons, persons } from '../../platform/db/schema';
import { mayBeShown } from './visibility';

export interface CandidateDraft {
  nameKey: string;
  birthDates: string[];
  nik: string | null;
  passportNumber: string | null;
}

const candidateColumns = {
  casePersonId: casePersons.id,
  caseId: casePersons.caseId,
  caseNumber: cases.number,
  role: casePersons.role,
  ordinal: casePersons.ordinal,
  personId: persons.id,
  fullName: persons.fullName,
  aliases: persons.aliases,
  sex: persons.sex,
  birthDate: persons.birthDate,
  nik: persons.nik,
  passportNumber: persons.passportNumber,
  passportCountry: persons.passportCountry,
  phone: persons.phone,
  address: persons.address,
};

/**
 * Records worth scoring against the draft (at most `limit`): the same NIK or passport, a birth
 * date as given or with day and month swapped, or a name close by trigram similarity. The engine
 * then decides; this only keeps the work small on a large registry.
 */
export async function findCandidates(
  db: Executor,
  actor: Actor,
  now: Date,
  draft: CandidateDraft,
  limit = 200,
) {
  const nameSimilarity = draft.nameKey
    ? sql<number>`word_similarity(${draft.nameKey}, ${persons.nameKey})`
    : sql<number>`0`;
  const close = [
    draft.nik ? eq(persons.nik, draft.nik) : undefined,
    draft.passportNumber ? eq(persons.passportNumber, draft.passportNumber) : undefined,
    draft.birthDates.length > 0 ? inArray(persons.birthDate, draft.birthDates) : undefined,
    draft.nameKey ? sql`${nameSimilarity} >= 0.5` : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (close.length === 0) return [];
  return db
    .select(candidateColumns)
    .from(casePersons)
    .innerJoin(cases, eq(cases.id, casePersons.caseId))
    .innerJoin(persons, eq(persons.id, casePersons.personId))
    .where(and(mayBeShown(actor, now), or(...close)))
    .orderBy(desc(nameSimilarity), casePersons.id)
    .limit(limit);
}

/** How many person records the actor may be shown at all (the population the prior is taken over). */
export async function countSuggestable(db: Executor, actor: Actor, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(DISTINCT ${casePersons.personId})::int` })
    .from(casePersons)
    .innerJoin(cases, eq(cases.id, casePersons.caseId))
    .where(mayBeShown(actor, now));
  return row?.n ?? 0;
}

export type CandidateRow = Awaited<ReturnType<typeof findCandidates>>[number];
