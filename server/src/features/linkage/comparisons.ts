import type { ValueDictionary } from './dictionary';
import type { EncodedField } from './encode';
import { boundedEditDistance, jaroWinkler, mayReach } from './similarity';
import { phoneticKey } from './normalise';
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
  /**
   * Levels short of exact agreement whose weight is lowered by how common the more common of the
   * two values is (never raised): "Aulia"/"Aullia" says less when thousands are called Aulia.
   */
  tfFuzzyLevels: readonly number[];
  /** A comparison's own frequency adjustment for a fuzzy level, where the whole value's frequency is the wrong measure. */
  fuzzyAdjustment?: (level: number, left: number, right: number) => number | null;
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
  'a single name matches one word',
  'word similarity ≥ 0.92',
  'all words of the shorter name in the longer',
  'same words in another order',
  'exact',
];
const dateLevels = [
  'missing',
  'different',
  'two digits apart',
  'one digit apart in the year or month',
  'one digit apart in the day',
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
  return valueComparison(
    field,
    nameLevels,
    5,
    (a, b, left, right) => {
      const level = straight(a, b, firstSound![left]!, firstSound![right]!);
      if (level > 1 || !partner) return level;
      // Swapped parts: this record's given name is the other's family name (and the reverse).
      const crossed = partner.codes[right]!;
      if (crossed < 0 || codes[right]! === crossed) return level;
      return Math.min(4, straight(a, crossed, firstSound![left]!, partner.firstSound![right]!));
    },
    [3, 4],
  );
}

let wordScores = new Float64Array(64);

/**
 * How much each word of a full-name column tells: log(records with a name ÷ records with this
 * word), so Muhammad, Nur and Siti count for little in the word similarity and a rare family name
 * for much.
 */
function wordCounts(field: EncodedField, size: number): { counts: Float64Array; named: number } {
  const tokens = field.tokens!;
  const starts = field.tokenStarts!;
  const counts = new Float64Array(size);
  let named = 0;
  for (let i = 0; i + 1 < starts.length; i++) {
    if (starts[i + 1]! > starts[i]!) named++;
    for (let t = starts[i]!; t < starts[i + 1]!; t++) counts[tokens[t]!]!++;
  }
  return { counts, named };
}

/**
 * For "a single name is one of the words": log2 of (records holding the matched word ÷ records
 * holding the typical single name's word), never above 0. Nur or Siti alone matching a word of a
 * longer name is weaker evidence than a rare single name doing so; the more common of the two
 * matched words counts, so a misspelling cannot make the match look rare.
 */
function singleWordAdjustment(
  field: EncodedField,
  counts: Float64Array,
): (single: number, other: number) => number {
  const starts = field.tokenStarts!;
  const tokens = field.tokens!;
  let singles = 0;
  let total = 0;
  for (let i = 0; i + 1 < starts.length; i++) {
    if (starts[i + 1]! - starts[i]! !== 1) continue;
    singles++;
    total += counts[tokens[starts[i]!]!]!;
  }
  const typical = singles > 0 ? total / singles : 1;
  return (single, other) => Math.min(0, Math.log2(typical / Math.max(counts[single]!, counts[other]!, 1)));
}

/** Similarity of two words: Jaro–Winkler, or 0.9 where both sound alike (Hani/Hany, Rahmi/Rahmy) and it is lower. */
function wordSimilarity(dictionary: ValueDictionary, sounds: Int32Array, a: number, b: number): number {
  if (a === b) return 1;
  const score = similarity(dictionary, a, b, 0.7);
  if (score >= 0.9) return score;
  const soundA = soundOf(dictionary, sounds, a);
  return soundA >= 0 && soundA === soundOf(dictionary, sounds, b) ? 0.9 : score;
}

const soundCodes = new Map<string, number>();

/** The phonetic key's code of a word (memoised per word code); -1 when the key is shorter than two letters. */
function soundOf(dictionary: ValueDictionary, sounds: Int32Array, word: number): number {
  let sound = sounds[word]!;
  if (sound === -2) {
    const key = phoneticKey(dictionary.valueOf(word));
    sound = key.length < 2 ? -1 : (soundCodes.get(key) ?? soundCodes.size);
    if (sound >= 0) soundCodes.set(key, sound);
    sounds[word] = sound;
  }
  return sound;
}

/**
 * A whole name as written in one field: words compared as sets, tolerant of order, dropped parts
 * and typos. The word similarity is Monge–Elkan both ways, each word weighted by how rare it is;
 * names whose words ran together (FaizahSaputri) are also compared as whole strings.
 */
function fullNameComparison(dictionary: ValueDictionary, field: EncodedField): Comparison {
  const sorted = field.sortedCodes!;
  const starts = field.tokenStarts!;
  const tokens = field.tokens!;
  const { counts, named } = wordCounts(field, dictionary.size);
  const weights = counts.map((count) => (count > 0 ? Math.log((named + 1) / count) : 0));
  const sounds = new Int32Array(dictionary.size).fill(-2);
  const singleAdjustment = singleWordAdjustment(field, counts);
  /** The single name's word and its best match in the other name (for the adjustment). */
  const matchedWords = (left: number, right: number): [number, number] => {
    const [one, many] = starts[left + 1]! - starts[left]! === 1 ? [left, right] : [right, left];
    const word = tokens[starts[one]!]!;
    let best = -1;
    let bestScore = -1;
    for (let t = starts[many]!; t < starts[many + 1]!; t++) {
      const score = wordSimilarity(dictionary, sounds, word, tokens[t]!);
      if (score > bestScore) [best, bestScore] = [tokens[t]!, score];
    }
    return [word, best];
  };
  const comparison = valueComparison(
    field,
    fullNameLevels,
    7,
    (a, b, left, right) => {
      if (sorted[left] === sorted[right]) return 6;
      const aStart = starts[left]!;
      const aCount = starts[left + 1]! - aStart;
      const bStart = starts[right]!;
      const bCount = starts[right + 1]! - bStart;
      if (aCount * bCount > wordScores.length) wordScores = new Float64Array(aCount * bCount * 2);
      let common = 0;
      let bestWord = 0;
      for (let i = 0; i < aCount; i++) {
        const word = tokens[aStart + i]!;
        for (let j = 0; j < bCount; j++) {
          const other = tokens[bStart + j]!;
          const score = wordSimilarity(dictionary, sounds, word, other);
          wordScores[i * bCount + j] = score;
          if (word === other) common++;
          if (score > bestWord) bestWord = score;
        }
      }
      const shorter = Math.min(aCount, bCount);
      if (common >= shorter && shorter >= 2) return 5;
      // Monge–Elkan both ways: each word's best match in the other name, averaged by word weight.
      let rows = 0;
      let rowWeight = 0;
      for (let i = 0; i < aCount; i++) {
        let best = 0;
        for (let j = 0; j < bCount; j++) best = Math.max(best, wordScores[i * bCount + j]!);
        const weight = weights[tokens[aStart + i]!]! + 1e-9;
        rows += best * weight;
        rowWeight += weight;
      }
      let columns = 0;
      let columnWeight = 0;
      for (let j = 0; j < bCount; j++) {
        let best = 0;
        for (let i = 0; i < aCount; i++) best = Math.max(best, wordScores[i * bCount + j]!);
        const weight = weights[tokens[bStart + j]!]! + 1e-9;
        columns += best * weight;
        columnWeight += weight;
      }
      let score = (rows / rowWeight + columns / columnWeight) / 2;
      if (score < 0.92 && aCount !== bCount) score = Math.max(score, joinedSimilarity(dictionary, a, b));
      if (score >= 0.92) return 4;
      // A single name that is (nearly) one word of the other: Rika / Soedjati Rikka.
      if (shorter === 1 && bestWord >= 0.88) return 3;
      return score >= 0.8 ? 2 : 1;
    },
    [3, 4, 5, 6],
  );
  comparison.fuzzyAdjustment = (level, left, right) => {
    if (level !== 3) return null;
    const [word, other] = matchedWords(left, right);
    return singleAdjustment(word, other);
  };
  return comparison;
}

/** Jaro–Winkler of two whole names where one has a word fewer, as if the space were a letter (FAIZAHMSAPUTRI). */
function joinedSimilarity(dictionary: ValueDictionary, a: number, b: number): number {
  const { starts } = dictionary;
  const lengthA = starts[a + 1]! - starts[a]!;
  const lengthB = starts[b + 1]! - starts[b]!;
  if (Math.abs(lengthA - lengthB) > 2) return 0;
  return similarity(dictionary, a, b, 0.92);
}

/** A comparison of single values: missing is level 0, the same value the top level, otherwise `grade` decides. */
function valueComparison(
  field: EncodedField,
  levels: readonly string[],
  tfLevel: number,
  grade: (a: number, b: number, left: number, right: number) => number,
  tfFuzzyLevels: readonly number[] = [],
): Comparison {
  const codes = field.codes;
  const exact = levels.length - 1;
  return {
    name: field.name,
    field,
    levels,
    tfLevel,
    tfFuzzyLevels,
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

/**
 * Both dates (YYYYMMDD) in the same year and month. A slip in the day is the common clerk's error;
 * one digit off in the year or month is rarer between records of one person and as likely between
 * namesakes, so it is a level of its own and EM weighs it apart.
 */
function sameYearAndMonth(dictionary: ValueDictionary, a: number, b: number): boolean {
  const { text, starts } = dictionary;
  const sa = starts[a]!;
  const sb = starts[b]!;
  if (starts[a + 1]! - sa !== 8 || starts[b + 1]! - sb !== 8) return false;
  for (let k = 0; k < 6; k++) if (text[sa + k] !== text[sb + k]) return false;
  return true;
}

function dateComparison(dictionary: ValueDictionary, field: EncodedField): Comparison {
  return valueComparison(field, dateLevels, -1, (a, b) => {
    if (isDayMonthSwap(dictionary, a, b)) return 5;
    const distance = editDistance(dictionary, a, b, 2);
    if (distance <= 1) return sameYearAndMonth(dictionary, a, b) ? 4 : 3;
    return distance <= 2 ? 2 : 1;
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
