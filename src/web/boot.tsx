import { hydrate, render } from 'preact';
import { isLocale } from '#core/i18n/locales.ts';
import { App } from './app/app.tsx';
import { applyLocale } from './app/i18n.ts';
import { localeFromCookie, resolveLocale } from './app/locale.ts';
import { loadMe } from './app/session.ts';

/** Starts the app in `root`, hydrating the markup already there (a prerendered page) or rendering it. */
export async function start(root: HTMLElement): Promise<void> {
  // Sign-in and join arrive prerendered, in the language the server chose by the rule below; the markup's
  // language is kept so the first render matches it. Elsewhere the first paint is already in the chosen
  // language too: English is fetched before rendering if chosen.
  const prerendered = root.firstElementChild !== null;
  const markupLang = document.documentElement.lang;
  await applyLocale(
    prerendered && isLocale(markupLang)
      ? markupLang
      : resolveLocale({ cookie: localeFromCookie(document.cookie) }),
    false,
  );
  void loadMe();
  if (!prerendered) {
    render(<App />, root);
    markReady();
    return;
  }
  // Whatever was typed before the app took the page over is handed to it as if typed now.
  const typed = [...root.querySelectorAll('input')].filter((input) => input.value !== input.defaultValue);
  hydrate(<App />, root);
  for (const input of typed) input.dispatchEvent(new Event('input', { bubbles: true }));
  markReady();
}

/** `<html data-app="ready">` once the app runs the page: browser tests wait for it before using the app. */
function markReady(): void {
  document.documentElement.dataset.app = 'ready';
}
