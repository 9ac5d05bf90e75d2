import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Random } from './random';

/*
 * Names for synthetic people, from the Faker name lists copied into this folder (README.md): given
 * and family names for Indonesians; given names with bin/binti and the father's name for Malaysians.
 * The spelling variants are what the same person looks like when a second agency writes the name
 * down; person linkage has to find them.
 */

export type Sex = 'male' | 'female';

interface NameLists {
  given: Record<Sex, string[]>;
  family: Record<Sex, string[]>;
  malayGiven: Record<Sex, string[]>;
}

let lists: NameLists | null = null;

function loadLists(): NameLists {
  const rows = parse<{ name: string; part: string; gender: string; locale: string }>(
    fs.readFileSync(path.join(import.meta.dirname, 'indonesian_malay_person_names.csv')),
    {
      columns: true,
      skip_empty_lines: true,
      trim: true,
    },
  );
  const select = (locale: string, part: string, sex: Sex) =>
    rows
      .filter((r) => r.locale === locale && r.part === part && (r.gender === sex[0] || r.gender === 'u'))
      .map((r) => r.name);
  const both = <T>(f: (sex: Sex) => T) => ({ male: f('male'), female: f('female') });
  return {
    given: both((s) => select('id_ID', 'given', s)),
    family: both((s) => select('id_ID', 'family', s)),
    // "Mohd" is an abbreviation, not a name of its own; it comes back as a Muhammad variant.
    malayGiven: both((s) => select('ms_MY', 'given', s).filter((n) => n !== 'Mohd')),
  };
}

function names(): NameLists {
  return (lists ??= loadLists());
}

/**
 * An Indonesian name: a single name (common in Java and among older people), given + family
 * name, or two given names; one man in six carries Muhammad in front.
 */
export function indonesianName(rng: Random, sex: Sex): string {
  const { given, family } = names();
  const first = rng.pick(given[sex]);
  const shape = rng.weightedKey({ single: 25, family: 55, double: 20 });
  const parts = [first];
  if (shape === 'family') parts.push(rng.pick(family[sex]));
  if (shape === 'double') parts.push(rng.pick(given[sex].filter((n) => n !== first)));
  if (sex === 'male' && first !== 'Muhammad' && rng.chance(1 / 6)) parts.unshift('Muhammad');
  return parts.join(' ');
}

/** A Malay name: one or two given names, then bin/binti and the father's given name. */
export function malayName(rng: Random, sex: Sex): string {
  const { malayGiven } = names();
  const first = rng.pick(malayGiven[sex]);
  const parts = [first];
  if (rng.chance(0.4)) parts.push(rng.pick(malayGiven[sex].filter((n) => n !== first)));
  return `${parts.join(' ')} ${sex === 'male' ? 'bin' : 'binti'} ${rng.pick(malayGiven.male)}`;
}

/** A nickname of the kind suspects are known by ("Bang Jo", "Pak Budi"). */
export function nickname(rng: Random, fullName: string, sex: Sex): string {
  const first = fullName.replace(/^Muhammad /, '').split(' ')[0]!;
  const short = first.length > 4 ? first.slice(0, rng.int(2, 4)) : first;
  const title =
    sex === 'male' ? rng.pick(['Bang', 'Pak', 'Mas', 'Abang']) : rng.pick(['Mbak', 'Bu', 'Kak', 'Mak']);
  return `${title} ${short}`;
}

/** The kinds of spelling difference a second record of the same person may show, with how common each is. */
export const spellingVariantWeights = {
  muhammad: 4,
  old_spelling_oe: 3,
  old_spelling_dj: 1,
  y_i: 3,
  double_letter: 2,
  dropped_part: 2,
  swapped_parts: 1,
} as const;
export type SpellingVariant = keyof typeof spellingVariantWeights | 'identical';

const rewrite: Record<keyof typeof spellingVariantWeights, (name: string, rng: Random) => string | null> = {
  // Muhammad → Muhamad, Mohammad, Mochamad, Moh., M. (clerks abbreviate or drop a letter).
  muhammad: (name, rng) =>
    name.startsWith('Muhammad ')
      ? name.replace('Muhammad', rng.pick(['Muhamad', 'Mohammad', 'Mochamad', 'Moh.', 'M.']))
      : null,
  // The pre-1972 spellings on old documents: u → oe (Purnama → Poernama), j → dj (Joko → Djoko).
  old_spelling_oe: (name) => (name.includes('u') ? name.replace('u', 'oe') : null),
  old_spelling_dj: (name) =>
    name.includes('j') ? name.replace('j', 'dj') : name.includes('J') ? name.replace('J', 'Dj') : null,
  // Rizky / Rizki: only at the end of a word, where both spellings are in use.
  y_i: (name) =>
    /y\b/.test(name) ? name.replace(/y\b/, 'i') : /i\b/.test(name) ? name.replace(/i\b/, 'y') : null,
  // Hassanah / Hasanah, Elisa / Ellisa.
  double_letter: (name) => {
    const doubled = /([bcdfghklmnprst])\1/.exec(name);
    if (doubled) return name.replace(doubled[0], doubled[1]!);
    const single = /[aeiou]([lmnst])[aeiou]/.exec(name);
    return single ? name.replace(single[0], `${single[0].slice(0, 2)}${single[0].slice(1)}`) : null;
  },
  dropped_part: (name) => {
    const parts = name.split(' ');
    return parts.length > 1 && !/\bbin(ti)?\b/.test(name) ? parts.slice(0, -1).join(' ') : null;
  },
  swapped_parts: (name) => {
    const parts = name.split(' ');
    return parts.length === 2 ? `${parts[1]} ${parts[0]}` : null;
  },
};

/**
 * The name as a second agency wrote it: one (or, three times in ten, two) of the variants that
 * apply, drawn by their weights. A name none applies to stays `identical` (the other fields then
 * differ: a missing NIK, an estimated age).
 */
export function variantOf(rng: Random, name: string): { name: string; variants: SpellingVariant[] } {
  const wanted = rng.chance(0.3) ? 2 : 1;
  let remaining = Object.entries(spellingVariantWeights) as [keyof typeof spellingVariantWeights, number][];
  let current = name;
  const used: SpellingVariant[] = [];
  while (used.length < wanted && remaining.length > 0) {
    const variant = rng.weighted(remaining);
    remaining = remaining.filter(([v]) => v !== variant);
    const next = rewrite[variant](current, rng);
    if (next && next !== current) {
      current = next;
      used.push(variant);
    }
  }
  return { name: current, variants: used.length > 0 ? used : ['identical'] };
}
