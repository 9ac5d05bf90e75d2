/**
 * String similarity on UTF-16 code units held in one flat array (the value dictionary's text), so
 * the hot loop compares slices by offset and never allocates: the scratch buffers are reused by
 * every call. Names and identifiers are short, so the buffers are sized once and grown rarely.
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);
let rowPrev2 = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowCurrent = new Int32Array(64);

function ensureScratch(length: number): void {
  if (length < flagsA.length) return;
  const size = Math.max(length + 1, flagsA.length * 2);
  flagsA = new Uint8Array(size);
  flagsB = new Uint8Array(size);
  rowPrev2 = new Int32Array(size);
  rowPrev = new Int32Array(size);
  rowCurrent = new Int32Array(size);
}

/** Winkler's bonus for a common prefix of up to 4 letters (scale 0.1). */
function withPrefixBonus(
  text: Uint16Array,
  aStart: number,
  bStart: number,
  shorter: number,
  jaro: number,
): number {
  let prefix = 0;
  const maxPrefix = Math.min(4, shorter);
  while (prefix < maxPrefix && text[aStart + prefix] === text[bStart + prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Whether Jaro–Winkler could reach `floor`: counts the letters of a that occur anywhere in b (a bound
 * on the matches) and assumes no transpositions and the longest common prefix. Most pairs of
 * different names fail this test, which costs a fraction of the full similarity.
 */
export function mayReach(
  text: Uint16Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  bLetters: number,
  floor: number,
): boolean {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  if (aLength === 0 || bLength === 0) return true;
  let present = 0;
  for (let i = aStart; i < aEnd; i++) if ((bLetters >>> (text[i]! & 31)) & 1) present++;
  const matches = Math.min(present, bLength);
  return (
    withPrefixBonus(
      text,
      aStart,
      bStart,
      Math.min(aLength, bLength),
      (matches / aLength + matches / bLength + 1) / 3,
    ) >= floor
  );
}

/** Jaro–Winkler similarity (prefix scale 0.1, up to 4 letters) of text[aStart, aEnd) and text[bStart, bEnd). */
export function jaroWinkler(
  text: Uint16Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): number {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  if (aLength === 0 || bLength === 0) return aLength === bLength ? 1 : 0;
  ensureScratch(Math.max(aLength, bLength));
  const window = Math.max(0, (Math.max(aLength, bLength) >> 1) - 1);
  flagsA.fill(0, 0, aLength);
  flagsB.fill(0, 0, bLength);
  let matches = 0;
  for (let i = 0; i < aLength; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(bLength - 1, i + window);
    const ch = text[aStart + i];
    for (let j = from; j <= to; j++) {
      if (flagsB[j] === 0 && text[bStart + j] === ch) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < aLength; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (text[aStart + i] !== text[bStart + k]) halfTranspositions++;
    k++;
  }
  const jaro = (matches / aLength + matches / bLength + (matches - halfTranspositions / 2) / matches) / 3;
  return withPrefixBonus(text, aStart, bStart, Math.min(aLength, bLength), jaro);
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: one swap of neighbours costs 1), cut off
 * at `limit`: anything farther answers `limit + 1`, which is all a comparison level needs to know.
 */
export function boundedEditDistance(
  text: Uint16Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  limit: number,
): number {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  if (Math.abs(aLength - bLength) > limit) return limit + 1;
  ensureScratch(bLength + 1);
  for (let j = 0; j <= bLength; j++) rowPrev[j] = j;
  for (let i = 1; i <= aLength; i++) {
    rowCurrent[0] = i;
    let rowMinimum = i;
    const ca = text[aStart + i - 1];
    for (let j = 1; j <= bLength; j++) {
      const cb = text[bStart + j - 1];
      let best = Math.min(rowPrev[j]! + 1, rowCurrent[j - 1]! + 1, rowPrev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === text[bStart + j - 2] && text[aStart + i - 2] === cb)
        best = Math.min(best, rowPrev2[j - 2]! + 1);
      rowCurrent[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > limit) return limit + 1;
    const spare = rowPrev2;
    rowPrev2 = rowPrev;
    rowPrev = rowCurrent;
    rowCurrent = spare;
  }
  return Math.min(rowPrev[bLength]!, limit + 1);
}
