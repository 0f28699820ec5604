import { isLocale, type Locale, localeFromAcceptLanguage } from '#core/i18n/locales.ts';
import { en } from '#core/i18n/messages/en.ts';
import { id, type MessageKey } from '#core/i18n/messages/id.ts';
import { createTranslator, type Translator } from '#core/i18n/translate.ts';

const translators: Record<Locale, Translator<MessageKey>> = {
  id: createTranslator('id', id),
  en: createTranslator('en', en),
};

export function translatorFor(locale: Locale): Translator<MessageKey> {
  return translators[locale];
}

/** The language of a request before we know the user: the `lantang_lang` cookie, then Accept-Language. */
export function requestLocale(cookieLang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(cookieLang)) return cookieLang;
  return localeFromAcceptLanguage(acceptLanguage);
}
