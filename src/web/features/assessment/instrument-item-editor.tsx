/** The form for one item: id, dimension, scoring, texts, and the options, maximum or bands of its type. */
import type { Ref } from 'preact';
import type { Band, Dimension, Item, Level, Option } from '#core/assessment/model.ts';
import type { FieldIssue } from '#core/errors.ts';
import { t } from '#web/app/i18n.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Checkbox, Field, Select } from '#web/components/ui/field.tsx';
import { moveAt, nextOptionId, removeAt, replaceAt } from './instrument-edit.ts';
import { issueText, NumberField, TextPair } from './instrument-fields.tsx';
import { LEVEL_LABEL, LEVEL_ORDER } from './labels.ts';
import { local } from './text.ts';

export const TYPE_LABEL = {
  single_choice: 'instruments.type.single_choice',
  scenario: 'instruments.type.scenario',
  checklist: 'instruments.type.checklist',
  numeric: 'instruments.type.numeric',
  open_text: 'instruments.type.open_text',
} as const;

type Issues = Map<string, FieldIssue>;

const pairIssues = (issues: Issues, path: string) => ({
  id: issues.get(`${path}.id`),
  en: issues.get(`${path}.en`),
});

function OptionsEditor({
  item,
  issues,
  readOnly,
  onChange,
}: {
  item: Extract<Item, { options: Option[] }>;
  issues: Issues;
  readOnly: boolean;
  onChange: (options: Option[]) => void;
}) {
  const options = item.options;
  const hint =
    item.type === 'scenario'
      ? t('instruments.options.hintScenario')
      : item.type === 'checklist'
        ? t('instruments.options.hintChecklist')
        : t('instruments.options.hintChoice');
  return (
    <fieldset class="ied-sub" data-testid="options">
      <legend>{t('instruments.options.title')}</legend>
      <p class="field__hint">{hint}</p>
      {options.map((option, j) => {
        const n = j + 1;
        const set = (next: Option) => onChange(replaceAt(options, j, next));
        return (
          <fieldset key={j} class="ied-row" data-testid="option-row">
            <legend>{t('instruments.option.label', { n })}</legend>
            <div class="row">
              <div class="ied-narrow">
                <Field
                  label={t('instruments.option.id')}
                  value={option.id}
                  onValue={(id) => set({ ...option, id })}
                  readOnly={readOnly}
                  maxLength={20}
                  class="input--id"
                  autoComplete="off"
                  spellcheck={false}
                  error={issueText(issues.get(`options.${j}.id`), t('instruments.option.id'))}
                  data-testid="option-id"
                />
              </div>
              <div class="ied-narrow">
                <NumberField
                  label={t('instruments.option.points')}
                  value={option.points}
                  onValue={(points) => set({ ...option, points: points ?? 0 })}
                  issue={issues.get(`options.${j}.points`)}
                  readOnly={readOnly}
                  testId="option-points"
                />
              </div>
            </div>
            <TextPair
              label={t('instruments.option.text')}
              value={option.text}
              onValue={(text) => set({ ...option, text })}
              issues={pairIssues(issues, `options.${j}.text`)}
              readOnly={readOnly}
              maxLength={600}
              testId="option-text"
            />
            {!readOnly && (
              <div class="ied-actions">
                <Button
                  variant="ghost"
                  size="small"
                  disabled={j === 0}
                  aria-label={t('instruments.option.moveUp', { n })}
                  onClick={() => onChange(moveAt(options, j, j - 1))}
                >
                  ↑
                </Button>
                <Button
                  variant="ghost"
                  size="small"
                  disabled={j === options.length - 1}
                  aria-label={t('instruments.option.moveDown', { n })}
                  onClick={() => onChange(moveAt(options, j, j + 1))}
                >
                  ↓
                </Button>
                <Button
                  variant="danger"
                  size="small"
                  disabled={options.length <= 2}
                  onClick={() => onChange(removeAt(options, j))}
                >
                  {t('instruments.option.remove', { n })}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <Button
          variant="secondary"
          onClick={() =>
            onChange([
              ...options,
              {
                id: nextOptionId(options.map((o) => o.id)),
                points: item.type === 'checklist' ? 1 : 0,
                text: { id: '', en: '' },
              },
            ])
          }
          data-testid="option-add"
        >
          {t('instruments.option.add')}
        </Button>
      )}
    </fieldset>
  );
}

function BandsEditor({
  bands,
  issues,
  readOnly,
  onChange,
}: {
  bands: Band[];
  issues: Issues;
  readOnly: boolean;
  onChange: (bands: Band[]) => void;
}) {
  return (
    <fieldset class="ied-sub" data-testid="bands">
      <legend>{t('instruments.bands.title')}</legend>
      <p class="field__hint">{t('instruments.bands.hint')}</p>
      {bands.map((band, j) => {
        const n = j + 1;
        const set = (next: Band) => onChange(replaceAt(bands, j, next));
        return (
          <fieldset key={j} class="ied-row" data-testid="band-row">
            <legend>{t('instruments.band.label', { n })}</legend>
            <div class="row">
              <div class="ied-narrow">
                <NumberField
                  label={t('instruments.band.min')}
                  value={band.min}
                  nullable
                  placeholder={t('instruments.band.open')}
                  onValue={(min) => set({ ...band, min })}
                  issue={issues.get(`bands.${j}.min`)}
                  readOnly={readOnly}
                  testId="band-min"
                />
              </div>
              <div class="ied-narrow">
                <NumberField
                  label={t('instruments.band.max')}
                  value={band.max}
                  nullable
                  placeholder={t('instruments.band.open')}
                  onValue={(max) => set({ ...band, max })}
                  issue={issues.get(`bands.${j}.max`)}
                  readOnly={readOnly}
                  testId="band-max"
                />
              </div>
              <div class="ied-narrow">
                <NumberField
                  label={t('instruments.band.points')}
                  value={band.points}
                  onValue={(points) => set({ ...band, points: points ?? 0 })}
                  issue={issues.get(`bands.${j}.points`)}
                  readOnly={readOnly}
                  testId="band-points"
                />
              </div>
            </div>
            {!readOnly && (
              <div class="ied-actions">
                <Button
                  variant="danger"
                  size="small"
                  disabled={bands.length <= 1}
                  onClick={() => onChange(removeAt(bands, j))}
                >
                  {t('instruments.band.remove', { n })}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <Button
          variant="secondary"
          onClick={() => onChange([...bands, { min: bands.at(-1)?.max ?? null, max: null, points: 0 }])}
          data-testid="band-add"
        >
          {t('instruments.band.add')}
        </Button>
      )}
    </fieldset>
  );
}

/** Problems no single input shows (too few options, no points at all), in words, at the top of the item. */
function blockLabel(field: string, item: Item): string {
  if (/\.options(\.|$)/.test(field)) return t('instruments.options.title');
  if (/\.bands(\.|$)/.test(field)) return t('instruments.bands.title');
  return item.id;
}

export function ItemEditor({
  item,
  index,
  dimensions,
  issues,
  readOnly,
  onChange,
  focusRef,
}: {
  item: Item;
  index: number;
  dimensions: Dimension[];
  /** Issues of this item keyed by anchor (see locateIssue); '' for the item as a whole. */
  issues: Issues;
  readOnly: boolean;
  onChange: (item: Item) => void;
  /** The editor itself, focused when it opens on a problem. */
  focusRef?: Ref<HTMLDivElement>;
}) {
  const dimension = dimensions.find((d) => d.id === item.dimension) ?? null;
  const blockIssue = issues.get('');
  const dimensionIssue =
    issues.get('dimension') ?? (item.dimension !== null ? issues.get('level') : undefined);
  const set = (patch: Partial<Item>) => onChange({ ...item, ...patch } as Item);
  return (
    <div class="ied-editor" ref={focusRef} tabIndex={-1} data-testid="item-editor" data-item-id={item.id}>
      <h3>
        {t('instruments.item.editing', { n: index + 1, id: item.id })}{' '}
        <span class="badge">{t(TYPE_LABEL[item.type])}</span>
      </h3>
      {blockIssue && (
        <Alert tone="error">
          <p data-testid="item-issue">{issueText(blockIssue, blockLabel(blockIssue.field, item))}</p>
        </Alert>
      )}
      <div class="row">
        <Field
          label={t('instruments.item.id')}
          hint={t('instruments.item.idHint')}
          value={item.id}
          onValue={(id) => set({ id })}
          readOnly={readOnly}
          maxLength={40}
          class="input--id"
          autoComplete="off"
          spellcheck={false}
          error={issueText(issues.get('id'), t('instruments.item.id'))}
          data-testid="item-id"
        />
      </div>
      <div class="row">
        <Select
          label={t('instruments.item.dimension')}
          value={item.dimension ?? ''}
          disabled={readOnly}
          onValue={(value) => {
            const chosen = dimensions.find((d) => d.id === value);
            set(chosen ? { dimension: chosen.id, level: chosen.level } : { dimension: null });
          }}
          options={[
            { value: '', label: t('instruments.item.noDimension') },
            ...dimensions.map((d) => ({ value: d.id, label: `${d.id} · ${local(d.name)}` })),
          ]}
          error={issueText(dimensionIssue, t('instruments.item.dimension'))}
          data-testid="item-dimension"
        />
        {dimension ? (
          <p class="muted ied-level">
            {t('instruments.item.levelFollows', { level: t(LEVEL_LABEL[dimension.level]) })}
          </p>
        ) : (
          <Select
            label={t('instruments.item.level')}
            value={item.level}
            disabled={readOnly}
            onValue={(level) => set({ level: level as Level })}
            options={LEVEL_ORDER.map((l) => ({ value: l, label: t(LEVEL_LABEL[l]) }))}
            error={issueText(issues.get('level'), t('instruments.item.level'))}
          />
        )}
      </div>
      {item.type === 'open_text' ? (
        <p class="muted">{t('instruments.item.neverScored')}</p>
      ) : readOnly ? (
        <p class="muted">{item.scored ? t('instruments.item.scored') : t('instruments.item.unscored')}</p>
      ) : (
        <Checkbox
          label={t('instruments.item.scored')}
          checked={item.scored}
          onValue={(scored) => set({ scored })}
        />
      )}
      <TextPair
        label={t('instruments.item.text')}
        value={item.text}
        onValue={(text) => set({ text })}
        issues={pairIssues(issues, 'text')}
        multiline
        readOnly={readOnly}
        maxLength={1200}
        testId="item-text"
      />
      <TextPair
        label={t('instruments.item.hint')}
        hint={t('instruments.item.optionalPair')}
        value={item.hint ?? { id: '', en: '' }}
        onValue={(hint) => set({ hint })}
        issues={pairIssues(issues, 'hint')}
        readOnly={readOnly}
        maxLength={600}
      />
      <TextPair
        label={t('instruments.item.evidence')}
        hint={t('instruments.item.optionalPair')}
        value={item.evidence ?? { id: '', en: '' }}
        onValue={(evidence) => set({ evidence })}
        issues={pairIssues(issues, 'evidence')}
        readOnly={readOnly}
        maxLength={600}
      />
      {(item.type === 'single_choice' || item.type === 'scenario' || item.type === 'checklist') && (
        <OptionsEditor
          item={item}
          issues={issues}
          readOnly={readOnly}
          onChange={(options) => onChange({ ...item, options })}
        />
      )}
      {item.type === 'checklist' && (
        <NumberField
          label={t('instruments.checklist.max')}
          hint={t('instruments.checklist.maxHint')}
          value={item.max}
          onValue={(max) => onChange({ ...item, max: max ?? 0 })}
          issue={issues.get('max')}
          readOnly={readOnly}
        />
      )}
      {item.type === 'numeric' && (
        <>
          <TextPair
            label={t('instruments.numeric.unit')}
            value={item.unit}
            onValue={(unit) => onChange({ ...item, unit })}
            issues={pairIssues(issues, 'unit')}
            readOnly={readOnly}
            maxLength={40}
            testId="item-unit"
          />
          <div class="row">
            <NumberField
              label={t('instruments.numeric.inputMin')}
              value={item.inputMin}
              onValue={(inputMin) => onChange({ ...item, inputMin: inputMin ?? 0 })}
              issue={issues.get('inputMin')}
              readOnly={readOnly}
            />
            <NumberField
              label={t('instruments.numeric.inputMax')}
              value={item.inputMax}
              onValue={(inputMax) => onChange({ ...item, inputMax: inputMax ?? 0 })}
              issue={issues.get('inputMax')}
              readOnly={readOnly}
            />
          </div>
          <BandsEditor
            bands={item.bands}
            issues={issues}
            readOnly={readOnly}
            onChange={(bands) => onChange({ ...item, bands })}
          />
        </>
      )}
    </div>
  );
}
