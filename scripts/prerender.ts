// Writes dist/web/prerendered/<page>.<locale>.html after the client build: index.html with the page's
// markup inside #app, <html lang> and the title set, and the stylesheet inlined so the first paint needs
// no request beyond the HTML. The server picks one per request (src/server/http/static.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '#core/i18n/locales.ts';
import { PRERENDERED_PAGES, type PrerenderedPath, renderPage } from '#web/prerender.tsx';

const WEB = 'dist/web';
const OUT = join(WEB, 'prerendered');

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function replaceOnce(html: string, search: string | RegExp, replacement: string): string {
  const found = typeof search === 'string' ? html.includes(search) : search.test(html);
  if (!found) throw new Error(`prerender: ${String(search)} not found in index.html`);
  return html.replace(search, () => replacement);
}

/** index.html with every stylesheet link replaced by the stylesheet itself. */
function inlineStyles(html: string): string {
  const links = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;
  if (!links.test(html)) throw new Error('prerender: no stylesheet link in index.html');
  return html.replace(links, (_link, href: string) => {
    const css = readFileSync(join(WEB, href), 'utf8');
    if (css.includes('</style')) throw new Error(`prerender: ${href} cannot be inlined`);
    return `<style>${css}</style>`;
  });
}

/**
 * The scripts only make the page interactive; the first paint needs none of them. Asking for them at low
 * priority keeps them from competing with the page on a slow connection.
 */
function lowPriorityScripts(html: string): string {
  if (!html.includes('<script type="module" ')) throw new Error('prerender: no module script in index.html');
  return html
    .replace(/<script type="module" /g, '<script type="module" fetchpriority="low" ')
    .replace(/<link rel="modulepreload" /g, '<link rel="modulepreload" fetchpriority="low" ');
}

type Manifest = Record<string, ManifestChunk>;

const readManifest = (): Manifest =>
  JSON.parse(readFileSync(join(WEB, '.vite/manifest.json'), 'utf8')) as Manifest;

/**
 * The app proper (src/web/boot.tsx) and the chunks it imports. Every page but the prerendered ones needs
 * it to show anything, so index.html preloads it beside the entry script, as a static import would.
 */
function appFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || key === 'index.html' || files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('boot.tsx');
  if (files.size === 0) throw new Error('prerender: boot.tsx is missing from the manifest');
  return [...files];
}

const preloads = (files: string[]) =>
  files.map((file) => `  <link rel="modulepreload" crossorigin href="${file}">\n`).join('');

function pageName(path: PrerenderedPath): string {
  return path.slice(1);
}

async function main(): Promise<void> {
  const manifest = readManifest();
  const app = appFiles(manifest);
  const index = readFileSync(join(WEB, 'index.html'), 'utf8');
  // Every other page needs the app to show anything: it downloads beside the entry script at once.
  if (!index.includes(`href="${app[0]}"`)) {
    writeFileSync(join(WEB, 'index.html'), replaceOnce(index, '</head>', `${preloads(app)}  </head>`));
  }
  // The prerendered pages fetch the app only once they are on screen (src/web/main.tsx), so the first paint
  // never waits on it, even on a fast connection where it would otherwise arrive first.
  const template = lowPriorityScripts(inlineStyles(index));
  mkdirSync(OUT, { recursive: true });
  for (const path of Object.keys(PRERENDERED_PAGES) as PrerenderedPath[]) {
    for (const lang of LOCALES as readonly Locale[]) {
      const page = await renderPage(path, lang);
      let html = replaceOnce(template, '<html lang="id">', `<html lang="${lang}">`);
      html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
      html = replaceOnce(html, '<div id="app"></div>', `<div id="app">${page.html}</div>`);
      writeFileSync(join(OUT, `${pageName(path)}.${lang}.html`), html);
    }
  }
}

await main();
