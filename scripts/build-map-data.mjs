#!/usr/bin/env node
// Builds web/public/geo/border-region.json, the land the case page's route map draws, from the
// project's reference GeoJSON (origins and licences in web/public/geo/README.md). Run by hand when
// the source data changes:  node scripts/build-map-data.mjs <folder with the source GeoJSON>
// The output is committed; nothing reads the source folder at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = process.argv[2];
if (!sourceDir) {
  console.error('usage: node scripts/build-map-data.mjs <source folder>');
  process.exit(2);
}

/** The area drawn: Sumatra's east coast to Natuna, Bangka to southern Johor. */
const bbox = { west: 100.5, south: -1.5, east: 109.0, north: 5.0 };
/** Douglas–Peucker tolerance and the smallest island kept, in degrees (about 110 m; 0.3 km²). */
const tolerance = 0.001;
const minimumArea = 0.000025;
/** Coordinates are stored as integers of 1/1000 degree (about 110 m). */
const scale = 1000;

const read = (file) => JSON.parse(fs.readFileSync(path.join(sourceDir, file), 'utf8'));

function polygonsOf(feature) {
  const g = feature.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Sutherland–Hodgman against one edge of the box; enough for filled shapes. */
function clipEdge(ring, inside, intersect) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(intersect(previous, current));
      out.push(current);
    } else if (inside(previous)) out.push(intersect(previous, current));
  }
  return out;
}

function clipRing(ring) {
  const atX = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  let r = ring;
  r = clipEdge(r, (p) => p[0] >= bbox.west, atX(bbox.west));
  r = clipEdge(r, (p) => p[0] <= bbox.east, atX(bbox.east));
  r = clipEdge(r, (p) => p[1] >= bbox.south, atY(bbox.south));
  r = clipEdge(r, (p) => p[1] <= bbox.north, atY(bbox.north));
  return r;
}

function area(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}

function distanceToSegment(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function simplify(points) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last]);
      if (d > worst) [worst, index] = [d, i];
    }
    if (index !== -1 && worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Rings as flat integer arrays: the first point, then each point as the step from the one before
 * ([x0, y0, dx1, dy1, …]; x = longitude, y = latitude), which keeps the file small unzipped too.
 */
function layer(features) {
  const rings = [];
  for (const feature of features) {
    for (const polygon of polygonsOf(feature)) {
      for (const source of polygon) {
        const clipped = clipRing(source.slice(0, -1));
        if (clipped.length < 3 || area(clipped) < minimumArea) continue;
        const simple = simplify([...clipped, clipped[0]]).slice(0, -1);
        const flat = [];
        let previous = null;
        for (const [x, y] of simple) {
          const point = [Math.round(x * scale), Math.round(y * scale)];
          if (previous && point[0] === previous[0] && point[1] === previous[1]) continue;
          flat.push(...(previous ? [point[0] - previous[0], point[1] - previous[1]] : point));
          previous = point;
        }
        if (flat.length >= 6) rings.push(flat);
      }
    }
  }
  return rings;
}

const countries = read('ne10m_countries_region.geojson').features;
const byName = (name) => countries.filter((f) => f.properties.name === name);
const output = {
  about: 'Land of the Kepri–Johor–Singapore border region for Benteng route maps; see README.md.',
  encoding: 'rings of integer 1/scale degrees: first point, then steps from the previous point',
  scale,
  bbox,
  layers: {
    indonesia: layer(byName('Indonesia')),
    malaysia: layer(byName('Malaysia')),
    kepri: layer(read('kepri_provinsi.geojson').features),
    johor: layer(read('johor_negeri_dosm.geojson').features),
    singapore: layer(read('singapore_outline_ne10m.geojson').features),
  },
};
const file = path.join(root, 'web', 'public', 'geo', 'border-region.json');
fs.writeFileSync(file, JSON.stringify(output));
const points = Object.values(output.layers)
  .flat()
  .reduce((n, ring) => n + ring.length / 2, 0);
console.log(`${path.relative(root, file)}: ${fs.statSync(file).size} bytes, ${points} points`);
