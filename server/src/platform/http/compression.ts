import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compression of the built clients' files (HTML, JS, CSS, SVG, manifests, GeoJSON): the public
 * pages must load on a cheap phone over a slow connection. Only routes that opt in with
 * `compress: staticCompression` are compressed; API answers are not, so no secret-bearing body is
 * ever compressed next to attacker-chosen text (BREACH), and a reverse proxy may still add its own.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: false,
    encodings: ['br', 'gzip'],
    // Quality 5 compresses nearly as well as 11 on these files at a fraction of the CPU.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}

/** Route option for the static files of the staff client and the public site. */
export const staticCompression = {
  threshold: 1024,
  customTypes: /^(text\/(html|css|javascript|plain)|application\/(javascript|json|manifest\+json|geo\+json)|image\/svg\+xml)\b/,
};
