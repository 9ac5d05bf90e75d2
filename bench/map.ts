// Frames per second of the risk map (/map) in headless Chromium while it pans and zooms, with
// 100,000 case points (clustered) against the same page with no points (the baseline), in one run.
//   npm run bench:map            (MAP_POINTS=… to change the count)
// The page is the real one, served by a real Benteng server; only GET /api/map/layers is answered
// by the browser with a synthetic set (deterministic, spread around the kecamatan of Kepri, the
// shape an officer with precise locations gets), so the measure is the map's drawing, not the
// database. Frames are counted with requestAnimationFrame during a scripted camera path. Chromium
// runs with --disable-gpu: WebGL is SwiftShader on the CPU, so absolute numbers are far below a
// phone's GPU; the ratio to the empty map is the figure to watch.
import type { Page } from 'playwright-core';
import { signInByApi, signedInAccount } from '../e2e/api';
import { adminEmail, adminPassword, startHarness } from '../e2e/harness';
import { percentile, report, round } from './lib';

const pointCount = Number(process.env.MAP_POINTS ?? 100_000);

/** A small deterministic generator (mulberry32): the same points on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Points around the kecamatan label points, most of them in Batam and Bintan as the cases are. */
function syntheticPoints(count: number, kecamatan: { code: string; lng: number; lat: number }[]): [number, number, number, string][] {
  const next = random(6);
  const weighted = kecamatan.flatMap((k) => (k.code.startsWith('21.71') || k.code.startsWith('21.01') ? [k, k, k] : [k]));
  return Array.from({ length: count }, () => {
    const k = weighted[Math.floor(next() * weighted.length)]!;
    const lng = Math.round((k.lng + (next() - 0.5) * 0.06) * 1e5) / 1e5;
    const lat = Math.round((k.lat + (next() - 0.5) * 0.06) * 1e5) / 1e5;
    return [lng, lat, Math.floor(next() * 3), k.code];
  });
}

const mapOf = `document.querySelector('[data-testid=map-canvas]').maplibreMap`;

async function waitForDrawn(page: Page): Promise<void> {
  const isDrawn = `(() => { const map = ${mapOf}; return Boolean(map && map.loaded() && map.areTilesLoaded()); })()`;
  for (let tries = 0; !(await page.evaluate<boolean>(isDrawn)); tries++) {
    if (tries > 1200) throw new Error('The map did not finish drawing');
    await page.waitForTimeout(100);
  }
}

/**
 * Runs a camera path (zoom in on Batam, pan to Bintan, zoom out, pan back) and counts animation
 * frames and MapLibre renders meanwhile. Answers frames per second and the longest frame.
 */
async function measure(page: Page): Promise<{ fps: number; renders: number; longestFrameMs: number; seconds: number }> {
  return page.evaluate(`(async () => {
    const map = ${mapOf};
    const steps = [
      { center: [104.05, 1.1], zoom: 10, duration: 2500 },
      { center: [104.45, 1.05], zoom: 10.5, duration: 2000 },
      { center: [104.3, 0.6], zoom: 7.5, duration: 2500 },
      { center: [104.0, 1.0], zoom: 9, duration: 2000 },
      { center: [104.6, 0.9], zoom: 8.5, duration: 2000 },
    ];
    let frames = 0, renders = 0, longest = 0, last = performance.now(), running = true;
    map.on('render', () => renders++);
    const tick = (now) => { frames++; longest = Math.max(longest, now - last); last = now; if (running) requestAnimationFrame(tick); };
    const started = performance.now();
    requestAnimationFrame(tick);
    for (const step of steps) {
      await new Promise((resolve) => { map.once('moveend', resolve); map.easeTo(step); });
    }
    running = false;
    const seconds = (performance.now() - started) / 1000;
    return { fps: frames / seconds, renders, longestFrameMs: longest, seconds };
  })()`);
}

const harness = await startHarness();
try {
  const admin = await harness.newContext();
  await signInByApi(admin, { email: adminEmail, password: adminPassword });
  const officer = await signedInAccount(harness.newContext, admin, {
    email: 'bench.peta@bench.test',
    displayName: 'Bench Peta',
    agencyCode: 'POLDA-KEPRI',
    roles: ['officer'],
    password: 'angin utara di selat philip',
  });
  const kecamatan = (
    (await (await officer.request.get('/api/geo/kecamatan')).json()) as { features: { properties: { kode: string; lng: number; lat: number } }[] }
  ).features.map((f) => ({ code: f.properties.kode, lng: f.properties.lng, lat: f.properties.lat }));
  const payloads = {
    empty: JSON.stringify({ precision: 'precise', points: [], flows: [] }),
    points: JSON.stringify({ precision: 'precise', points: syntheticPoints(pointCount, kecamatan), flows: [] }),
  };

  const run = async (name: keyof typeof payloads) => {
    const page = await officer.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.route('**/api/map/layers*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: payloads[name] }));
    const started = performance.now();
    await page.goto('/map');
    await page.getByTestId('map-summary').waitFor();
    await waitForDrawn(page);
    const firstDrawSeconds = (performance.now() - started) / 1000;
    const result = await measure(page);
    await page.close();
    return { ...result, firstDrawSeconds };
  };

  // Alternating rounds (empty, points, empty, points, …): the load of a shared machine drifts, and
  // each figure is the median of its rounds.
  const rounds = Number(process.env.MAP_ROUNDS ?? 3);
  const empty: Awaited<ReturnType<typeof run>>[] = [];
  const loaded: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < rounds; i++) {
    empty.push(await run('empty'));
    loaded.push(await run('points'));
  }
  const median = (values: number[]) => percentile(values, 50);
  const summary = (runs: typeof empty) => ({
    fps: round(median(runs.map((r) => r.fps))),
    fpsPerRound: runs.map((r) => round(r.fps)),
    mapRendersPerSecond: round(median(runs.map((r) => r.renders / r.seconds))),
    longestFrameMs: round(median(runs.map((r) => r.longestFrameMs))),
    firstDrawSeconds: round(median(runs.map((r) => r.firstDrawSeconds)), 2),
  });
  const emptySummary = summary(empty);
  const pointsSummary = summary(loaded);
  report('map', {
    points: pointCount,
    payloadMegabytes: round(payloads.points.length / 1e6, 2),
    renderer: 'SwiftShader (headless Chromium, --disable-gpu)',
    cameraPath: '5 eased moves, 11 s: in to zoom 10 on Batam, to Bintan at 10.5, out to 7.5, back to 9 and 8.5',
    rounds,
    emptyMap: emptySummary,
    withPoints: pointsSummary,
    fpsRatioPointsToEmpty: round(pointsSummary.fps / emptySummary.fps, 2),
    firstDrawRatioPointsToEmpty: round(pointsSummary.firstDrawSeconds / emptySummary.firstDrawSeconds, 2),
  });
  await officer.close();
  await admin.close();
} finally {
  await harness.stop();
}
