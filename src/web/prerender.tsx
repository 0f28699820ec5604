/**
 * Renders the pages a participant or new user opens first (sign-in, and the code step of joining) to HTML
 * at build time, so they paint before any script has run; the client then hydrates them. Nobody is signed
 * in here, as on the client's first render, and nothing touches the DOM while rendering.
 */
import { locationStub } from 'preact-iso/prerender';
import { renderToString } from 'preact-render-to-string';
import type { Locale } from '#core/i18n/locales.ts';
import { en } from '#core/i18n/messages/en.ts';
import { App } from './app/app.tsx';
import { applyLocale, type MessageKey, provideCatalogue, t, titleFor } from './app/i18n.ts';

/** The prerendered paths, each with the key of its page title. */
export const PRERENDERED_PAGES = { '/login': 'login.title', '/join': 'join.title' } as const satisfies Record<
  string,
  MessageKey
>;

export type PrerenderedPath = keyof typeof PRERENDERED_PAGES;

export interface RenderedPage {
  /** The markup that goes inside `#app`. */
  html: string;
  /** The document title the page sets once it runs. */
  title: string;
}

export async function renderPage(path: PrerenderedPath, lang: Locale): Promise<RenderedPage> {
  provideCatalogue('en', en);
  await applyLocale(lang, false);
  locationStub(path);
  return { html: renderToString(<App />), title: titleFor(t(PRERENDERED_PAGES[path])) };
}
