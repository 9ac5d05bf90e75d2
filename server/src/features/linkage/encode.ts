import { IntBuffer, type ValueDictionary } from './dictionary';
import { detectDateOrder, parseDate, type DateOrder } from './dates';
import {
  nameTokens,
  normaliseIdentifier,
  normalisePhone,
  normaliseSex,
  normaliseText,
  phoneticKey,
} from './normalise';
import { assertNever } from '../../platform/http/app-error';
import type { LinkageRole } from './roles';

/** One input column: what it holds (`role`), its header, and its raw values in record order. */
export interface LinkageColumn {
  role: LinkageRole;
  name: string;
  values: readonly string[];
}

/** How a role is compared. */
export type FieldKind = 'name' | 'full_name' | 'date' | 'identifier' | 'text' | 'sex';

export function kindOf(role: LinkageRole): FieldKind {
  switch (role) {
    case 'given_name':
    case 'family_name':
      return 'name';
    case 'full_name':
      return 'full_name';
    case 'birth_date':
      return 'date';
    case 'nik':
    case 'passport':
    case 'id_number':
    case 'phone':
    case 'postcode':
      return 'identifier';
    case 'address':
    case 'city':
    case 'region':
    case 'other':
      return 'text';
    case 'sex':
      return 'sex';
    default:
      return assertNever(role);
  }
}

/** A column after normalisation, as integer codes into the shared dictionary (-1 = missing). */
export interface EncodedField {
  role: LinkageRole;
  name: string;
  kind: FieldKind;
  codes: Int32Array;
  /** Names: phonetic codes of the first and last word (the same word for a single name). */
  firstSound: Int32Array | null;
  lastSound: Int32Array | null;
  /** Full names: each record's word codes (CSR) and the code of its words in sorted order. */
  tokenStarts: Int32Array | null;
  tokens: Int32Array | null;
  sortedCodes: Int32Array | null;
}

function normaliseValue(kind: FieldKind, role: LinkageRole, raw: string, order: DateOrder): string {
  switch (kind) {
    case 'name':
    case 'full_name':
      return nameTokens(raw).join(' ');
    case 'date':
      return parseDate(raw, order);
    case 'identifier':
      return role === 'phone' ? normalisePhone(raw) : normaliseIdentifier(raw);
    case 'text':
      return normaliseText(raw);
    case 'sex':
      return normaliseSex(raw);
    default:
      return assertNever(kind);
  }
}

/** Normalises and encodes one column; names also get their phonetic and word codes. */
export function encodeColumn(
  dictionary: ValueDictionary,
  column: LinkageColumn,
  dateFormat: DateOrder | 'auto',
): EncodedField {
  const kind = kindOf(column.role);
  const count = column.values.length;
  const order =
    kind === 'date' && dateFormat === 'auto'
      ? detectDateOrder(column.values.slice(0, 5000))
      : dateFormat === 'auto'
        ? 'ymd'
        : dateFormat;
  const codes = new Int32Array(count);
  const isName = kind === 'name' || kind === 'full_name';
  const firstSound = isName ? new Int32Array(count) : null;
  const lastSound = isName ? new Int32Array(count) : null;
  const tokenStarts = kind === 'full_name' ? new Int32Array(count + 1) : null;
  const tokens = kind === 'full_name' ? new IntBuffer(count * 2 + 16) : null;
  const sortedCodes = kind === 'full_name' ? new Int32Array(count) : null;
  // Normalising is the costly part and values repeat a lot (names, cities): remember each raw value's result.
  const memo = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const raw = column.values[i] ?? '';
    let normal = memo.get(raw);
    if (normal === undefined) {
      normal = normaliseValue(kind, column.role, raw, order);
      if (memo.size < 2_000_000) memo.set(raw, normal);
    }
    codes[i] = dictionary.codeOf(normal);
    if (!isName) continue;
    const words = normal === '' ? [] : normal.split(' ');
    firstSound![i] = words.length > 0 ? dictionary.codeOf(`~${phoneticKey(words[0]!)}`) : -1;
    lastSound![i] = words.length > 0 ? dictionary.codeOf(`~${phoneticKey(words[words.length - 1]!)}`) : -1;
    if (tokens) {
      tokenStarts![i] = tokens.length;
      for (const word of words) tokens.push(dictionary.codeOf(word));
      sortedCodes![i] = dictionary.codeOf([...words].sort().join(' '));
    }
  }
  if (tokens) tokenStarts![count] = tokens.length;
  return {
    role: column.role,
    name: column.name,
    kind,
    codes,
    firstSound,
    lastSound,
    tokenStarts,
    tokens: tokens?.view() ?? null,
    sortedCodes,
  };
}
