import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = import.meta.dirname;
const repoRoot = path.resolve(webRoot, '..');
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  root: webRoot,
  publicDir: path.join(webRoot, 'public'),
  plugins: [react()],
  build: {
    // The server serves this folder (registerWebClient in server/src/app.ts).
    outDir: path.join(repoRoot, 'dist', 'web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: a separate chunk stays cached across releases.
        // ECharts and its renderer go apart, loaded only with the dashboards page that uses them
        // (in the vendor chunk they would weigh on every first visit); so does MapLibre (a megabyte),
        // fetched only by the map pages.
        codeSplitting: {
          groups: [
            { name: 'charts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 2 },
            { name: 'maplibre', test: /node_modules[\\/](maplibre-gl|@maplibre|@mapbox|earcut|kdbush|pbf|potpack|quickselect|tinyqueue|gl-matrix|murmurhash-js|supercluster|h3-js)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': api, '/healthz': api, '/readyz': api },
  },
});
