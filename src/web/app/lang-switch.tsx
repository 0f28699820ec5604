import { LOCALES } from '#core/i18n/locales.ts';
import { locale, t } from './i18n.ts';
import { chooseLocale } from './session.ts';

const NAMES = { id: 'Bahasa Indonesia', en: 'English' } as const;
const SHORT = { id: 'ID', en: 'EN' } as const;

/** Two buttons, each named in its own language so a reader of either finds theirs. */
export function LangSwitch() {
  return (
    <fieldset class="lang-switch" data-testid="lang-switch">
      <legend class="visually-hidden">{t('lang.label')}</legend>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          data-lang={l}
          aria-pressed={locale.value === l}
          aria-label={NAMES[l]}
          onClick={() => void chooseLocale(l)}
        >
          {SHORT[l]}
        </button>
      ))}
    </fieldset>
  );
}
