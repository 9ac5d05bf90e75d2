// Builds the map's label glyphs (web/public/map/glyphs/<fontstack>/0-255.pbf): MapLibre draws
// symbol labels from signed-distance-field glyphs in the protobuf format of its `glyphs` URL, and a
// map that may fetch nothing from outside must serve them itself. The outlines come from Noto Sans
// (npm @fontsource/noto-sans, SIL Open Font License 1.1), read with fontkit; each glyph is drawn at
// 24 px with a 3 px border as an exact distance to its outline (flattened to line segments), encoded
// as MapLibre/fontnik do (radius 8, cutoff 0.25: the edge at 192). Place names in the boundary data
// are ASCII, so one range (0-255, Basic Latin and Latin-1) covers them.
// Run: node scripts/build-map-glyphs.mjs — the output is committed; the build does not need fontkit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const fontFile = (weight) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`);
const stacks = [
  { name: 'noto-sans-regular', file: fontFile(400) },
  { name: 'noto-sans-bold', file: fontFile(700) },
];
const out = path.resolve(import.meta.dirname, '../web/public/map/glyphs');
const size = 24;
const border = 3;
const radius = 8;
const cutoff = 0.25;

/** The outline as closed polygons of [x, y] in pixels (y up), curves flattened. */
function outlineOf(glyph, scale) {
  const rings = [];
  let ring = [];
  let at = [0, 0];
  const push = (x, y) => {
    at = [x, y];
    ring.push([x * scale, y * scale]);
  };
  for (const { command, args } of glyph.path.commands) {
    if (command === 'moveTo') {
      if (ring.length > 1) rings.push(ring);
      ring = [];
      push(args[0], args[1]);
    } else if (command === 'lineTo') push(args[0], args[1]);
    else if (command === 'quadraticCurveTo') {
      const [x0, y0] = at;
      for (let i = 1; i <= 8; i++) {
        const t = i / 8;
        const u = 1 - t;
        push(u * u * x0 + 2 * u * t * args[0] + t * t * args[2], u * u * y0 + 2 * u * t * args[1] + t * t * args[3]);
      }
    } else if (command === 'bezierCurveTo') {
      const [x0, y0] = at;
      for (let i = 1; i <= 8; i++) {
        const t = i / 8;
        const u = 1 - t;
        const x = u * u * u * x0 + 3 * u * u * t * args[0] + 3 * u * t * t * args[2] + t * t * t * args[4];
        const y = u * u * u * y0 + 3 * u * u * t * args[1] + 3 * u * t * t * args[3] + t * t * t * args[5];
        push(x, y);
      }
    } else if (command === 'closePath') {
      if (ring.length > 1) rings.push(ring);
      ring = [];
    }
  }
  if (ring.length > 1) rings.push(ring);
  return rings;
}

/** Signed distance (negative inside, non-zero winding) from a point to the outline. */
function signedDistance(rings, x, y) {
  let best = Infinity;
  let winding = 0;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j];
      const [bx, by] = ring[i];
      const dx = bx - ax;
      const dy = by - ay;
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
      if (ay <= y && by > y && dx * (y - ay) - (x - ax) * dy > 0) winding++;
      else if (ay > y && by <= y && dx * (y - ay) - (x - ax) * dy < 0) winding--;
    }
  }
  const d = Math.sqrt(best);
  return winding !== 0 ? -d : d;
}

function glyphOf(font, codePoint) {
  const glyph = font.glyphForCodePoint(codePoint);
  if (glyph.id === 0) return null;
  const scale = size / font.unitsPerEm;
  const advance = Math.round(glyph.advanceWidth * scale);
  const rings = outlineOf(glyph, scale);
  // MapLibre places a glyph's top relative to a line whose baseline is the font's ascent below it.
  const ascent = Math.round(font.ascent * scale);
  if (rings.length === 0) return { id: codePoint, width: 0, height: 0, left: 0, top: -ascent, advance, bitmap: null };
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const left = Math.floor(Math.min(...xs));
  const top = Math.ceil(Math.max(...ys));
  const width = Math.ceil(Math.max(...xs)) - left;
  const height = top - Math.floor(Math.min(...ys));
  const w = width + 2 * border;
  const h = height + 2 * border;
  const bitmap = Buffer.alloc(w * h);
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      const d = signedDistance(rings, left - border + col + 0.5, top + border - row - 0.5);
      bitmap[row * w + col] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / radius + cutoff))));
    }
  }
  return { id: codePoint, width, height, left, top: top - ascent, advance, bitmap };
}

// Protocol buffers, by hand (three messages): varints, zigzag for sint32, length-delimited fields.
const varint = (n) => {
  const bytes = [];
  let v = n >>> 0;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  bytes.push(v);
  return Buffer.from(bytes);
};
const key = (field, wire) => varint((field << 3) | wire);
const uint = (field, n) => Buffer.concat([key(field, 0), varint(n)]);
const sint = (field, n) => uint(field, (n << 1) ^ (n >> 31));
const bytes = (field, buffer) => Buffer.concat([key(field, 2), varint(buffer.length), buffer]);

function encodeGlyph(g) {
  const parts = [uint(1, g.id)];
  if (g.bitmap) parts.push(bytes(2, g.bitmap));
  parts.push(uint(3, g.width), uint(4, g.height), sint(5, g.left), sint(6, g.top), uint(7, g.advance));
  return Buffer.concat(parts);
}

for (const stack of stacks) {
  const font = fontkit.openSync(stack.file);
  const glyphs = [];
  for (let codePoint = 0; codePoint <= 255; codePoint++) {
    const glyph = glyphOf(font, codePoint);
    if (glyph) glyphs.push(bytes(3, encodeGlyph(glyph)));
  }
  const fontstack = Buffer.concat([bytes(1, Buffer.from(stack.name)), bytes(2, Buffer.from('0-255')), ...glyphs]);
  const file = bytes(1, fontstack);
  const dir = path.join(out, stack.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, '0-255.pbf'), file);
  console.log(`${stack.name}: ${glyphs.length} glyphs, ${(file.length / 1024).toFixed(0)} kB`);
}
