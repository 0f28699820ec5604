/**
 * The instrument editor: name and statement, dimensions, items (reorder, add, duplicate, delete, edit), a
 * phone preview beside it, and one Save. The server decides whether a save changes the version in place or
 * makes the next one; its field errors are shown at their inputs and the edits stay as typed.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Dimension, Instrument, Item, ItemType, Level } from '#core/assessment/model.ts';
import type { FieldIssue } from '#core/errors.ts';
import { type ApiError, api, asApiError } from '#web/app/api.ts';
import { errorText, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import type { ProgrammeDetail } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { CopyDialog } from './instrument-copy.tsx';
import {
  blankDimension,
  blankItem,
  type Content,
  contentToSave,
  duplicateItem,
  followMove,
  ITEM_TYPES,
  insertAt,
  issuesFor,
  itemsWithIssues,
  linesToSteps,
  moveAt,
  remapIssues,
  removeAt,
  replaceAt,
  stepsToLines,
  updateDimension,
} from './instrument-edit.ts';
import { inLang, issueText, TextPair } from './instrument-fields.tsx';
import { ItemEditor, TYPE_LABEL } from './instrument-item-editor.tsx';
import { InstrumentPreview } from './instrument-preview.tsx';
import { LEVEL_LABEL, LEVEL_ORDER } from './labels.ts';
import { local } from './text.ts';
import './instruments.css';

interface Loaded {
  instrument: Instrument;
  builtIn: boolean;
  inUse: boolean;
  basedOn: string | null;
}

interface Saved extends Loaded {
  newVersion: boolean;
}

const STEP_BANDS = ['low', 'middle', 'high'] as const;
const STEP_LABEL = {
  low: 'instruments.dimension.steps.low',
  middle: 'instruments.dimension.steps.middle',
  high: 'instruments.dimension.steps.high',
} as const;

function contentOf(instrument: Instrument): Content {
  const { id: _id, version: _version, ...content } = structuredClone(instrument);
  return content;
}

/** Focus (and bring into view) an element once the next render has drawn it. */
function focusSoon(selector: string) {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'nearest' });
  });
}

/** The next steps of one band, typed as lines in each language (kept as typed, see linesToSteps). */
function StepLines({
  label,
  steps,
  onValue,
  issues,
  readOnly,
}: {
  label: string;
  steps: Dimension['nextSteps']['low'];
  onValue: (steps: Dimension['nextSteps']['low']) => void;
  issues: { id?: FieldIssue | undefined; en?: FieldIssue | undefined };
  readOnly: boolean;
}) {
  const [lines, setLines] = useState(() => stepsToLines(steps));
  return (
    <div class="row ied-pair">
      {(['id', 'en'] as const).map((lang) => (
        <TextArea
          key={lang}
          label={inLang(label, lang)}
          hint={t('instruments.dimension.stepsHint')}
          rows={3}
          lang={lang}
          value={lines[lang]}
          readOnly={readOnly}
          onValue={(text) => {
            const next = { ...lines, [lang]: text };
            setLines(next);
            onValue(linesToSteps(next.id, next.en));
          }}
          error={issueText(issues[lang], inLang(label, lang))}
        />
      ))}
    </div>
  );
}

function DimensionEditor({
  dimension,
  usedBy,
  issues,
  readOnly,
  onChange,
  onDelete,
}: {
  dimension: Dimension;
  usedBy: number;
  issues: Map<string, FieldIssue>;
  readOnly: boolean;
  onChange: (dimension: Dimension) => void;
  onDelete: () => void;
}) {
  const pair = (path: string) => ({ id: issues.get(`${path}.id`), en: issues.get(`${path}.en`) });
  return (
    <details class="ied-dimension" open={issues.size > 0} data-testid="dimension">
      <summary>
        <span class="ied-mono">{dimension.id}</span> · {local(dimension.name)}{' '}
        <span class="muted">({t(LEVEL_LABEL[dimension.level])})</span>
        {issues.size > 0 && (
          <span class="badge badge--problem">{t('instruments.item.problems', { count: issues.size })}</span>
        )}
      </summary>
      {issues.get('') && (
        <Alert tone="error">
          <p>{t('instruments.dimension.problems')}</p>
        </Alert>
      )}
      <div class="row">
        <Field
          label={t('instruments.dimension.id')}
          hint={t('instruments.dimension.idHint')}
          value={dimension.id}
          onValue={(id) => onChange({ ...dimension, id })}
          readOnly={readOnly}
          maxLength={40}
          class="input--id"
          spellcheck={false}
          autoComplete="off"
          error={issueText(issues.get('id'), t('instruments.dimension.id'))}
        />
        <Select
          label={t('instruments.dimension.level')}
          value={dimension.level}
          disabled={readOnly}
          onValue={(level) => onChange({ ...dimension, level: level as Level })}
          options={LEVEL_ORDER.map((l) => ({ value: l, label: t(LEVEL_LABEL[l]) }))}
          error={issueText(issues.get('level'), t('instruments.dimension.level'))}
        />
      </div>
      <TextPair
        label={t('instruments.dimension.name')}
        value={dimension.name}
        onValue={(name) => onChange({ ...dimension, name })}
        issues={pair('name')}
        readOnly={readOnly}
        maxLength={120}
      />
      <TextPair
        label={t('instruments.dimension.description')}
        value={dimension.description}
        onValue={(description) => onChange({ ...dimension, description })}
        issues={pair('description')}
        multiline
        readOnly={readOnly}
        maxLength={1200}
      />
      {STEP_BANDS.map((band) => (
        <StepLines
          key={band}
          label={t(STEP_LABEL[band])}
          steps={dimension.nextSteps[band]}
          onValue={(steps) =>
            onChange({ ...dimension, nextSteps: { ...dimension.nextSteps, [band]: steps } })
          }
          issues={pair(`nextSteps.${band}`)}
          readOnly={readOnly}
        />
      ))}
      {!readOnly && (
        <div class="ied-actions">
          <Button variant="danger" disabled={usedBy > 0} onClick={onDelete}>
            {t('instruments.dimension.delete')}
          </Button>
          {usedBy > 0 && <span class="muted">{t('instruments.dimension.usedBy', { count: usedBy })}</span>}
        </div>
      )}
    </details>
  );
}

type Pending = { kind: 'item'; index: number } | { kind: 'dimension'; index: number } | null;

function Editor({
  detail,
  loaded,
  onReload,
}: {
  detail: ProgrammeDetail;
  loaded: Loaded;
  onReload: () => void;
}) {
  const programmeId = detail.programme.id;
  const path = `/api/programmes/${encodeURIComponent(programmeId)}/instruments/${encodeURIComponent(loaded.instrument.id)}`;
  const nextKey = useRef(0);
  const newKey = () => `k${nextKey.current++}`;
  const [base, setBase] = useState<Loaded>(loaded);
  const [draft, setDraft] = useState<Content>(() => contentOf(loaded.instrument));
  const [keys, setKeys] = useState<string[]>(() => loaded.instrument.items.map(() => newKey()));
  const [open, setOpen] = useState(-1);
  const [previewAt, setPreviewAt] = useState(0);
  const [previewShown, setPreviewShown] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<{ version: number; previous: number; newVersion: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [newType, setNewType] = useState<ItemType>('single_choice');
  const [pending, setPending] = useState<Pending>(null);
  const [copying, setCopying] = useState(false);
  const editorRef = useRef<HTMLDivElement>(null);
  const readOnly = base.builtIn;
  const version = base.instrument.version;
  useTitle(`${local(draft.name) || t('instruments.title')} · ${t('instruments.version', { version })}`);

  useEffect(() => {
    if (!dirty) return;
    // Leaving the page with unsaved edits asks first (the browser's own question).
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (next: Content) => {
    setDraft(next);
    setDirty(true);
    setSaved(null);
  };
  const setItems = (items: Item[]) => change({ ...draft, items });
  /** Applies a structural change to the items, their keys, the open item, the preview and the issues. */
  const restructure = (items: Item[], nextKeys: string[], map: (index: number) => number) => {
    change({ ...draft, items });
    setKeys(nextKeys);
    setOpen((o) => (o < 0 ? o : map(o)));
    setPreviewAt((p) => Math.max(0, Math.min(items.length - 1, map(p) < 0 ? p : map(p))));
    setIssues((all) => remapIssues(all, 'items', map));
  };

  const move = (from: number, to: number, direction: 'up' | 'down') => {
    if (to < 0 || to >= draft.items.length) return;
    restructure(moveAt(draft.items, from, to), moveAt(keys, from, to), (i) => followMove(i, from, to));
    setAnnounce(t('instruments.item.moved', { id: draft.items[from]?.id ?? '', n: to + 1 }));
    const stillPossible = direction === 'up' ? to > 0 : to < draft.items.length - 1;
    focusSoon(
      `[data-move="${stillPossible ? direction : direction === 'up' ? 'down' : 'up'}"][data-index="${to}"]`,
    );
  };

  const insert = (at: number, item: Item) => {
    restructure(insertAt(draft.items, at, item), insertAt(keys, at, newKey()), (i) => (i >= at ? i + 1 : i));
    setOpen(at);
    setPreviewAt(at);
    requestAnimationFrame(() => {
      editorRef.current?.focus({ preventScroll: true });
      editorRef.current?.scrollIntoView({ block: 'start' });
    });
  };

  const removeItem = (index: number) => {
    restructure(removeAt(draft.items, index), removeAt(keys, index), (i) => followMove(i, index, null));
  };

  const removeDimension = (index: number) => {
    change({ ...draft, dimensions: removeAt(draft.dimensions, index) });
    setIssues((all) => remapIssues(all, 'dimensions', (i) => followMove(i, index, null)));
  };

  const toggle = (index: number) => {
    setOpen((o) => (o === index ? -1 : index));
    setPreviewAt(index);
  };

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const answer = await api.put<Saved>(path, {
        baseVersion: version,
        instrument: contentToSave(draft),
      });
      setIssues([]);
      setSaved({ version: answer.instrument.version, previous: version, newVersion: answer.newVersion });
      setBase(answer);
      setDirty(false);
      toast(
        answer.newVersion
          ? t('instruments.editor.savedNew', { version: answer.instrument.version, previous: version })
          : t('instruments.editor.saved', { version: answer.instrument.version }),
      );
    } catch (failure) {
      const problem = asApiError(failure);
      setError(problem);
      setIssues(problem.code === 'validation' ? problem.fields : []);
      const first = problem.code === 'validation' ? itemsWithIssues(problem.fields)[0] : undefined;
      if (first !== undefined) {
        setOpen(first);
        setPreviewAt(first);
        requestAnimationFrame(() => editorRef.current?.scrollIntoView({ block: 'start' }));
      }
    } finally {
      setBusy(false);
    }
  }

  const instrumentIssues = issuesFor(issues, 'instrument');
  const problemItems = itemsWithIssues(issues);
  const usedBy = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of draft.items) {
      if (item.dimension) counts.set(item.dimension, (counts.get(item.dimension) ?? 0) + 1);
    }
    return counts;
  }, [draft.items]);
  const openDimension = draft.dimensions.find((d) => d.id === draft.items[open]?.dimension) ?? null;

  return (
    <div class="ied">
      <div class="ied__main stack">
        <div>
          <p>
            <a href={`/p/${encodeURIComponent(programmeId)}/instruments`}>{t('instruments.editor.back')}</a>
          </p>
          <h1>{local(draft.name) || t('instruments.title')}</h1>
          <p class="row" style={{ alignItems: 'center' }}>
            {readOnly && <span class="badge badge--accent">{t('instruments.builtIn')}</span>}
            <span class="badge" data-testid="editor-version">
              {t('instruments.version', { version })}
            </span>
            <span class="muted">
              {t('instruments.counts', {
                items: draft.items.length,
                scored: draft.items.filter((i) => i.scored).length,
                dimensions: draft.dimensions.length,
              })}
            </span>
          </p>
        </div>
        {readOnly && (
          <Alert tone="info">
            <p>{t('instruments.editor.readOnly')}</p>
            <Button variant="secondary" onClick={() => setCopying(true)} data-testid="editor-copy">
              {t('instruments.copy')}
            </Button>
          </Alert>
        )}
        {!readOnly && base.inUse && (
          <Alert tone="info">
            <p data-testid="editor-in-use">{t('instruments.editor.inUse', { version, next: version + 1 })}</p>
          </Alert>
        )}

        <Card aria-labelledby="ied-general">
          <h2 id="ied-general">{t('instruments.editor.general')}</h2>
          {instrumentIssues.get('') && (
            <Alert tone="error">
              <p>{issueText(instrumentIssues.get(''), t('instruments.items.title'))}</p>
            </Alert>
          )}
          <TextPair
            label={t('instruments.editor.name')}
            value={draft.name}
            onValue={(name) => change({ ...draft, name })}
            issues={{ id: instrumentIssues.get('name.id'), en: instrumentIssues.get('name.en') }}
            readOnly={readOnly}
            maxLength={160}
            testId="instrument-name"
          />
          <TextPair
            label={t('instruments.editor.statement')}
            hint={t('instruments.editor.statementHint')}
            value={draft.anonymityStatement}
            onValue={(anonymityStatement) => change({ ...draft, anonymityStatement })}
            issues={{
              id: instrumentIssues.get('anonymityStatement.id'),
              en: instrumentIssues.get('anonymityStatement.en'),
            }}
            multiline
            readOnly={readOnly}
            maxLength={2000}
          />
        </Card>

        <Card aria-labelledby="ied-dimensions">
          <h2 id="ied-dimensions">{t('instruments.dimensions.title')}</h2>
          <p class="muted">{t('instruments.dimensions.intro')}</p>
          {draft.dimensions.map((dimension, i) => (
            <DimensionEditor
              // Dimensions are few and only added or removed: the position is a stable enough key.
              key={i}
              dimension={dimension}
              usedBy={usedBy.get(dimension.id) ?? 0}
              issues={issuesFor(issues, 'dimension', i)}
              readOnly={readOnly}
              onChange={(next) => change(updateDimension(draft, i, next))}
              onDelete={() => setPending({ kind: 'dimension', index: i })}
            />
          ))}
          {!readOnly && (
            <Button
              variant="secondary"
              onClick={() =>
                change({
                  ...draft,
                  dimensions: [
                    ...draft.dimensions,
                    blankDimension(
                      draft.dimensions.at(-1)?.level ?? 'individual',
                      draft.dimensions.map((d) => d.id),
                    ),
                  ],
                })
              }
            >
              {t('instruments.dimension.add')}
            </Button>
          )}
        </Card>

        <section aria-labelledby="ied-items">
          <h2 id="ied-items">{t('instruments.items.title')}</h2>
          <p class="muted">{t('instruments.items.count', { count: draft.items.length })}</p>
          <p class="visually-hidden" aria-live="polite">
            {announce}
          </p>
          <ol class="ied-items">
            {draft.items.map((item, i) => {
              const itemIssues = issuesFor(issues, 'item', i);
              const isOpen = open === i;
              return (
                <li
                  key={keys[i]}
                  class={`ied-item${isOpen ? ' ied-item--open' : ''}${itemIssues.size ? ' ied-item--problem' : ''}`}
                  data-testid="item-row"
                  data-item-id={item.id}
                >
                  <div class="ied-item__head">
                    <span class="ied-item__num">{i + 1}.</span>
                    <span class="ied-mono">{item.id}</span>
                    <span class="badge">{t(TYPE_LABEL[item.type])}</span>
                    {!item.scored && <span class="muted">{t('instruments.item.unscored')}</span>}
                    {itemIssues.size > 0 && (
                      <span class="badge badge--problem" data-testid="item-problems">
                        {t('instruments.item.problems', { count: itemIssues.size })}
                      </span>
                    )}
                  </div>
                  <p class="ied-item__text">{local(item.text) || t('instruments.item.noText')}</p>
                  <div class="ied-actions">
                    <Button
                      variant={isOpen ? 'primary' : 'secondary'}
                      size="small"
                      aria-expanded={isOpen}
                      onClick={() => toggle(i)}
                      data-testid="item-edit"
                    >
                      {isOpen
                        ? t('instruments.item.close')
                        : readOnly
                          ? t('instruments.view')
                          : t('instruments.item.edit')}
                    </Button>
                    {!readOnly && (
                      <>
                        <Button
                          variant="ghost"
                          size="small"
                          disabled={i === 0}
                          aria-label={t('instruments.item.moveUp', { id: item.id })}
                          data-move="up"
                          data-index={i}
                          data-testid="item-up"
                          onClick={() => move(i, i - 1, 'up')}
                        >
                          ↑
                        </Button>
                        <Button
                          variant="ghost"
                          size="small"
                          disabled={i === draft.items.length - 1}
                          aria-label={t('instruments.item.moveDown', { id: item.id })}
                          data-move="down"
                          data-index={i}
                          data-testid="item-down"
                          onClick={() => move(i, i + 1, 'down')}
                        >
                          ↓
                        </Button>
                        <Button
                          variant="ghost"
                          size="small"
                          onClick={() =>
                            insert(
                              i + 1,
                              duplicateItem(
                                item,
                                draft.items.map((x) => x.id),
                              ),
                            )
                          }
                          data-testid="item-duplicate"
                        >
                          {t('instruments.item.duplicate')}
                        </Button>
                        <Button
                          variant="danger"
                          size="small"
                          disabled={draft.items.length <= 1}
                          onClick={() => setPending({ kind: 'item', index: i })}
                          data-testid="item-delete"
                        >
                          {t('instruments.item.delete')}
                        </Button>
                      </>
                    )}
                  </div>
                  {isOpen && (
                    <ItemEditor
                      item={item}
                      index={i}
                      dimensions={draft.dimensions}
                      issues={itemIssues}
                      readOnly={readOnly}
                      focusRef={editorRef}
                      onChange={(next) => setItems(replaceAt(draft.items, i, next))}
                    />
                  )}
                </li>
              );
            })}
          </ol>
          {!readOnly && (
            <div class="row ied-add">
              <Select
                label={t('instruments.item.addType')}
                value={newType}
                onValue={(v) => setNewType(v as ItemType)}
                options={ITEM_TYPES.map((type) => ({ value: type, label: t(TYPE_LABEL[type]) }))}
                data-testid="add-item-type"
              />
              <Button
                variant="secondary"
                onClick={() =>
                  insert(
                    draft.items.length,
                    blankItem(
                      newType,
                      openDimension ?? draft.dimensions[0] ?? null,
                      draft.items.map((x) => x.id),
                    ),
                  )
                }
                data-testid="add-item"
              >
                {t('instruments.item.add')}
              </Button>
            </div>
          )}
        </section>

        <div class="ied__savebar" data-testid="save-bar">
          {error && (
            <Alert tone="error">
              <p data-testid="save-error" data-code={error.code}>
                {errorText(error)}
              </p>
              {error.code === 'validation' && problemItems.length > 0 && (
                <>
                  <p>{t('instruments.editor.problems')}</p>
                  <div class="ied-actions">
                    {problemItems.map((i) => (
                      <Button
                        key={i}
                        variant="ghost"
                        size="small"
                        onClick={() => {
                          setOpen(i);
                          setPreviewAt(i);
                          requestAnimationFrame(() => editorRef.current?.scrollIntoView({ block: 'start' }));
                        }}
                      >
                        {`${i + 1}. ${draft.items[i]?.id ?? ''}`}
                      </Button>
                    ))}
                  </div>
                </>
              )}
              {error.code === 'validation' && problemItems.length < issues.length && (
                <p>{t('instruments.editor.problemsOther')}</p>
              )}
              {error.code === 'stale_version' && (
                <Button variant="secondary" onClick={onReload} data-testid="editor-reload">
                  {t('instruments.editor.reload')}
                </Button>
              )}
            </Alert>
          )}
          {saved && (
            <Alert tone="success">
              <p
                data-testid="save-status"
                data-version={saved.version}
                data-new-version={String(saved.newVersion)}
              >
                {saved.newVersion
                  ? t('instruments.editor.savedNew', { version: saved.version, previous: saved.previous })
                  : t('instruments.editor.saved', { version: saved.version })}
              </p>
            </Alert>
          )}
          <div class="ied-actions">
            {!readOnly && (
              <Button busy={busy} onClick={() => void save()} data-testid="instrument-save">
                {t('instruments.editor.save')}
              </Button>
            )}
            <Button
              variant="secondary"
              class="ied__preview-toggle"
              aria-expanded={previewShown}
              aria-controls="ied-preview"
              onClick={() => setPreviewShown(true)}
              data-testid="preview-toggle"
            >
              {t('instruments.preview.show')}
            </Button>
            {dirty && <span class="muted">{t('instruments.editor.unsaved')}</span>}
          </div>
        </div>
      </div>

      <aside id="ied-preview" class={`ied__preview${previewShown ? ' is-open' : ''}`}>
        <Button
          variant="secondary"
          class="ied__preview-close"
          onClick={() => setPreviewShown(false)}
          data-testid="preview-close"
        >
          {t('instruments.preview.hide')}
        </Button>
        <InstrumentPreview
          content={draft}
          index={previewAt}
          itemKey={keys[previewAt] ?? ''}
          onIndex={setPreviewAt}
        />
      </aside>

      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'dimension'
            ? t('instruments.dimension.deleteTitle', { id: draft.dimensions[pending.index]?.id ?? '' })
            : t('instruments.item.deleteTitle', { id: pending ? (draft.items[pending.index]?.id ?? '') : '' })
        }
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending?.kind === 'item') removeItem(pending.index);
          if (pending?.kind === 'dimension') removeDimension(pending.index);
          setPending(null);
        }}
      >
        {pending?.kind === 'item' && <p>{t('instruments.item.deleteText')}</p>}
      </ConfirmDialog>
      <CopyDialog
        programmeId={programmeId}
        source={copying ? { ref: `${base.instrument.id}@${version}`, name: base.instrument.name } : null}
        onClose={() => setCopying(false)}
      />
    </div>
  );
}

function EditorLoader({ detail, instrumentId }: { detail: ProgrammeDetail; instrumentId: string }) {
  const resource = useResource<Loaded>(
    `/api/programmes/${encodeURIComponent(detail.programme.id)}/instruments/${encodeURIComponent(instrumentId)}`,
  );
  if (resource.error && !resource.data) return <LoadError error={resource.error} onRetry={resource.reload} />;
  // A reload (after someone else saved) shows the loading state, so the editor starts afresh on the newest.
  if (!resource.data || resource.loading) return <Loading />;
  return <Editor detail={detail} loaded={resource.data} onReload={resource.reload} />;
}

export function InstrumentEditorPage() {
  const { params } = useRoute();
  return (
    <ProgrammeGate id={params.id ?? ''} manage>
      {(detail) => <EditorLoader detail={detail} instrumentId={params.instrumentId ?? ''} />}
    </ProgrammeGate>
  );
}
