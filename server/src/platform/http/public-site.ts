import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { access } from './access';
import { staticCompression } from './compression';

/** Where `vite build --config web/site/vite.config.ts` writes the light public site. */
export const siteDistDir = path.resolve(import.meta.dirname, '../../../../dist/site');

/**
 * The public areas of the light site (web/site): each address prefix gets its HTML entry for the
 * prefix itself and every path below it (the page's own router picks the page). To add an area,
 * add its entry here and in web/site/vite.config.ts (see docs/ARCHITECTURE.md, "Public site").
 */
export const publicSitePages: readonly { prefix: string; entry: string }[] = [
  { prefix: '/info', entry: 'info.html' },
  { prefix: '/lapor', entry: 'lapor.html' },
  { prefix: '/statistik', entry: 'statistik.html' },
];

/**
 * Serves the public site: its pages (public, no session needed, nothing stored in the browser) and
 * its assets under /site/. The service worker may control the public areas, never the staff client.
 */
export async function registerPublicSite(app: FastifyInstance, root: string = siteDistDir): Promise<void> {
  const options = { config: { access: access.public() }, schema: { hide: true }, compress: staticCompression };
  for (const { prefix, entry } of publicSitePages) {
    const sendEntry = async (_request: unknown, reply: FastifyReply) => sendSiteFile(reply, root, entry, 'no-cache');
    app.get(prefix, options, sendEntry);
    app.get(`${prefix}/*`, options, sendEntry);
  }
  app.get('/site/*', options, async (request, reply) => {
    const relative = decodeURIComponent(request.url.split('?')[0] ?? '').slice('/site/'.length);
    const file = path.normalize(path.join(root, relative));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return reply.callNotFound();
    if (relative === 'sw.js') reply.header('service-worker-allowed', '/');
    const immutable = relative.startsWith('assets/');
    return sendSiteFile(reply, root, path.relative(root, file), immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
}

/** Sends a built file (reply.sendFile comes from @fastify/static, registered by the web client). */
async function sendSiteFile(reply: FastifyReply, root: string, file: string, cacheControl: string) {
  if (!fs.existsSync(path.join(root, file))) {
    return reply.status(503).type('text/plain').send('The public site is not built: run `npm run build`.');
  }
  if (file.endsWith('.webmanifest')) reply.type('application/manifest+json');
  return reply.header('cache-control', cacheControl).sendFile(file, root, { cacheControl: false });
}
