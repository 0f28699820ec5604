import { describe, expect, it } from 'vitest';
import { langCookie, localeFromCookie, resolveLocale } from './locale.ts';

describe('locale', () => {
  it('reads the language cookie', () => {
    expect(localeFromCookie('a=1; lantang_lang=en; b=2')).toBe('en');
    expect(localeFromCookie('lantang_lang=fr')).toBeNull();
    expect(localeFromCookie('')).toBeNull();
  });

  it('prefers the account, then the cookie, then Indonesian', () => {
    expect(resolveLocale({ userLocale: 'en', cookie: 'id' })).toBe('en');
    expect(resolveLocale({ userLocale: null, cookie: 'en' })).toBe('en');
    expect(resolveLocale({})).toBe('id');
    expect(resolveLocale({ userLocale: 'xx', cookie: 'yy' })).toBe('id');
  });

  it('writes a one-year, site-wide, Lax cookie', () => {
    expect(langCookie('en')).toBe('lantang_lang=en; path=/; max-age=31536000; SameSite=Lax');
  });
});
