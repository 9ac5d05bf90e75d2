import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/harness';
import { makeAgency } from '../../../test/factories';
import { refreshCaseFacets } from './cases.facets';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const q = <T = Record<string, unknown>>(text: string, params?: unknown[]) => t.deps.database.query<T>(text, params);

describe('case facets', () => {
  it('collects exploitation, control, recruitment, ports, regions (with ancestors) and counts', async () => {
    const agency = await makeAgency(t.deps);
    const [c] = (
      await q<{ id: string }>(
        `INSERT INTO cases (number, year, title, reported_on, discovery_channel, owning_agency_id, status_changed_at, created_at, updated_at, reported_port_id, reported_region_code)
         VALUES ('TPPO/KEPRI/2026/9001', 2026, 'Uji facet', '2026-02-01', 'port_check', $1, now(), now(), now(), 'ID-BTM-BTC', '21.71.10') RETURNING id`,
        [agency.id],
      )
    ).rows;
    const person = async (origin: string | null) =>
      (
        await q<{ id: string }>(
          `INSERT INTO persons (full_name, recorded_by_agency_id, origin_region_code, created_at, updated_at) VALUES ('X', $1, $2, now(), now()) RETURNING id`,
          [agency.id, origin],
        )
      ).rows[0]!.id;
    const add = async (personId: string, role: string, extra: string) =>
      q(
        `INSERT INTO case_persons (case_id, person_id, role, ordinal, created_at, updated_at, exploitation_types, means_of_control, recruitment_methods)
         VALUES ($1, $2, $3, 1, now(), now(), ${extra})`,
        [c!.id, personId, role],
      );
    await add(await person('52.03'), 'victim', `'{forced_labour,servitude}', '{withholds_documents}', '{broker_in_village}'`);
    await add(await person('35.01'), 'victim', `'{forced_labour}', '{debt_bondage,withholds_documents}', '{}'`);
    await add(await person(null), 'suspect', `'{sexual_exploitation}', '{}', '{}'`);
    await q(
      `INSERT INTO route_events (case_id, position, type, place_kind, port_id, created_at, updated_at) VALUES ($1, 1, 'transit', 'port', 'MY-JHR-STL', now(), now()),
       ($1, 2, 'recruitment', 'region', NULL, now(), now())`,
      [c!.id],
    );
    await q(`UPDATE route_events SET region_code = '52.03.01.2001' WHERE position = 2 AND case_id = $1`, [c!.id]);

    await refreshCaseFacets(t.deps.db, [c!.id]);
    const [row] = (await q<Record<string, unknown>>(`SELECT * FROM cases WHERE id = $1`, [c!.id])).rows;
    const sorted = (v: unknown) => [...(v as string[])].sort();
    expect(sorted(row!.exploitation_types)).toEqual(['forced_labour', 'servitude']);
    expect(sorted(row!.means_of_control)).toEqual(['debt_bondage', 'withholds_documents']);
    expect(row!.recruitment_methods).toEqual(['broker_in_village']);
    expect(sorted(row!.port_ids)).toEqual(['ID-BTM-BTC', 'MY-JHR-STL']);
    expect(sorted(row!.region_codes)).toEqual(['21', '21.71', '21.71.10', '35', '35.01', '52', '52.03', '52.03.01', '52.03.01.2001']);
    expect(row).toMatchObject({ victim_count: 2, suspect_count: 1 });
  });

  it('counts a route place recorded by coordinates only in the kecamatan it falls in (the map drills into it)', async () => {
    const agency = await makeAgency(t.deps);
    const [c] = (
      await q<{ id: string }>(
        `INSERT INTO cases (number, year, title, reported_on, discovery_channel, owning_agency_id, status_changed_at, created_at, updated_at)
         VALUES ('TPPO/KEPRI/2026/9002', 2026, 'Pendaratan tanpa kode wilayah', '2026-02-01', 'patrol', $1, now(), now(), now()) RETURNING id`,
        [agency.id],
      )
    ).rows;
    // A beach in Sei Beduk (Batam) and a point at sea in the Singapore Strait, both without a region code.
    await q(
      `INSERT INTO route_events (case_id, position, type, place_kind, lat, lng, created_at, updated_at) VALUES
       ($1, 1, 'interception', 'unofficial_landing', 1.08321, 104.05512, now(), now()),
       ($1, 2, 'transit', 'other', 1.19, 103.9, now(), now())`,
      [c!.id],
    );
    await refreshCaseFacets(t.deps.db, [c!.id]);
    const regionCodes = async () => (await q<{ region_codes: string[] }>(`SELECT region_codes FROM cases WHERE id = $1`, [c!.id])).rows[0]!.region_codes;
    expect(await regionCodes()).toEqual(['21', '21.71', '21.71.07']);
    // Once the place has its region code, the coordinates are not looked up again; refreshing twice changes nothing.
    await q(`UPDATE route_events SET region_code = '21.71.10' WHERE case_id = $1 AND position = 1`, [c!.id]);
    await refreshCaseFacets(t.deps.db, [c!.id]);
    await refreshCaseFacets(t.deps.db, [c!.id]);
    expect(await regionCodes()).toEqual(['21', '21.71', '21.71.10']);
  });
});
