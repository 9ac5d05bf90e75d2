import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { callApi, signInByApi, signedInAccount } from '../api';
import { expectAccessible } from '../axe';
import { adminEmail, adminPassword, startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';
import { canvasColours } from './pixels';

const officer = {
  email: 'petugas.peta@e2e.test',
  displayName: 'Petugas Peta E2E',
  agencyCode: 'POLDA-KEPRI',
  roles: ['officer'],
  password: 'angin utara di selat philip',
};
const analyst = {
  email: 'analis.peta@e2e.test',
  displayName: 'Analis Peta E2E',
  agencyCode: 'BPPD-KEPRI',
  roles: ['analyst'],
  password: 'ombak tenang di pulau penyengat',
};
const caseTitle = 'Pendaratan PMI di pantai Sei Beduk (E2E peta)';
const patrolTitle = 'Patroli bersama Selat Riau (E2E peta)';
/** The patrol's area: at sea between Batam and Bintan, away from the case points. [west, south, east, north] */
const patrolBox = [104.28, 0.98, 104.4, 1.05] as const;
let patrolId: string;

let harness: Harness;
let officerContext: BrowserContext;
let analystContext: BrowserContext;
const consoleErrors: string[] = [];

/** A case in 2015 (before the demo data): recruited in Lingga, through Batam Centre, intercepted at a landing in Sei Beduk, bound for Malaysia. */
async function recordCase(context: BrowserContext, title: string, reportedOn: string, route: object[]) {
  const created = await callApi(context.request, 'POST', '/api/cases', { title, reportedOn, discoveryChannel: 'patrol', reportedRegionCode: '21.71.07' });
  for (const event of route) await callApi(context.request, 'POST', `/api/cases/${created.id}/route`, event);
}

beforeAll(async () => {
  harness = await startHarness();
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  officerContext = await signedInAccount(harness.newContext, admin, officer);
  analystContext = await signedInAccount(harness.newContext, admin, analyst);
  await admin.close();
  await recordCase(officerContext, caseTitle, '2015-03-05', [
    { type: 'recruitment', placeKind: 'region', regionCode: '21.04' },
    { type: 'transit', placeKind: 'port', portId: 'ID-BTM-BTC' },
    { type: 'interception', placeKind: 'unofficial_landing', lat: 1.08321, lng: 104.05512, regionCode: '21.71.07' },
    { type: 'exploitation', placeKind: 'abroad', country: 'MY' },
  ]);
  const agencies = await callApi(officerContext.request, 'GET', '/api/agencies');
  const agencyIdOf = (code: string): string => agencies.items.find((a: { code: string }) => a.code === code).id;
  const [w, s, e, n] = patrolBox;
  const patrol = await callApi(officerContext.request, 'POST', '/api/patrols', {
    kind: 'patrol',
    title: patrolTitle,
    area: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
    startsAt: '2015-03-10T20:00:00+07:00',
    endsAt: '2015-03-11T04:00:00+07:00',
    agencyIds: [agencyIdOf('POLDA-KEPRI'), agencyIdOf('PDRM-JOHOR')],
  });
  patrolId = patrol.id;
  await recordCase(officerContext, 'Penggagalan di Tanjung Uban (E2E peta, 2014)', '2014-06-01', [
    { type: 'interception', placeKind: 'unofficial_landing', lat: 1.07, lng: 104.22, regionCode: '21.01.07' },
  ]);
});

afterAll(async () => {
  await harness?.stop();
});

const watch = (page: Page) =>
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

/** Waits until MapLibre has drawn the style and the case points (the canvas then holds the map). */
async function mapDrawn(page: Page) {
  await page.locator('[data-testid=map-canvas] canvas').waitFor();
  await page.getByText('Memuat peta…').waitFor({ state: 'detached' });
  // MapLibre says when every source is loaded and nothing is left to draw. (Polled with evaluate:
  // waitForFunction evaluates with eval, which the page's CSP refuses.)
  const isDrawn = `(() => { const map = document.querySelector('[data-testid=map-canvas]').maplibreMap; return Boolean(map && map.loaded() && map.areTilesLoaded()); })()`;
  for (let tries = 0; !(await page.evaluate<boolean>(isDrawn)); tries++) {
    if (tries > 300) throw new Error('The map did not finish drawing');
    await page.waitForTimeout(100);
  }
}

describe('risk map', () => {
  test('an officer sees the boundaries drawn, filters by period and drills into a case', async () => {
    const page = await officerContext.newPage();
    watch(page);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Peta risiko' }).click();
    await page.getByRole('heading', { name: 'Peta risiko', level: 1 }).waitFor();
    await mapDrawn(page);

    // The canvas is a map, not a blank: water, Kepri's land, Malaysia's land and boundary lines.
    const colours = await canvasColours(page, page.locator('[data-testid=map-canvas]'));
    expect(colours.water, JSON.stringify(colours)).toBeGreaterThan(0.15);
    expect(colours.kepri, JSON.stringify(colours)).toBeGreaterThan(0.02);
    expect(colours.malaysia, JSON.stringify(colours)).toBeGreaterThan(0.01);
    expect(colours.lines, JSON.stringify(colours)).toBeGreaterThan(0.001);

    // Both cases, from before the demo data: the recruitment in Lingga, the port, the two landings.
    await page.getByLabel('Dari tanggal').fill('2014-01-01');
    await page.getByLabel('Sampai tanggal').fill('2015-12-31');
    await page.getByTestId('map-summary').getByText(/^4 titik/).waitFor();
    expect(page.url()).toContain('from=2014-01-01');
    const places = page.getByRole('table', { name: 'Titik per tempat' });
    await places.getByRole('cell', { name: 'Sei Beduk', exact: true }).waitFor();
    await places.getByRole('cell', { name: 'Bintan Utara', exact: true }).waitFor();
    await page.getByRole('table', { name: /Alur rute/ }).getByRole('cell', { name: 'Malaysia', exact: true }).waitFor();
    await mapDrawn(page);
    await expectAccessible(page, 'risk map');
    await screenshot(page, 'map');

    await page.getByLabel('Dari tanggal').fill('2015-01-01');
    await page.getByTestId('map-summary').getByText(/^3 titik/).waitFor();
    await places.getByRole('cell', { name: 'Bintan Utara', exact: true }).waitFor({ state: 'detached' });
    await mapDrawn(page);

    // Clicking the map selects the points under the cursor; the panel names their places.
    await page.locator('[data-testid=map-canvas] canvas').click({ position: await pointOnCanvas(page, 104.05512, 1.08321) });
    await page.getByTestId('map-selection').getByText('Sei Beduk · Kota Batam').waitFor();
    await page.getByTestId('map-selection').getByRole('listitem').filter({ hasText: 'Sei Beduk' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Kasus', level: 1 }).waitFor();
    expect(page.url()).toContain('regionCode=21.71.07');
    expect(page.url()).toContain('from=2015-01-01');
    await page.getByRole('link', { name: caseTitle }).click();
    await page.getByRole('heading', { name: caseTitle, level: 1 }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('a patrol planned through the API is drawn as an area with a popup, listed, and can be hidden', async () => {
    const page = await officerContext.newPage();
    watch(page);
    await page.goto('/map?from=2015-01-01&to=2015-12-31');
    await mapDrawn(page);
    const patrols = page.getByRole('table', { name: 'Area patroli dan operasi bersama pada periode ini' });
    await patrols.getByRole('link', { name: patrolTitle }).waitFor();
    await expect(patrols.getByRole('link', { name: patrolTitle }).getAttribute('href')).resolves.toBe(`/patrols/${patrolId}`);
    await mapDrawn(page);
    const centre = [(patrolBox[0] + patrolBox[2]) / 2, (patrolBox[1] + patrolBox[3]) / 2] as const;
    const areasAt = async () =>
      page.evaluate<number>(
        `(() => { const map = document.querySelector('[data-testid=map-canvas]').maplibreMap; return map.queryRenderedFeatures(map.project([${centre[0]}, ${centre[1]}]), { layers: ['patrols-fill'] }).length; })()`,
      );
    expect(await areasAt()).toBe(1);

    // Its popup says when, which agencies, and links to the patrol.
    await page.locator('[data-testid=map-canvas] canvas').click({ position: await pointOnCanvas(page, centre[0], centre[1]) });
    const popup = page.getByTestId('patrol-popup');
    await popup.getByRole('link', { name: patrolTitle }).waitFor();
    await popup.getByText('Patroli bersama · direncanakan').waitFor();
    await popup.getByText('Instansi: POLDA-KEPRI, PDRM-JOHOR').waitFor();
    await popup.getByText(/10 Mar 2015.*20\.00 WIB/).waitFor();
    await expectAccessible(page, 'risk map with a patrol popup');
    await screenshot(page, 'map-patrol');

    // The legend entry switches the layer off (and closes the popup); outside the period there is none.
    const toggle = page.getByRole('checkbox', { name: 'Area patroli atau operasi bersama' });
    await toggle.uncheck();
    await popup.waitFor({ state: 'detached' });
    await mapDrawn(page);
    expect(await areasAt()).toBe(0);
    await toggle.check();
    await mapDrawn(page);
    expect(await areasAt()).toBe(1);
    await page.getByLabel('Sampai tanggal').fill('2015-03-09');
    await patrols.waitFor({ state: 'detached' });
    await page.getByText('Tidak ada patroli yang boleh Anda lihat pada periode ini.').waitFor();
    await mapDrawn(page);
    expect(await areasAt()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test('on a phone the map, its filters and the legend fit the screen', async () => {
    const context = await harness.browser.newContext({ baseURL: harness.baseUrl, viewport: { width: 360, height: 740 }, locale: 'id-ID', storageState: await officerContext.storageState() });
    const page = await context.newPage();
    watch(page);
    await page.goto('/map');
    await mapDrawn(page);
    // Zoomed out to fit a phone, the points are counted in hexagons instead of clusters.
    const shown = await page.evaluate<{ zoom: number; hexagons: number; clusters: number }>(
      `(() => { const map = document.querySelector('[data-testid=map-canvas]').maplibreMap; return { zoom: map.getZoom(), hexagons: map.queryRenderedFeatures({ layers: ['cases-hex'] }).length, clusters: map.queryRenderedFeatures({ layers: ['cases-clusters', 'cases-points'] }).length }; })()`,
    );
    expect(shown.zoom).toBeLessThan(7);
    expect(shown.hexagons).toBeGreaterThan(0);
    expect(shown.clusters).toBe(0);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await expectAccessible(page, 'risk map on a phone');
    await screenshot(page, 'map');
    await page.getByTestId('map-canvas').scrollIntoViewIfNeeded();
    await screenshot(page, 'map-canvas');
    await context.close();
  });
});

describe('vulnerability index', () => {
  test('an analyst reads the ranking term by term and saves new weights; a stale save is refused', async () => {
    const page = await analystContext.newPage();
    watch(page);
    await page.goto('/map/vulnerability');
    await page.getByRole('heading', { name: 'Indeks kerentanan', level: 1 }).waitFor();
    const ranking = page.getByRole('table', { name: 'Peringkat kabupaten/kota menurut skor' });
    await ranking.getByRole('cell', { name: 'Kota Batam', exact: true }).waitFor();
    expect(await ranking.getByRole('row').count()).toBe(8);
    await page.getByText('Rincian skor Kabupaten Lingga', { exact: true }).click();
    const terms = page.getByRole('table', { name: /Rincian skor Kabupaten Lingga suku demi suku/ });
    await terms.getByRole('cell', { name: 'Kemiskinan (% penduduk)', exact: true }).waitFor();
    await mapDrawn(page);
    await expectAccessible(page, 'vulnerability index');
    await screenshot(page, 'vulnerability');

    // Poverty only: Lingga has the highest poverty rate of the seven and ranks first with 100.
    for (const term of ['Pengangguran terbuka (%)', 'Penduduk (jiwa)', 'Kasus per 100.000 penduduk', 'Laporan masyarakat per 100.000 penduduk', 'Penggagalan per 100.000 penduduk']) {
      await page.getByLabel(term, { exact: true }).fill('0');
    }
    await page.getByLabel('Kemiskinan (% penduduk)', { exact: true }).fill('1');
    await page.getByLabel('Alasan perubahan').fill('Hanya kemiskinan untuk rapat forum');
    await page.getByRole('button', { name: 'Simpan sebagai versi 1' }).click();
    await page.getByText('Versi 1 disimpan.').waitFor();
    await page.getByRole('heading', { name: /Rumus dan bobot \(versi 1\)/ }).waitFor();
    await expect(ranking.getByRole('row').nth(1).textContent()).resolves.toContain('Kabupaten Lingga');

    // Someone else saves version 2 meanwhile: this page still edits version 1 and is told so.
    const other = await analystContext.request.fetch('/api/map/vulnerability/formula', {
      method: 'PUT',
      headers: { 'x-benteng-request': '1' },
      data: { weights: { poverty: 1, unemployment: 1, population: 0, cases: 0, tips: 0, interceptions: 0 }, note: 'Perubahan dari analis lain', version: 1 },
    });
    expect(other.status()).toBe(200);
    await page.getByLabel('Alasan perubahan').fill('Perubahan kedua yang sudah basi');
    await page.getByRole('button', { name: 'Simpan sebagai versi 2' }).click();
    await page.getByText('Data ini baru saja diubah oleh orang lain.', { exact: false }).waitFor();
    // The browser logs the refused save (409) itself; nothing else may fail.
    expect(consoleErrors.filter((e) => !e.includes('409 (Conflict)'))).toEqual([]);
    await page.close();
  });

  test('the vulnerability page fits a phone screen', async () => {
    const context = await harness.browser.newContext({ baseURL: harness.baseUrl, viewport: { width: 360, height: 740 }, locale: 'id-ID', storageState: await analystContext.storageState() });
    const page = await context.newPage();
    await page.goto('/map/vulnerability');
    await mapDrawn(page);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await screenshot(page, 'vulnerability');
    await context.close();
  });
});

/** Where a longitude/latitude is on the map canvas (MapLibre's own projection, via the page). */
async function pointOnCanvas(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(`document.querySelector('[data-testid=map-canvas]').maplibreMap.project([${lng}, ${lat}])`).then((p) => {
    const { x, y } = p as { x: number; y: number };
    return { x: Math.round(x), y: Math.round(y) };
  });
}
