import { type Locale, localeFromAcceptLanguage } from '#core/i18n/locales.ts';
import type { MessageKey } from '#core/i18n/messages/id.ts';
import type { Params } from '#core/i18n/translate.ts';
import { translatorFor } from './http/i18n.ts';

/** The terminal's language, from LANTANG_LANG or the system's LANG (`en_US.UTF-8` → en); Indonesian otherwise. */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const raw = env.LANTANG_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return localeFromAcceptLanguage(raw.replace('_', '-').split('.')[0]);
}

export function tt(key: MessageKey, params?: Params): string {
  return translatorFor(terminalLocale()).t(key, params);
}
