/**
 * The item being edited inside a 360×640 phone screen, drawn by the respondent's own component from the
 * edited (unsaved) instrument, in either language whatever the interface's.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { instrumentForRespondent } from '#core/assessment/present.ts';
import { formatNumber } from '#core/i18n/format.ts';
import type { Locale } from '#core/i18n/locales.ts';
import { createTranslator } from '#core/i18n/translate.ts';
import { locale, type MessageKey, t } from '#web/app/i18n.ts';
import { loadBaseCatalogue } from '#web/app/messages/features.ts';
import { base as idCatalogue } from '#web/app/messages/id-base.ts';
import { Button } from '#web/components/ui/button.tsx';
import { type Content, contentToSave } from './instrument-edit.ts';
import { ItemView, type ItemWords } from './item-view.tsx';
import type { Answer, LocalText, RespondentItem } from './types.ts';

const LANG_NAMES = { id: 'Bahasa Indonesia', en: 'English' } as const;
const LANG_SHORT = { id: 'ID', en: 'EN' } as const;

type Catalogue = Readonly<Record<string, string>>;

function useWords(lang: Locale): ItemWords | null {
  const [english, setEnglish] = useState<Catalogue | null>(null);
  useEffect(() => {
    if (lang !== 'en' || english) return;
    let live = true;
    // The respondent's words live in the base catalogue (the assessment is a participants' page).
    loadBaseCatalogue('en').then(
      (messages) => {
        if (live) setEnglish(messages);
      },
      (failure: unknown) => {
        // Without the English words the preview stays in Indonesian; the console keeps the reason.
        console.error(failure);
      },
    );
    return () => {
      live = false;
    };
  }, [lang, english]);
  return useMemo(() => {
    const catalogue = lang === 'en' ? english : idCatalogue;
    if (!catalogue) return null;
    const translator = createTranslator<MessageKey>(lang, catalogue as Readonly<Record<MessageKey, string>>);
    return {
      t: translator.t,
      local: (text: LocalText | undefined) => (text ? text[lang] : ''),
      number: (value: number) => formatNumber(lang, value),
    };
  }, [lang, english]);
}

export function InstrumentPreview({
  content,
  index,
  itemKey,
  onIndex,
}: {
  content: Content;
  index: number;
  /** Stable per item, so a preview answer stays with its item. */
  itemKey: string;
  onIndex: (index: number) => void;
}) {
  const [lang, setLang] = useState<Locale>(locale.value);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const words = useWords(lang);
  const items = useMemo(
    () => instrumentForRespondent({ id: 'preview', version: 1, ...contentToSave(content) }).items,
    [content],
  );
  const total = items.length;
  const at = Math.max(0, Math.min(index, total - 1));
  const item: RespondentItem | undefined = items[at];
  return (
    <div class="ied-preview" data-testid="preview">
      <div class="ied-preview__bar">
        <h2 class="ied-preview__title">{t('instruments.preview.title')}</h2>
        <fieldset class="lang-switch">
          <legend class="visually-hidden">{t('instruments.preview.lang')}</legend>
          {(['id', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={lang === l}
              aria-label={LANG_NAMES[l]}
              data-testid={`preview-lang-${l}`}
              onClick={() => setLang(l)}
            >
              {LANG_SHORT[l]}
            </button>
          ))}
        </fieldset>
      </div>
      <p class="field__hint">{t('instruments.preview.note')}</p>
      <div class="phone" lang={lang}>
        <div class="phone__screen" data-testid="preview-screen">
          {item && words ? (
            <ItemView
              key={`${itemKey}:${lang}`}
              item={item}
              index={at}
              total={total}
              answer={answers[itemKey]}
              note={notes[itemKey] ?? ''}
              seed="preview"
              words={words}
              embedded
              onAnswer={(answer) =>
                setAnswers((all) => {
                  const { [itemKey]: _old, ...rest } = all;
                  return answer ? { ...rest, [itemKey]: answer } : rest;
                })
              }
              onNote={(note) => setNotes((all) => ({ ...all, [itemKey]: note }))}
            />
          ) : (
            <p class="muted">{t('instruments.preview.empty')}</p>
          )}
        </div>
      </div>
      <div class="ied-preview__nav">
        <Button variant="ghost" disabled={at <= 0} onClick={() => onIndex(at - 1)} data-testid="preview-prev">
          {t('instruments.preview.prev')}
        </Button>
        <Button
          variant="ghost"
          disabled={at >= total - 1}
          onClick={() => onIndex(at + 1)}
          data-testid="preview-next"
        >
          {t('instruments.preview.next')}
        </Button>
      </div>
    </div>
  );
}
