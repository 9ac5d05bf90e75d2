import path from 'node:path';
import { defineConfig } from 'vite';

// The light public site (/info, later /lapor and /statistik): Preact, no React, no router library,
// so a page's first load stays far under 100 KB compressed on a cheap phone. One HTML entry per public
// area; each loads only its own code plus the shared shell (web/site/src/shell).
const siteRoot = import.meta.dirname;
const repoRoot = path.resolve(siteRoot, '..', '..');
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  root: siteRoot,
  // Assets are served under /site/ (registerPublicSite in server/src/platform/http/public-site.ts).
  base: '/site/',
  publicDir: path.join(siteRoot, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir: path.join(repoRoot, 'dist', 'site'),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: true,
    // Add a public area here (and in publicSitePages on the server): one HTML file per area.
    rolldownOptions: { input: { info: path.join(siteRoot, 'info.html'), lapor: path.join(siteRoot, 'lapor.html'), statistik: path.join(siteRoot, 'statistik.html') } },
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': api, '/geo': api },
  },
});
