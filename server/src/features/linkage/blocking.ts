import { IntBuffer, type ValueDictionary } from './dictionary';
import type { EncodedField } from './encode';

/**
 * Candidate pairs come from a union of blocking rules: records are compared only when they share
 * the key of at least one rule (e.g. the sound of both name parts, or the birth date and the sound
 * of the family name, or a NIK). A pair is produced by the first rule that joins it; later rules
 * skip it by testing the earlier rules' keys, so the union needs no set of seen pairs.
 */
export interface BlockingRule {
  name: string;
  /** The rule's key per record (-1: the record has no key and is not blocked by this rule). */
  keys: Int32Array;
  /** The columns (by index) whose agreement the rule forces; EM ignores them for its pairs. */
  covers: number[];
}

/** Combines per-record codes into one small integer per distinct combination (-1 if any part is missing). */
function combineKeys(parts: readonly Int32Array[], count: number): Int32Array {
  const keys = new Int32Array(count);
  const seen = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    let key = parts[0]![i]!;
    for (let p = 1; p < parts.length && key >= 0; p++) {
      const next = parts[p]![i]!;
      if (next < 0) {
        key = -1;
        break;
      }
      const joined = key * 16_777_216 + next;
      let code = seen.get(joined);
      if (code === undefined) {
        code = seen.size;
        seen.set(joined, code);
      }
      key = code;
    }
    keys[i] = key;
  }
  return keys;
}

/** Codes of the first or second half of each identifier of at least 6 characters (-1 otherwise). */
function identifierHalf(
  codes: Int32Array,
  dictionary: ValueDictionary,
  half: 'first' | 'second',
): Int32Array {
  const halves = new Map<string, number>();
  const memo = new Map<number, number>();
  return codes.map((code) => {
    if (code < 0) return -1;
    let key = memo.get(code);
    if (key === undefined) {
      const value = dictionary.valueOf(code);
      const middle = value.length >> 1;
      const part = value.length < 6 ? '' : half === 'first' ? value.slice(0, middle) : value.slice(middle);
      key = part === '' ? -1 : (halves.get(part) ?? halves.size);
      if (key >= 0) halves.set(part, key);
      memo.set(code, key);
    }
    return key;
  });
}

/** The rules that apply to the columns given; a rule needs every one of its parts. */
export function blockingRulesFor(
  fields: readonly EncodedField[],
  count: number,
  dictionary: ValueDictionary,
): BlockingRule[] {
  const indexOf = (role: string) => fields.findIndex((f) => f.role === role);
  const nameIndexes = fields.flatMap((f, i) => (f.kind === 'name' || f.kind === 'full_name' ? [i] : []));
  const given = indexOf('given_name');
  const family = indexOf('family_name');
  const full = indexOf('full_name');
  // The first name's sound from the given name (or the full name); the last from the family name.
  const soundOf = (preference: number[], part: 'firstSound' | 'lastSound') => {
    const index = preference.find((f) => f >= 0);
    return index === undefined ? null : fields[index]![part];
  };
  const first = soundOf([given, full, family], 'firstSound');
  const last = soundOf([family, full, given], 'lastSound');
  const date = indexOf('birth_date');
  const rules: BlockingRule[] = [];
  const add = (name: string, parts: (Int32Array | null)[], covers: number[]) => {
    if (parts.every((p): p is Int32Array => p !== null))
      rules.push({ name, keys: combineKeys(parts, count), covers });
  };
  if (first && last) {
    // The two sounds in sorted order, so a given/family swap lands in the same block.
    const low = new Int32Array(count);
    const high = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      low[i] = Math.min(first[i]!, last[i]!);
      high[i] = Math.max(first[i]!, last[i]!);
    }
    add('name sounds', [low, high], nameIndexes);
  }
  const dateCodes = date >= 0 ? fields[date]!.codes : null;
  add('birth date + last name sound', [dateCodes, last], [date, ...nameIndexes]);
  add('birth date + first name sound', [dateCodes, first], [date, ...nameIndexes]);
  const sex = indexOf('sex');
  // An identifier joins its records, and so does each half of it: one wrong digit leaves a half intact.
  fields.forEach((field, i) => {
    if (!['nik', 'passport', 'id_number', 'phone'].includes(field.role)) return;
    add(field.name, [field.codes], [i]);
    // Phone numbers share their operator prefix: only document numbers are split.
    if (field.role === 'phone') return;
    add(`${field.name} first half`, [identifierHalf(field.codes, dictionary, 'first')], [i]);
    add(`${field.name} second half`, [identifierHalf(field.codes, dictionary, 'second')], [i]);
  });
  // Birth date and sex alone: for names garbled beyond their sounds (kept small by the block limit).
  if (sex >= 0) add('birth date + sex', [dateCodes, fields[sex]!.codes], [date, sex]);
  const postcode = indexOf('postcode');
  const place = postcode >= 0 ? postcode : indexOf('city') >= 0 ? indexOf('city') : indexOf('region');
  if (place >= 0) {
    add(`${fields[place]!.name} + first name sound`, [fields[place]!.codes, first], [place, ...nameIndexes]);
    add(`birth date + ${fields[place]!.name}`, [dateCodes, fields[place]!.codes], [date, place]);
  }
  // Where people live catches the records whose names and identifiers were both garbled.
  const address = indexOf('address');
  if (address >= 0) {
    add(`birth date + ${fields[address]!.name}`, [dateCodes, fields[address]!.codes], [date, address]);
    if (place >= 0)
      add(
        `${fields[address]!.name} + ${fields[place]!.name}`,
        [fields[address]!.codes, fields[place]!.codes],
        [address, place],
      );
  }
  return rules;
}

export interface CandidatePairs {
  left: Int32Array;
  right: Int32Array;
  /** The rule that produced each pair (index into the rules; 255 = every pair compared). */
  rule: Uint8Array;
  perRule: { name: string; pairs: number; skippedBlocks: number }[];
}

export interface BlockingOptions {
  /** Blocks larger than this are skipped (a key shared by thousands says little); other rules still join their pairs. */
  maxBlockSize: number;
  /** Below this many possible pairs every pair is compared and blocking is not needed. */
  allPairsLimit: number;
}

/** Whether records i and j share a key of any rule before `rule`. */
function joinedEarlier(rules: readonly BlockingRule[], rule: number, i: number, j: number): boolean {
  for (let r = 0; r < rule; r++) {
    const key = rules[r]!.keys[i]!;
    if (key >= 0 && key === rules[r]!.keys[j]) return true;
  }
  return false;
}

/**
 * The union of the rules' pairs, each once. With `source` (linking two files) only pairs across
 * the files, left from the first; without it (de-duplication) every pair i < j.
 */
export function candidatePairs(
  rules: readonly BlockingRule[],
  count: number,
  source: Uint8Array | null,
  options: BlockingOptions,
): CandidatePairs {
  const left = new IntBuffer(count * 4);
  const right = new IntBuffer(count * 4);
  const ruleOf = new IntBuffer(count * 4);
  const emit = (i: number, j: number, rule: number) => {
    if (source && source[i] === source[j]) return;
    const swap = source ? source[i] === 1 : i > j;
    left.push(swap ? j : i);
    right.push(swap ? i : j);
    ruleOf.push(rule);
  };
  const possible = source ? countOf(source, 0) * countOf(source, 1) : (count * (count - 1)) / 2;
  if (possible <= options.allPairsLimit) {
    for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) emit(i, j, 255);
    return {
      left: left.view(),
      right: right.view(),
      rule: Uint8Array.from(ruleOf.view()),
      perRule: [{ name: 'every pair', pairs: left.length, skippedBlocks: 0 }],
    };
  }
  const perRule = rules.map((rule, r) => {
    const before = left.length;
    const skippedBlocks = forEachBlock(rule.keys, options.maxBlockSize, (members, from, to) => {
      for (let a = from; a < to; a++) {
        for (let b = a + 1; b < to; b++) {
          const i = members[a]!;
          const j = members[b]!;
          if (!joinedEarlier(rules, r, i, j)) emit(i, j, r);
        }
      }
    });
    return { name: rule.name, pairs: left.length - before, skippedBlocks };
  });
  return { left: left.view(), right: right.view(), rule: Uint8Array.from(ruleOf.view()), perRule };
}

export function countOf(source: Uint8Array, value: number): number {
  let n = 0;
  for (const s of source) if (s === value) n++;
  return n;
}

/**
 * Groups records by key (a counting sort) and calls `visit` for each block of two or more; answers
 * how many blocks were too large. Records of a skipped block lose this rule's key.
 */
function forEachBlock(
  keys: Int32Array,
  maxBlockSize: number,
  visit: (members: Int32Array, from: number, to: number) => void,
): number {
  let keyCount = 0;
  for (const key of keys) if (key >= keyCount) keyCount = key + 1;
  const starts = new Int32Array(keyCount + 1);
  for (const key of keys) if (key >= 0) starts[key + 1]!++;
  for (let k = 0; k < keyCount; k++) starts[k + 1]! += starts[k]!;
  const fill = starts.slice(0, keyCount);
  const members = new Int32Array(starts[keyCount]!);
  keys.forEach((key, i) => {
    if (key >= 0) members[fill[key]!++] = i;
  });
  let skipped = 0;
  for (let k = 0; k < keyCount; k++) {
    const size = starts[k + 1]! - starts[k]!;
    if (size < 2) continue;
    if (size > maxBlockSize) {
      skipped++;
      // The rule no longer joins these records, so later rules must not skip their pairs as seen.
      for (let m = starts[k]!; m < starts[k + 1]!; m++) keys[members[m]!] = -1;
    } else visit(members, starts[k]!, starts[k + 1]!);
  }
  return skipped;
}
