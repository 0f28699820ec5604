import { render } from 'preact';
import { App } from './app/app.tsx';
import { applyLocale } from './app/i18n.ts';
import { localeFromCookie, resolveLocale } from './app/locale.ts';
import { loadMe } from './app/session.ts';
import './styles.css';

async function start(): Promise<void> {
  // The first paint is already in the chosen language: English is fetched before rendering if chosen.
  await applyLocale(resolveLocale({ cookie: localeFromCookie(document.cookie) }), false);
  void loadMe();
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

void start();
