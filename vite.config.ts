import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { fieldServiceWorker } from './scripts/field-sw-plugin.ts';

/**
 * The web app lives in src/web and builds to dist/web, which the server serves with an SPA fallback.
 * In development the Vite server forwards /api to the API server on port 3000.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [preact(), fieldServiceWorker()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
