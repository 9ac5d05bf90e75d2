#!/usr/bin/env node
// Derives the synthetic unofficial-landing points (jalur tikus) of the demo data set from the Kepri
// village boundaries, and writes server/seeds/demo/unofficial_landings.csv. Run once by a developer;
// the output is committed, so nothing reads the boundary files at run time.
//   node scripts/derive-unofficial-landings.mjs <folder with kepri_desa_kelurahan.geojson and kepri_provinsi.geojson>
//
// Method: a village is coastal when its boundary shares vertices with the province outline (the
// outline was dissolved from the same village polygons). For each coastal village of Batam, Bintan
// and Karimun, take its coastal vertex closest to the strait it faces (towards Johor/Singapore),
// step 400 m further from the village's label point through that vertex (seaward), and keep the
// point only if it lies outside every land polygon. The villages closest to the strait are kept,
// at least 2.5 km apart. These are points on a coast, not known smuggling sites.
import fs from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
if (!folder) throw new Error('usage: derive-unofficial-landings.mjs <geo folder>');
const read = (f) => JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8'));
const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
const villages = read('kepri_desa_kelurahan.geojson').features;
const province = polygonsOf(read('kepri_provinsi.geojson').features[0].geometry);

/** Per kabupaten/kota: the point in the strait it faces, and how many landings to keep. */
const targets = {
  21.71: { name: 'Batam', toward: [103.9, 1.4], keep: 12 },
  21.01: { name: 'Bintan', toward: [104.3, 1.32], keep: 8 },
  21.02: { name: 'Karimun', toward: [103.42, 1.25], keep: 8 },
};

const key = ([lng, lat]) => `${lng.toFixed(5)},${lat.toFixed(5)}`;
const outline = new Set(province.flatMap((polygon) => polygon[0].map(key)));
const metres = ([aLng, aLat], [bLng, bLat]) => {
  const x = (bLng - aLng) * Math.cos(((aLat + bLat) / 2) * (Math.PI / 180)) * 111_320;
  const y = (bLat - aLat) * 110_574;
  return Math.hypot(x, y);
};

function insideRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const onLand = (point) =>
  province.some(
    (polygon) => insideRing(point, polygon[0]) && !polygon.slice(1).some((hole) => insideRing(point, hole)),
  );

function seaward(from, through, distance) {
  const d = metres(from, through) || 1;
  const f = 1 + distance / d;
  return [from[0] + (through[0] - from[0]) * f, from[1] + (through[1] - from[1]) * f];
}

const candidates = [];
for (const v of villages) {
  const p = v.properties;
  const target = targets[p.kode_kabkota];
  if (!target) continue;
  const vertices = polygonsOf(v.geometry)
    .flatMap((polygon) => polygon[0])
    .filter((c) => outline.has(key(c)));
  if (vertices.length === 0) continue;
  const best = vertices.reduce((a, b) => (metres(a, target.toward) <= metres(b, target.toward) ? a : b));
  const label = [p.centroid_lng, p.centroid_lat];
  const point = [400, 250, 600].map((m) => seaward(label, best, m)).find((c) => !onLand(c));
  if (!point) continue;
  candidates.push({
    kabkota: p.kode_kabkota,
    code: p.kode,
    name: p.nama,
    kecamatan: p.nama_kec,
    point,
    distance: metres(point, target.toward),
  });
}

const rows = [];
for (const [kabkota, target] of Object.entries(targets)) {
  const chosen = [];
  for (const c of candidates
    .filter((x) => x.kabkota === kabkota)
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))) {
    if (chosen.length === target.keep) break;
    if (chosen.every((o) => metres(o.point, c.point) >= 2500)) chosen.push(c);
  }
  chosen.sort((a, b) => a.code.localeCompare(b.code));
  chosen.forEach((c, i) =>
    rows.push([
      `UL-${target.name.toUpperCase().slice(0, 3)}-${String(i + 1).padStart(2, '0')}`,
      `Pantai ${c.name}`,
      c.code,
      c.kecamatan,
      target.name,
      c.point[1].toFixed(5),
      c.point[0].toFixed(5),
    ]),
  );
}

const out = path.resolve(import.meta.dirname, '../server/seeds/demo/unofficial_landings.csv');
const csv =
  ['id,name,region_code,kecamatan,island_group,lat,lng', ...rows.map((r) => r.join(','))].join('\n') + '\n';
fs.writeFileSync(out, csv);
console.log(`${rows.length} landings written to ${path.relative(process.cwd(), out)}`);
