/** One question on its own screen: the question, large options (or a number or text), an optional note. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { fmt, t } from '#web/app/i18n.ts';
import { seededShuffle } from './logic.ts';
import { local } from './text.ts';
import type { Answer, LocalText, RespondentItem } from './types.ts';

/** The words around a question in one language; a preview passes its own, independent of the interface's. */
export interface ItemWords {
  t: typeof t;
  local: (text: LocalText | undefined) => string;
  number: (value: number) => string;
}

const INTERFACE_WORDS: ItemWords = { t, local, number: (value) => fmt.number(value) };

function parseNumber(raw: string): number | null {
  const clean = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (clean === '') return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : Number.NaN;
}

export function ItemView({
  item,
  index,
  total,
  answer,
  note,
  seed,
  onAnswer,
  onNote,
  words = INTERFACE_WORDS,
  embedded = false,
}: {
  item: RespondentItem;
  index: number;
  total: number;
  answer: Answer | undefined;
  note: string;
  seed: string;
  onAnswer: (answer: Answer | null) => void;
  onNote: (note: string) => void;
  words?: ItemWords;
  /** Shown inside another page (the editor's preview): it neither takes the focus nor scrolls the page. */
  embedded?: boolean;
}) {
  const { t, local } = words;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [raw, setRaw] = useState(answer?.type === 'number' ? String(answer.value) : '');
  const [numberError, setNumberError] = useState(false);
  useEffect(() => {
    if (embedded) return;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [item.id, embedded]);

  const options =
    item.type === 'scenario' ? seededShuffle(item.options ?? [], `${seed}:${item.id}`) : (item.options ?? []);
  const hintId = item.hint ? `${id}-hint` : undefined;
  const min = item.inputMin ?? 0;
  const max = item.inputMax ?? Number.MAX_SAFE_INTEGER;

  const question = (
    <>
      <p class="take__count">{t('assessment.item.number', { n: index + 1, total })}</p>
      <h1 class="take__question" id={`${id}-q`} tabIndex={-1} ref={heading}>
        {local(item.text)}
      </h1>
      {item.hint && (
        <p class="muted" id={hintId}>
          {local(item.hint)}
        </p>
      )}
    </>
  );

  let control = null;
  if (item.type === 'single_choice' || item.type === 'scenario' || item.type === 'checklist') {
    const multi = item.type === 'checklist';
    const ticked =
      answer?.type === 'options' ? answer.options : answer?.type === 'option' ? [answer.option] : [];
    control = (
      <fieldset class="choices" aria-labelledby={`${id}-q`} aria-describedby={hintId}>
        {multi && <p class="muted">{t('assessment.item.checklist')}</p>}
        {options.map((o) => (
          <label key={o.id} class="choice" data-testid="option">
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={`${id}-o`}
              value={o.id}
              checked={ticked.includes(o.id)}
              onChange={(e) => {
                if (!multi) return onAnswer({ type: 'option', option: o.id });
                const next = e.currentTarget.checked
                  ? [...ticked.filter((x) => x !== o.id), o.id]
                  : ticked.filter((x) => x !== o.id);
                onAnswer(next.length ? { type: 'options', options: next } : null);
              }}
            />
            <span>{local(o.text)}</span>
          </label>
        ))}
      </fieldset>
    );
  } else if (item.type === 'numeric') {
    const unit = local(item.unit);
    control = (
      <div class="field">
        <label class="field__label" for={`${id}-n`}>
          {t('assessment.item.answer')}
        </label>
        <div class="number-row">
          <input
            id={`${id}-n`}
            class="input input--number"
            inputMode="decimal"
            autoComplete="off"
            value={raw}
            aria-invalid={numberError ? 'true' : undefined}
            aria-describedby={[hintId, `${id}-u`, numberError ? `${id}-e` : ''].filter(Boolean).join(' ')}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setRaw(text);
              const value = parseNumber(text);
              const bad = value !== null && (Number.isNaN(value) || value < min || value > max);
              setNumberError(bad);
              if (!bad) onAnswer(value === null ? null : { type: 'number', value });
            }}
          />
          <span id={`${id}-u`} class="number-unit">
            {unit}
          </span>
        </div>
        {numberError && (
          <span class="field__error" id={`${id}-e`}>
            {t('assessment.item.range', { min: words.number(min), max: words.number(max) })}
          </span>
        )}
      </div>
    );
  } else {
    control = (
      <div class="field">
        <textarea
          id={`${id}-t`}
          class="input"
          rows={5}
          aria-labelledby={`${id}-q`}
          aria-describedby={hintId}
          value={answer?.type === 'text' ? answer.value : ''}
          onInput={(e) => {
            const value = e.currentTarget.value;
            onAnswer(value.trim() ? { type: 'text', value } : null);
          }}
        />
      </div>
    );
  }

  return (
    <div data-testid="item" data-item-id={item.id} class="take__item">
      {question}
      {control}
      {item.evidence && (
        <details class="evidence" open={note !== ''}>
          <summary>{t('assessment.item.evidence')}</summary>
          <div class="field">
            <label class="field__hint" for={`${id}-ev`}>
              {local(item.evidence)}
            </label>
            <textarea
              id={`${id}-ev`}
              class="input input--small"
              rows={2}
              value={note}
              aria-describedby={`${id}-evh`}
              onInput={(e) => onNote(e.currentTarget.value)}
            />
            <span class="field__hint" id={`${id}-evh`}>
              {t('assessment.item.evidenceHint')}
            </span>
          </div>
        </details>
      )}
    </div>
  );
}
