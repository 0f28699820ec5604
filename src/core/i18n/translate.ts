import type { Locale } from './locales.ts';

export type Catalogue = Readonly<Record<string, string>>;
export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export interface Translator<K extends string> {
  locale: Locale;
  t: (key: K, params?: Params) => string;
  has: (key: string) => key is K;
}

export function createTranslator<K extends string>(
  locale: Locale,
  catalogue: Readonly<Record<K, string>>,
): Translator<K> {
  const has = (key: string): key is K => Object.hasOwn(catalogue, key);
  return {
    locale,
    has,
    // A missing key shows the key itself rather than an empty string: visible, and caught by the tests.
    t: (key, params) => interpolate(has(key) ? catalogue[key] : key, params),
  };
}
