import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/harness';
import { bootstrap } from '../../src/features/system';
import { seedSyntheticCases } from './index';

/**
 * The same settings give the same rows in two fresh databases (agency ids, which each database
 * creates at its first start, compared by agency code); another seed gives other rows.
 */
let first: TestApp;
let second: TestApp;
beforeAll(async () => {
  first = await buildTestApp({ mode: 'production' });
  second = await buildTestApp({ mode: 'production' });
  await bootstrap(first.deps);
  await bootstrap(second.deps);
});
afterAll(async () => {
  await first.close();
  await second.close();
});

const settings = { cases: 40, seed: 'same', years: 1, until: '2026-01-10' };
const tables = ['persons', 'cases', 'case_persons', 'route_events', 'case_status_changes', 'case_shares'];

/** Every generated row, in a stable order, with agency ids replaced by agency codes. */
async function dump(t: TestApp, seed: string): Promise<Record<string, string>> {
  const agencies = (await t.deps.database.query<{ id: string; code: string }>('SELECT id, code FROM agencies')).rows;
  const out: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await t.deps.database.query<{ r: unknown }>(
      `SELECT to_jsonb(x) AS r FROM ${table} x
        WHERE ${table === 'persons' || table === 'cases' ? 'x' : '(SELECT c FROM cases c WHERE c.id = x.case_id)'}.provenance->>'seed' = $1
        ORDER BY x.id`,
      [seed],
    );
    let text = JSON.stringify(rows.map((r) => r.r));
    for (const a of agencies) text = text.replaceAll(a.id, a.code);
    out[table] = text;
  }
  return out;
}

describe('synthetic data determinism', () => {
  it('writes byte-identical rows for the same settings, and other rows for another seed', async () => {
    const a = await seedSyntheticCases(first.deps, settings);
    const b = await seedSyntheticCases(second.deps, { ...settings, batchSize: 7 });
    expect(a!.cases).toBe(40);
    expect(b).toMatchObject({ cases: a!.cases, persons: a!.persons, routeEvents: a!.routeEvents });
    const same = await dump(first, 'same');
    expect(await dump(second, 'same')).toEqual(same);

    await seedSyntheticCases(first.deps, { ...settings, seed: 'other' });
    const other = await dump(first, 'other');
    for (const table of tables) expect(other[table]).not.toEqual(same[table]);
  });

  it('numbers cases per year in date order, the second run after the first', async () => {
    const { rows } = await first.deps.database.query<{ seed: string; number: string }>(
      `SELECT provenance->>'seed' AS seed, number FROM cases ORDER BY reported_on, number`,
    );
    for (const year of ['2025', '2026']) {
      const of = (seed: string) => rows.filter((r) => r.seed === seed && r.number.includes(`/${year}/`)).map((r) => Number(r.number.split('/')[3]));
      const same = of('same');
      expect(same).toEqual(same.map((_, i) => i + 1));
      expect(Math.min(...of('other'))).toBe(same.length + 1);
    }
  });

  it('refuses to load the same data set twice into one database', async () => {
    await expect(seedSyntheticCases(second.deps, settings)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses settings it cannot honour', async () => {
    await expect(seedSyntheticCases(first.deps, { cases: 0 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(seedSyntheticCases(first.deps, { cases: 5, until: '2030-01-01' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(seedSyntheticCases(first.deps, { cases: 5, years: 0 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
