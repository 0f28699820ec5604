/**
 * Builds the volunteer page's service worker (src/web/features/field/sw.ts) to dist/web/sw.js after the client build, with the
 * files the page needs read from Vite's manifest: the entry, the app, the volunteer page's chunk, their
 * imports and stylesheets, and the English base catalogue (a phone set to English must open offline too).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

const ROOTS = ['index.html', 'boot.tsx', 'features/field/volunteer-page.tsx'];
const EXTRA = ['/field.webmanifest', '/field-icon.svg'];

export function fieldFiles(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) files.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of ROOTS) {
    if (!manifest[root]) throw new Error(`field service worker: ${root} is missing from the build manifest`);
    visit(root);
  }
  // The English messages the shell loads when a phone is set to English (the base catalogue, or the whole
  // catalogue in builds without one).
  const english = Object.keys(manifest).filter((key) => /messages\/en(-base)?\.ts$/.test(key));
  if (english.length === 0)
    throw new Error('field service worker: no English catalogue in the build manifest');
  for (const key of english) visit(key);
  return [...files, ...EXTRA].sort();
}

export function fieldServiceWorker(): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'lantang-field-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = join(config.root, config.build.outDir);
    },
    async closeBundle() {
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
        string,
        ManifestChunk
      >;
      const files = fieldFiles(manifest);
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      await build({
        entryPoints: [join(root, 'features/field/sw.ts')],
        outfile: join(outDir, 'sw.js'),
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2020',
        define: { __FIELD_FILES__: JSON.stringify(files), __FIELD_VERSION__: JSON.stringify(version) },
        logLevel: 'warning',
      });
    },
  };
}
