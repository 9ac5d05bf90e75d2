import type { ValueDictionary } from './dictionary';
import type { EncodedField } from './encode';
import { boundedEditDistance, jaroWinkler, mayReach } from './similarity';
import { assertNever } from '../../platform/http/app-error';

/**
 * A comparison turns a pair of records into an agreement level for one field: 0 is "missing on
 * either side" (no evidence), 1 is "disagree", higher levels agree more. The level names are what
 * the model reports; `exactLevel` is the level that gets the term-frequency adjustment.
 */
export interface Comparison {
  name: string;
  field: EncodedField;
  levels: readonly string[];
  /** The level whose weight is adjusted by how common the shared value is; -1 for none. */
  tfLevel: number;
  level(left: number, right: number): number;
}

const nameLevels = [
  'missing',
  'different',
  'jaro-winkler ≥ 0.70',
  'sounds alike or jaro-winkler ≥ 0.88',
  'jaro-winkler ≥ 0.94 or given/family swapped',
  'exact',
];
const fullNameLevels = [
  'missing',
  'different',
  'word similarity ≥ 0.80',
  'one word in common with a single name',
  'word similarity ≥ 0.92',
  'all words of the shorter name in the longer',
  'same words in another order',
  'exact',
];
const dateLevels = [
  'missing',
  'different',
  'two digits apart',
  'one digit apart',
  'day and month swapped',
  'exact',
];
const identifierLevels = ['missing', 'different', 'two characters apart', 'one character apart', 'exact'];
const textLevels = ['missing', 'different', 'jaro-winkler ≥ 0.80', 'jaro-winkler ≥ 0.92', 'exact'];
const sexLevels = ['missing', 'different', 'same'];

/** Jaro–Winkler of two values, or 0 when it cannot reach `floor` (the lowest level that uses it). */
function similarity(dictionary: ValueDictionary, a: number, b: number, floor: number): number {
  const { text, starts, letters } = dictionary;
  if (!mayReach(text, starts[a]!, starts[a + 1]!, starts[b]!, starts[b + 1]!, letters[b]!, floor)) return 0;
  return jaroWinkler(text, starts[a]!, starts[a + 1]!, starts[b]!, starts[b + 1]!);
}

function editDistance(dictionary: ValueDictionary, a: number, b: number, limit: number): number {
  const { text, starts } = dictionary;
  return boundedEditDistance(text, starts[a]!, starts[a + 1]!, starts[b]!, starts[b + 1]!, limit);
}

/** A given or family name; `partner` is the other part, so a given/family swap still counts as agreement. */
function nameComparison(
  dictionary: ValueDictionary,
  field: EncodedField,
  partner: EncodedField | null,
): Comparison {
  const { codes, firstSound } = field;
  const straight = (a: number, b: number, aSound: number, bSound: number) => {
    if (a === b) return 5;
    const score = similarity(dictionary, a, b, 0.7);
    if (score >= 0.94) return 4;
    if (score >= 0.88 || aSound === bSound) return 3;
    return score >= 0.7 ? 2 : 1;
  };
  return valueComparison(field, nameLevels, 5, (a, b, left, right) => {
    const level = straight(a, b, firstSound![left]!, firstSound![right]!);
    if (level > 1 || !partner) return level;
    // Swapped parts: this record's given name is the other's family name (and the reverse).
    const crossed = partner.codes[right]!;
    if (crossed < 0 || codes[right]! === crossed) return level;
    return Math.min(4, straight(a, crossed, firstSound![left]!, partner.firstSound![right]!));
  });
}

let wordScores = new Float64Array(64);

/** A whole name as written in one field: words compared as sets, tolerant of order, dropped parts and typos. */
function fullNameComparison(dictionary: ValueDictionary, field: EncodedField): Comparison {
  const sorted = field.sortedCodes!;
  const starts = field.tokenStarts!;
  const tokens = field.tokens!;
  return valueComparison(field, fullNameLevels, 7, (_a, _b, left, right) => {
    if (sorted[left] === sorted[right]) return 6;
    const aStart = starts[left]!;
    const aCount = starts[left + 1]! - aStart;
    const bStart = starts[right]!;
    const bCount = starts[right + 1]! - bStart;
    if (aCount * bCount > wordScores.length) wordScores = new Float64Array(aCount * bCount * 2);
    let common = 0;
    for (let i = 0; i < aCount; i++) {
      const word = tokens[aStart + i]!;
      for (let j = 0; j < bCount; j++) {
        const other = tokens[bStart + j]!;
        const score = word === other ? 1 : similarity(dictionary, word, other, 0.7);
        wordScores[i * bCount + j] = score;
        if (score === 1) common++;
      }
    }
    const shorter = Math.min(aCount, bCount);
    if (common >= shorter && shorter >= 2) return 5;
    // Monge–Elkan both ways: each word's best match in the other name, averaged.
    let rows = 0;
    for (let i = 0; i < aCount; i++) {
      let best = 0;
      for (let j = 0; j < bCount; j++) best = Math.max(best, wordScores[i * bCount + j]!);
      rows += best;
    }
    let columns = 0;
    for (let j = 0; j < bCount; j++) {
      let best = 0;
      for (let i = 0; i < aCount; i++) best = Math.max(best, wordScores[i * bCount + j]!);
      columns += best;
    }
    const score = (rows / aCount + columns / bCount) / 2;
    if (score >= 0.92) return 4;
    if (common >= 1 && shorter === 1) return 3;
    return score >= 0.8 ? 2 : 1;
  });
}

/** A comparison of single values: missing is level 0, the same value the top level, otherwise `grade` decides. */
function valueComparison(
  field: EncodedField,
  levels: readonly string[],
  tfLevel: number,
  grade: (a: number, b: number, left: number, right: number) => number,
): Comparison {
  const codes = field.codes;
  const exact = levels.length - 1;
  return {
    name: field.name,
    field,
    levels,
    tfLevel,
    level(left, right) {
      const a = codes[left]!;
      const b = codes[right]!;
      if (a < 0 || b < 0) return 0;
      return a === b ? exact : grade(a, b, left, right);
    },
  };
}

/** Day and month swapped within the same year (both dates as YYYYMMDD). */
function isDayMonthSwap(dictionary: ValueDictionary, a: number, b: number): boolean {
  const { text, starts } = dictionary;
  const sa = starts[a]!;
  const sb = starts[b]!;
  if (starts[a + 1]! - sa !== 8 || starts[b + 1]! - sb !== 8) return false;
  for (let k = 0; k < 4; k++) if (text[sa + k] !== text[sb + k]) return false;
  return (
    text[sa + 4] === text[sb + 6] &&
    text[sa + 5] === text[sb + 7] &&
    text[sa + 6] === text[sb + 4] &&
    text[sa + 7] === text[sb + 5]
  );
}

function dateComparison(dictionary: ValueDictionary, field: EncodedField): Comparison {
  return valueComparison(field, dateLevels, -1, (a, b) => {
    if (isDayMonthSwap(dictionary, a, b)) return 4;
    const distance = editDistance(dictionary, a, b, 2);
    return distance <= 1 ? 3 : distance <= 2 ? 2 : 1;
  });
}

function identifierComparison(dictionary: ValueDictionary, field: EncodedField): Comparison {
  return valueComparison(field, identifierLevels, field.role === 'postcode' ? 4 : -1, (a, b) => {
    const distance = editDistance(dictionary, a, b, 2);
    return distance <= 1 ? 3 : distance <= 2 ? 2 : 1;
  });
}

function textComparison(dictionary: ValueDictionary, field: EncodedField): Comparison {
  return valueComparison(field, textLevels, 4, (a, b) => {
    const score = similarity(dictionary, a, b, 0.8);
    return score >= 0.92 ? 3 : score >= 0.8 ? 2 : 1;
  });
}

/** One comparison per input column, in column order. */
export function buildComparisons(dictionary: ValueDictionary, fields: readonly EncodedField[]): Comparison[] {
  const firstOf = (role: string) => fields.find((f) => f.role === role) ?? null;
  return fields.map((field) => {
    switch (field.kind) {
      case 'name':
        return nameComparison(
          dictionary,
          field,
          field === firstOf(field.role)
            ? firstOf(field.role === 'given_name' ? 'family_name' : 'given_name')
            : null,
        );
      case 'full_name':
        return fullNameComparison(dictionary, field);
      case 'date':
        return dateComparison(dictionary, field);
      case 'identifier':
        return identifierComparison(dictionary, field);
      case 'text':
        return textComparison(dictionary, field);
      case 'sex':
        return valueComparison(field, sexLevels, -1, () => 1);
      default:
        return assertNever(field.kind);
    }
  });
}
