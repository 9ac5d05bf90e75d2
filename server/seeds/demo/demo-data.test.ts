import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseWorkflow, type CaseStatus } from '#contracts/cases';
import { buildTestApp, type TestApp } from '../../test/harness';
import { bootstrap } from '../../src/features/system';
import { checkNik, nameSearchKey } from '../../src/features/people';

/**
 * The demo data set as the demo start loads it: its shape, its codes, its NIKs, its second
 * recordings, and that it cannot be mistaken for real cases.
 */
let t: TestApp;
let loaded: number;
beforeAll(async () => {
  t = await buildTestApp({ mode: 'demo' });
  loaded = (await bootstrap(t.deps)).demoCases;
});
afterAll(() => t.close());

const rows = async <T = Record<string, any>>(text: string, params?: unknown[]) => (await t.deps.database.query<T>(text, params)).rows;
const count = async (text: string) => Number((await rows<{ n: number }>(text))[0]!.n);

describe('demo data at start', () => {
  it('loads the default data set once, into an empty registry, in demo mode', async () => {
    expect(loaded).toBe(150);
    expect((await bootstrap(t.deps)).demoCases).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM cases')).toBe(150);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'system.seed'`)).toBe(1);
  });

  it('loads nothing in production mode', async () => {
    const production = await buildTestApp({ mode: 'production' });
    try {
      expect((await bootstrap(production.deps)).demoCases).toBe(0);
      expect(Number((await production.deps.database.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]!.n)).toBe(0);
    } finally {
      await production.close();
    }
  });
});

describe('demo data shape', () => {
  it('spreads cases along the workflow and over the discovery channels', async () => {
    const byStatus = await rows<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM cases GROUP BY status');
    expect(byStatus.length).toBeGreaterThanOrEqual(6);
    for (const s of byStatus) expect(s.n).toBeLessThanOrEqual(60);
    const closed = byStatus.filter((s) => s.status.startsWith('closed')).reduce((n, s) => n + s.n, 0);
    expect(closed).toBeGreaterThan(30);
    expect(closed).toBeLessThan(100);
    const byChannel = new Map((await rows<{ c: string; n: number }>('SELECT discovery_channel AS c, count(*)::int AS n FROM cases GROUP BY 1')).map((r) => [r.c, r.n]));
    expect(byChannel.size).toBeGreaterThanOrEqual(6);
    expect(byChannel.get('port_check')).toBeGreaterThanOrEqual(12);
    expect(byChannel.get('deportee_screening')).toBeGreaterThanOrEqual(12);
    const people = await rows<{ role: string; n: number }>('SELECT role, count(*)::int AS n FROM case_persons GROUP BY role');
    const of = (role: string) => people.find((p) => p.role === role)?.n ?? 0;
    expect(of('victim') / 150).toBeGreaterThan(1.2);
    expect(of('victim') / 150).toBeLessThan(3);
    expect(of('suspect')).toBeGreaterThan(50);
    expect(of('witness') + of('reporter')).toBeGreaterThan(10);
  });

  it('walks every case through allowed moves to its current status', async () => {
    const history = await rows<{ id: string; status: CaseStatus; moves: { from: CaseStatus | null; to: CaseStatus }[] }>(`
      SELECT c.id, c.status, json_agg(json_build_object('from', s.from_status, 'to', s.to_status) ORDER BY s.changed_at, s.from_status NULLS FIRST) AS moves
        FROM cases c JOIN case_status_changes s ON s.case_id = c.id GROUP BY c.id, c.status`);
    expect(history).toHaveLength(150);
    for (const c of history) {
      expect(c.moves[0]).toEqual({ from: null, to: 'reported' });
      for (let i = 1; i < c.moves.length; i++) {
        expect(c.moves[i]!.from).toBe(c.moves[i - 1]!.to);
        expect(caseWorkflow[c.moves[i]!.from!]).toContain(c.moves[i]!.to);
      }
      expect(c.moves[c.moves.length - 1]!.to).toBe(c.status);
    }
  });

  it('uses only ports and regions that exist, on both sides of the border', async () => {
    expect(await count('SELECT count(*)::int AS n FROM route_events r LEFT JOIN ports p ON p.id = r.port_id WHERE r.port_id IS NOT NULL AND p.id IS NULL')).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM cases c LEFT JOIN ports p ON p.id = c.reported_port_id WHERE c.reported_port_id IS NOT NULL AND p.id IS NULL')).toBe(0);
    for (const [table, column] of [['route_events', 'region_code'], ['cases', 'reported_region_code'], ['persons', 'origin_region_code']]) {
      expect(await count(`SELECT count(*)::int AS n FROM ${table} x LEFT JOIN regions g ON g.code = x.${column} WHERE x.${column} IS NOT NULL AND g.code IS NULL`)).toBe(0);
    }
    const countries = await rows<{ country: string }>('SELECT DISTINCT p.country FROM route_events r JOIN ports p ON p.id = r.port_id');
    expect(countries.map((c) => c.country).sort()).toEqual(expect.arrayContaining(['ID', 'MY']));
    const landings = await rows<{ lat: number; lng: number }>(`SELECT lat, lng FROM route_events WHERE place_kind = 'unofficial_landing'`);
    expect(landings.length).toBeGreaterThan(5);
    for (const l of landings) {
      expect(l.lat).toBeGreaterThan(0.8);
      expect(l.lat).toBeLessThan(1.3);
      expect(l.lng).toBeGreaterThan(103.2);
      expect(l.lng).toBeLessThan(104.7);
    }
    const origins = await rows<{ p: string }>(`SELECT DISTINCT left(origin_region_code, 2) AS p FROM persons WHERE origin_region_code IS NOT NULL`);
    expect(origins.map((o) => o.p)).toEqual(expect.arrayContaining(['52', '53', '35', '21']));
  });

  it('keeps the case facets in step with people and route', async () => {
    expect(
      await count(`SELECT count(*)::int AS n FROM cases c WHERE victim_count <> (SELECT count(*) FROM case_persons cp WHERE cp.case_id = c.id AND cp.role = 'victim')`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM route_events r JOIN cases c ON c.id = r.case_id WHERE r.port_id IS NOT NULL AND NOT r.port_id = ANY(c.port_ids)`),
    ).toBe(0);
  });

  it('shares some cases across agencies and marks some sensitive or restricted', async () => {
    const sharedWith = await rows<{ code: string }>('SELECT DISTINCT a.code FROM case_shares s JOIN agencies a ON a.id = s.agency_id');
    expect(sharedWith.map((r) => r.code)).toEqual(expect.arrayContaining(['P4MI-BATAM', 'BP3MI-KEPRI']));
    expect(await count('SELECT count(DISTINCT case_id)::int AS n FROM case_shares')).toBeGreaterThan(30);
    expect(await count(`SELECT count(*)::int AS n FROM case_shares s JOIN cases c ON c.id = s.case_id WHERE s.agency_id = c.owning_agency_id`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM cases WHERE sensitivity = 'sensitive'`)).toBeGreaterThan(5);
    expect(await count(`SELECT count(*)::int AS n FROM cases WHERE sensitivity = 'restricted'`)).toBeGreaterThan(0);
  });
});

describe('demo people', () => {
  it('gives structurally valid NIKs except the ones made wrong on purpose, each with its one warning', async () => {
    const kecamatan = new Set((await rows<{ code: string }>(`SELECT code FROM regions WHERE level = 'kecamatan'`)).map((r) => r.code));
    const people = await rows<{ nik: string; sex: string; birth_date: string | null; nik_warnings: string[]; provenance: { nikFlaw?: string } }>(
      `SELECT nik, sex, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, nik_warnings, provenance FROM persons WHERE nik IS NOT NULL`,
    );
    expect(people.length).toBeGreaterThan(200);
    let flawed = 0;
    for (const p of people) {
      const expected = p.provenance.nikFlaw ? [p.provenance.nikFlaw] : [];
      flawed += expected.length;
      expect(await checkNik(p.nik, { sex: p.sex, birthDate: p.birth_date }, (code) => kecamatan.has(code))).toEqual(expected);
      expect(p.nik_warnings).toEqual(expected);
    }
    expect(flawed / people.length).toBeGreaterThan(0.01);
    expect(flawed / people.length).toBeLessThan(0.12);
  });

  it('records some victims twice across agencies, with the spelling variants it names', async () => {
    const twins = await rows<{ name: string; key: string; variants: string[]; original: string; original_key: string; agency: string; original_agency: string }>(`
      SELECT p.full_name AS name, p.name_key AS key, p.provenance->'variants' AS variants, o.full_name AS original, o.name_key AS original_key,
             p.recorded_by_agency_id AS agency, o.recorded_by_agency_id AS original_agency
        FROM persons p JOIN persons o ON o.id = (p.provenance->>'twinOf')::uuid`);
    expect(twins.length).toBeGreaterThanOrEqual(2);
    for (const twin of twins) {
      expect(twin.agency).not.toBe(twin.original_agency);
      if (!twin.variants.includes('identical')) expect(twin.name).not.toBe(twin.original);
      // Muhammad and old-spelling variants are what the name search key unifies.
      if (twin.variants.every((v) => ['muhammad', 'old_spelling_oe', 'old_spelling_dj', 'identical'].includes(v))) {
        expect(twin.key).toBe(twin.original_key);
      }
      expect(twin.key).toBe(nameSearchKey(twin.name));
    }
  });

  it('gives Malaysian suspects Malay names with bin/binti', async () => {
    const malaysians = await rows<{ full_name: string }>(`SELECT full_name FROM persons WHERE citizenship = '{MY}'`);
    expect(malaysians.length).toBeGreaterThan(3);
    for (const m of malaysians) expect(m.full_name).toMatch(/ bin(ti)? /);
  });
});

describe('clearly synthetic', () => {
  it('marks every case and person as synthetic and says so in every title and summary', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM cases WHERE provenance->>'source' <> 'synthetic' OR provenance->>'seed' <> 'demo'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM persons WHERE provenance->>'source' <> 'synthetic'`)).toBe(0);
    const texts = await rows<{ title: string; summary: string }>('SELECT title, summary FROM cases');
    for (const c of texts) {
      expect(c.title.startsWith('[SINTETIS] ')).toBe(true);
      expect(c.summary).toContain('bukan kasus nyata');
    }
  });

  it('writes no name and no real-looking identifier into case text', async () => {
    const names = (await rows<{ full_name: string }>('SELECT DISTINCT full_name FROM persons')).map((r) => r.full_name);
    const text = (
      await rows<{ t: string }>(`
        SELECT string_agg(title || ' ' || summary, ' ') AS t FROM cases
        UNION ALL SELECT string_agg(description, ' ') FROM route_events
        UNION ALL SELECT string_agg(reason, ' ') FROM case_status_changes
        UNION ALL SELECT string_agg(reason, ' ') FROM case_shares
        UNION ALL SELECT string_agg(role_details || ' ' || notes, ' ') FROM case_persons`)
    )
      .map((r) => r.t)
      .join(' ');
    for (const name of names.filter((n) => n.includes(' '))) expect(text).not.toContain(name);
    // No vessel, company, case number or identity number of the kind real reports carry.
    expect(text).not.toMatch(/\bMV\b|\bKM\.? [A-Z]|\bPT\.? [A-Z]|\bCV\.? [A-Z]|\d{16}|LP\/|\b[A-Z]\d{7}\b/);
  });
});
