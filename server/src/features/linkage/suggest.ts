import { ValueDictionary } from './dictionary';
import { encodeColumn, type LinkageColumn } from './encode';
import { buildComparisons } from './comparisons';
import { fillFromNik } from './nik-facts';
import { suggestModel } from './suggest-model';

/*
 * Scores one person being entered against existing person records with the engine's comparisons
 * (names with Indonesian/Malay normalisation, birth dates with day/month swaps, sex, NIK, passport)
 * and the pinned model of suggest-model.ts. Pure: the registry chooses which records to score.
 */

export interface ComparablePerson {
  fullName: string | null;
  aliases: readonly string[];
  birthDate: string | null;
  sex: string;
  nik: string | null;
  passportNumber: string | null;
}

export type EvidenceField = keyof typeof suggestModel;
const fields: { field: EvidenceField; role: LinkageColumn['role'] }[] = [
  { field: 'fullName', role: 'full_name' },
  { field: 'birthDate', role: 'birth_date' },
  { field: 'sex', role: 'sex' },
  { field: 'nik', role: 'nik' },
  { field: 'passportNumber', role: 'passport' },
];

export interface FieldEvidence {
  field: EvidenceField;
  /** The comparison level reached, as the engine names it ("exact", "day and month swapped", …). */
  level: string;
  /** log2(m/u) of that level; 0 when either side lacks the field. */
  weight: number;
}

export interface ScoredCandidate {
  probability: number;
  evidence: FieldEvidence[];
}

/** Every name a record is known by (full name first, then aliases). */
const namesOf = (p: ComparablePerson) => [...(p.fullName ? [p.fullName] : []), ...p.aliases];

function valueOf(p: ComparablePerson, field: EvidenceField, name: string): string {
  if (field === 'fullName') return name;
  if (field === 'sex') return p.sex === 'unknown' ? '' : p.sex;
  return p[field] ?? '';
}

/**
 * Match probability and per-field evidence of `draft` against each candidate, in candidate order.
 * `population` is how many people the candidates were drawn from: the prior is that the draft is
 * one of them or someone new with even odds, 1 / (population + 1). A candidate known by several
 * names (aliases) scores with the name that agrees best.
 */
export function scoreCandidates(
  draft: ComparablePerson,
  candidates: readonly ComparablePerson[],
  population: number,
): ScoredCandidate[] {
  const draftName = namesOf(draft)[0] ?? '';
  const rows: { person: ComparablePerson; name: string; candidate: number }[] = [
    { person: draft, name: draftName, candidate: -1 },
  ];
  candidates.forEach((person, candidate) => {
    const names = namesOf(person);
    for (const name of names.length > 0 ? names : ['']) rows.push({ person, name, candidate });
  });
  const dictionary = new ValueDictionary();
  const encoded = fields.map(({ field, role }) =>
    encodeColumn(dictionary, { role, name: field, values: rows.map((r) => valueOf(r.person, field, r.name)) }, 'ymd'),
  );
  fillFromNik(dictionary, encoded);
  dictionary.freeze();
  const comparisons = buildComparisons(dictionary, encoded);
  const priorWeight = -Math.log2(Math.max(population, 1));
  const best: (ScoredCandidate & { weight: number })[] = [];
  for (let row = 1; row < rows.length; row++) {
    let weight = priorWeight;
    const evidence = comparisons.map((comparison, c) => {
      const level = comparison.level(0, row);
      const { m, u } = suggestModel[fields[c]!.field][level]!;
      const bits = level === 0 ? 0 : Math.log2(m / u);
      weight += bits;
      return { field: fields[c]!.field, level: comparison.levels[level]!, weight: Math.round(bits * 100) / 100 };
    });
    const candidate = rows[row]!.candidate;
    if (!best[candidate] || weight > best[candidate].weight)
      best[candidate] = { weight, probability: 1 / (1 + 2 ** -weight), evidence };
  }
  return candidates.map((_, i) => ({ probability: best[i]!.probability, evidence: best[i]!.evidence }));
}
