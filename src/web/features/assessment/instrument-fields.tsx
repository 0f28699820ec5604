/** Inputs of the instrument editor: a text in both languages, a number as typed, a server issue as a sentence. */
import { useEffect, useState } from 'preact/hooks';
import type { FieldIssue } from '#core/errors.ts';
import { hasMessage, type MessageKey, t } from '#web/app/i18n.ts';
import { Field, TextArea } from '#web/components/ui/field.tsx';
import { parseNumberInput } from './instrument-edit.ts';
import type { LocalText } from './types.ts';

/** The sentence for a server issue shown next to the input labelled `label`. */
export function issueText(issue: FieldIssue | undefined, label: string): string | undefined {
  if (!issue) return undefined;
  const key = `rule.${issue.rule}`;
  return t((hasMessage(key) ? key : 'rule.invalid') as MessageKey, {
    ...issue.params,
    field: label,
  });
}

export const inLang = (label: string, lang: 'id' | 'en') =>
  t('instruments.inLang', { label, lang: t(lang === 'id' ? 'instruments.lang.id' : 'instruments.lang.en') });

/** One text in Indonesian and English, side by side where there is room. */
export function TextPair({
  label,
  value,
  onValue,
  issues,
  hint,
  multiline = false,
  readOnly,
  maxLength,
  testId,
}: {
  label: string;
  value: LocalText;
  onValue: (value: LocalText) => void;
  /** Issues keyed by language (`id`, `en`). */
  issues: { id?: FieldIssue | undefined; en?: FieldIssue | undefined };
  hint?: string;
  multiline?: boolean;
  readOnly: boolean;
  maxLength: number;
  testId?: string;
}) {
  return (
    <div class="row ied-pair">
      {(['id', 'en'] as const).map((lang) => {
        const props = {
          label: inLang(label, lang),
          hint,
          value: value[lang],
          onValue: (text: string) => onValue({ ...value, [lang]: text }),
          error: issueText(issues[lang], inLang(label, lang)),
          readOnly,
          maxLength,
          lang,
          'data-testid': testId ? `${testId}-${lang}` : undefined,
        };
        return multiline ? <TextArea key={lang} rows={3} {...props} /> : <Field key={lang} {...props} />;
      })}
    </div>
  );
}

const show = (value: number | null) => (value === null ? '' : String(value));

/**
 * A number kept as typed until it reads as one ("1," stays on screen); the instrument only ever holds
 * numbers. Empty means null where `nullable`, else it is flagged like any other non-number.
 */
export function NumberField({
  label,
  value,
  onValue,
  issue,
  hint,
  nullable = false,
  placeholder,
  readOnly,
  testId,
}: {
  label: string;
  value: number | null;
  onValue: (value: number | null) => void;
  issue?: FieldIssue | undefined;
  hint?: string;
  nullable?: boolean;
  placeholder?: string;
  readOnly: boolean;
  testId?: string;
}) {
  const [raw, setRaw] = useState(show(value));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    // A change from outside (a reload, a move) shows the new value; one's own typing is left alone.
    if (parseNumberInput(raw) !== value) {
      setRaw(show(value));
      setBad(false);
    }
  }, [value]);
  return (
    <Field
      label={label}
      hint={hint}
      value={raw}
      inputMode="decimal"
      autoComplete="off"
      placeholder={placeholder}
      readOnly={readOnly}
      data-testid={testId}
      onValue={(text) => {
        setRaw(text);
        const parsed = parseNumberInput(text);
        const ok = parsed === null ? nullable : !Number.isNaN(parsed);
        setBad(!ok);
        if (ok) onValue(parsed);
      }}
      error={bad ? t('instruments.number.invalid') : issueText(issue, label)}
    />
  );
}
