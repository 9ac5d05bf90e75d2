// Builds the map's boundary layers (server/seeds/geo/*.geojson) from the project's reference
// GeoJSON (the shared data/geo folder): simplified with @turf/simplify (Douglas–Peucker), coordinates
// rounded, only the properties the map uses kept. Run: node scripts/build-geo-layers.mjs <data/geo folder>
// The output is committed; nothing reads the source folder at run time.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import simplify from '@turf/simplify';

const source = process.argv[2];
if (!source) throw new Error('usage: node scripts/build-geo-layers.mjs <folder with the reference GeoJSON>');
const out = path.resolve(import.meta.dirname, '../server/seeds/geo');
mkdirSync(out, { recursive: true });

const round = (digits) => {
  const f = 10 ** digits;
  const walk = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * f) / f, Math.round(c[1] * f) / f] : c.map(walk));
  return walk;
};

/** Drops rings that collapsed to fewer than 4 points after simplifying and rounding. */
function clean(geometry) {
  if (geometry.type === 'Point') return geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons
    .map((rings) => rings.filter((ring) => new Set(ring.map((p) => p.join())).size >= 3))
    .filter((rings) => rings.length > 0);
  return kept.length ? { type: 'MultiPolygon', coordinates: kept } : null;
}

function layer(name, file, { tolerance, digits, props }) {
  const input = JSON.parse(readFileSync(path.join(source, file), 'utf8'));
  const features = [];
  for (const feature of input.features) {
    const simplified = tolerance ? simplify(feature, { tolerance, highQuality: true, mutate: false }) : feature;
    const geometry = clean({ ...simplified.geometry, coordinates: round(digits)(simplified.geometry.coordinates) });
    if (geometry) features.push({ type: 'Feature', properties: props(feature.properties ?? {}), geometry });
  }
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(path.join(out, `${name}.geojson`), text);
  console.log(`${name}: ${features.length} features, ${(text.length / 1024).toFixed(0)} kB (from ${file})`);
}

const kepri = (p) => ({ kode: p.kode, nama: p.nama, lat: p.centroid_lat, lng: p.centroid_lng });
layer('land', 'ne10m_land_region.geojson', { tolerance: 0.004, digits: 3, props: () => ({}) });
layer('countries', 'ne10m_countries_region.geojson', { tolerance: 0.004, digits: 3, props: (p) => ({ nama: p.name ?? p.NAME ?? '' }) });
layer('provinces', 'indonesia_provinsi_tetangga_coarse.geojson', { tolerance: 0.004, digits: 3, props: (p) => ({ kode: p.kode, nama: p.nama }) });
layer('johor', 'johor_daerah_dosm.geojson', { tolerance: 0.002, digits: 4, props: (p) => ({ nama: p.district }) });
layer('singapore', 'singapore_outline_ne10m.geojson', { tolerance: 0, digits: 4, props: () => ({ nama: 'Singapura' }) });
layer('kabkota', 'kepri_kabkota.geojson', { tolerance: 0.002, digits: 4, props: kepri });
layer('kecamatan', 'kepri_kecamatan.geojson', { tolerance: 0.001, digits: 4, props: kepri });
layer('desa', 'kepri_desa_kelurahan.geojson', { tolerance: 0.0006, digits: 4, props: kepri });
layer('ports', 'ports_checkpoints_kepri_johor.geojson', {
  tolerance: 0,
  digits: 5,
  props: (p) => ({ id: p.id, nama: p.name, country: p.country, type: p.type, checkpoint: p.immigration_checkpoint }),
});
