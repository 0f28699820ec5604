/** Which language to show, decided without touching the DOM (so it can be tested). */
import { DEFAULT_LOCALE, isLocale, type Locale } from '#core/i18n/locales.ts';

export const LANG_COOKIE = 'lantang_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Reads `lantang_lang` from a `document.cookie` string; null when absent or not a supported locale. */
export function localeFromCookie(cookie: string): Locale | null {
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === LANG_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      return isLocale(value) ? value : null;
    }
  }
  return null;
}

/**
 * The signed-in user's saved choice wins; otherwise the cookie set on the sign-in or join page;
 * otherwise Indonesian (the browser's language is deliberately not used: the platform speaks Indonesian
 * first, and the switch is one tap away).
 */
export function resolveLocale(input: { userLocale?: string | null; cookie?: string | null }): Locale {
  if (isLocale(input.userLocale)) return input.userLocale;
  if (isLocale(input.cookie)) return input.cookie;
  return DEFAULT_LOCALE;
}

export function langCookie(locale: Locale): string {
  return `${LANG_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}
