/**
 * Disclosure control for published counts (the practice of CTDC, see docs/ARCHITECTURE.md
 * "Dashboards and public statistics"): small cells are withheld, so a count cannot point at a
 * person; public counts are also rounded; open-data rows must be k-anonymous.
 */

/** A count as published: `count` null when withheld. */
export interface Cell {
  count: number | null;
  suppressed: boolean;
}

/** Withholds a count from 1 to `minimum − 1` (zero is shown: it discloses no one). */
export function suppressCell(n: number, minimum: number): Cell {
  return n > 0 && n < minimum ? { count: null, suppressed: true } : { count: n, suppressed: false };
}

/**
 * Withholds the small cells of a dimension whose cells add up to a published total. When exactly
 * one cell is withheld, the total minus the others would give it away, so the next smallest
 * non-zero cell is withheld as well (complementary suppression). When the total itself is
 * withheld, every non-zero cell is.
 */
export function suppressAdditive<T extends { n: number }>(rows: T[], minimum: number, totalSuppressed: boolean): (T & Cell)[] {
  const cells = rows.map((r) => ({ ...r, ...(totalSuppressed && r.n > 0 ? { count: null, suppressed: true } : suppressCell(r.n, minimum)) }));
  if (cells.filter((c) => c.suppressed).length === 1) {
    const next = cells.filter((c) => !c.suppressed && c.n > 0).sort((a, b) => a.n - b.n)[0];
    if (next) Object.assign(next, { count: null, suppressed: true });
  }
  return cells;
}

/**
 * A public count: withheld below `minimum`, otherwise rounded down to a multiple of `step`
 * (CTDC reports aggregate counts "rounded down to the closest k"), so differences between two
 * releases or two cells do not reveal a single record.
 */
export function publicCell(n: number, minimum: number, step: number): Cell {
  if (n > 0 && n < minimum) return { count: null, suppressed: true };
  return { count: Math.floor(n / step) * step, suppressed: false };
}

/**
 * k-anonymity over quasi-identifiers: keeps only the records whose combination of
 * quasi-identifier values is shared by at least `k` records (CTDC's k-anonymised global dataset
 * redacted the others). Returns the kept records and how many were withheld.
 */
export function kAnonymous<T extends Record<string, unknown>>(records: T[], quasiIdentifiers: (keyof T)[], k: number): { kept: T[]; withheld: number } {
  const keyOf = (r: T) => JSON.stringify(quasiIdentifiers.map((q) => r[q] ?? null));
  const sizes = new Map<string, number>();
  for (const r of records) sizes.set(keyOf(r), (sizes.get(keyOf(r)) ?? 0) + 1);
  const kept = records.filter((r) => (sizes.get(keyOf(r)) ?? 0) >= k);
  return { kept, withheld: records.length - kept.length };
}

/**
 * The same rule on records already grouped by their quasi-identifiers (`n` records each): keeps
 * the groups of at least `k`; `withheld` counts the records left out.
 */
export function kAnonymousGroups<T extends { n: number }>(groups: T[], k: number): { kept: T[]; withheld: number } {
  const kept = groups.filter((g) => g.n >= k);
  return { kept, withheld: groups.reduce((s, g) => s + g.n, 0) - kept.reduce((s, g) => s + g.n, 0) };
}
