import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from '../axe';
import { startHarness, type Harness } from '../harness';
import { screenshot } from '../screenshots';

// The public statistics as a journalist or a village official reads them on a phone, without an
// account: aggregate figures only, and the open-data CSV.

const phone = { width: 360, height: 740 };
let harness: Harness;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  context = await harness.newContext(phone);
  page = await context.newPage();
});
afterAll(async () => {
  await harness?.stop();
});

describe('/statistik on a phone', () => {
  test('shows rounded aggregates with small cells withheld, fits 360 px, passes axe', async () => {
    await page.goto('/statistik', { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.stat-totals dd').count()).toBe(6);
    const api = await (await context.request.get('/api/public/statistics')).json();
    // Every shown count is a multiple of 5 and none is from 1 to 9.
    const numbers = (await page.locator('.stat-number, .stat-totals dd').allInnerTexts()).map((s) => s.replace(/\./g, '')).filter((s) => /^\d+$/.test(s)).map(Number);
    expect(numbers.length).toBeGreaterThan(5);
    for (const n of numbers) {
      expect(n % 5).toBe(0);
      expect(n === 0 || n >= 10).toBe(true);
    }
    expect(api.totals.cases.count % 5).toBe(0);
    // Nothing finer than kabupaten/kota.
    for (const k of api.casesByKabupaten) expect(k.code).toMatch(/^\d{2}\.\d{2}$/);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    expect(await context.cookies()).toEqual([]);
    await screenshot(page, 'statistik');
    await expectAccessible(page, '/statistik');
  });

  test('one year, in English', async () => {
    const year = (await (await context.request.get('/api/public/statistics')).json()).years.at(-1);
    await page.goto(`/statistik?year=${year}&lang=en`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('h1').innerText()).toBe('Trafficking in persons statistics, Riau Islands');
    expect(await page.locator('.stat-years [aria-current]').innerText()).toBe(String(year));
  });

  test('downloads the open data: every row stands for at least 11 victims', async () => {
    await page.goto('/statistik', { waitUntil: 'networkidle' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="open-data.csv"]').click()]);
    const file = await download.path();
    const lines = fs.readFileSync(file, 'utf8').replace('\ufeff', '').trim().split('\n');
    expect(lines[0]).toBe('year,sex,age_band,kabupaten_kota,exploitation,victims');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(Number(cells[5])).toBeGreaterThanOrEqual(10); // ≥ 11 victims, rounded down to 5
      expect(cells[3]).toMatch(/^(\d{2}\.\d{2}|unknown)$/);
    }
  });
});
