// Bundles the server and the CLI for production. Packages stay external: bundling breaks pg and PGlite.
import { build } from 'esbuild';

await build({
  entryPoints: { 'server/main': 'src/server/main.ts', 'cli/main': 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
