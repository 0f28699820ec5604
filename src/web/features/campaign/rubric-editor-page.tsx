/**
 * `/p/:id/campaigns/rubric`: the programme's review rubric, edited by its facilitators — criteria added,
 * removed, reordered and renamed in both languages, what each applies to, and what a 1 to a 4 looks like.
 * Checked with the server's own schema before sending; a save on a rubric someone else has changed since is
 * refused and shows what differs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { FieldIssue } from '#core/errors.ts';
import { REVIEW_TARGETS } from '#core/review/rubric.ts';
import { api, asApiError } from '#web/app/api.ts';
import { hasMessage, t, tLoose } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { useProgramme } from '#web/app/programme-store.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { Checkbox, Field, TextArea } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { localText, targetKindLabel } from './bits.tsx';
import { moveItem, toggleIn } from './list-edit.ts';
import {
  criteriaWithIssues,
  DESCRIPTOR_MAX,
  issueAt,
  MAX_CRITERIA,
  NAME_MAX,
  newCriterion,
  rubricDifference,
  rubricIssues,
  sameRubric,
} from './rubric-edit.ts';
import type { Criterion, ProgrammeRubric } from './types.ts';
import './campaign.css';

/** A field's problem in the reader's language, naming the field by the label it has on screen. */
function describe(issue: FieldIssue | undefined, label: string): string | undefined {
  if (!issue) return undefined;
  const rule = hasMessage(`rule.${issue.rule}`) ? `rule.${issue.rule}` : 'rule.invalid';
  return tLoose(rule, { ...issue.params, field: label });
}

type LocalKey = 'id' | 'en';

function CriterionEditor({
  criterion,
  index,
  count,
  issues,
  open,
  onOpen,
  onChange,
  onMove,
  onRemove,
}: {
  criterion: Criterion;
  index: number;
  count: number;
  issues: readonly FieldIssue[];
  open: boolean;
  onOpen: (open: boolean) => void;
  onChange: (next: Criterion) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const at = (path: string) => issueAt(issues, `rubric.${index}.${path}`);
  const hasIssue = issues.some((i) => i.field.startsWith(`rubric.${index}.`));
  const name = localText(criterion.name).trim();
  const setName = (lang: LocalKey, value: string) =>
    onChange({ ...criterion, name: { ...criterion.name, [lang]: value } });
  const setDescriptor = (score: number, lang: LocalKey, value: string) =>
    onChange({
      ...criterion,
      descriptors: criterion.descriptors.map((d, i) =>
        i === score ? { ...d, [lang]: value } : d,
      ) as Criterion['descriptors'],
    });
  const nameId = t('campaign.rubricEdit.nameId');
  const nameEn = t('campaign.rubricEdit.nameEn');
  const appliesLabel = t('campaign.rubricEdit.appliesTo');
  return (
    <li
      class="c-beat c-rubric-criterion"
      data-criterion={criterion.id}
      data-testid="rubric-criterion"
      data-invalid={hasIssue}
    >
      <details open={open} onToggle={(e) => onOpen(e.currentTarget.open)}>
        <summary class="c-rubric-criterion__summary" data-testid="rubric-criterion-toggle">
          <span class="c-beat__number" aria-hidden="true">
            {n}
          </span>
          <span class="c-rubric-criterion__title">
            <span class="visually-hidden">{t('campaign.rubricEdit.criterion', { n })}: </span>
            <strong data-testid="rubric-criterion-name">{name || t('campaign.rubricEdit.unnamed')}</strong>
            <span class="c-meta">{criterion.appliesTo.map(targetKindLabel).join(' · ')}</span>
          </span>
          {hasIssue && <Icon name="alert" />}
        </summary>
        <div class="c-rubric-criterion__body">
          <Field
            label={nameId}
            value={criterion.name.id}
            onValue={(v) => setName('id', v)}
            maxLength={NAME_MAX}
            error={describe(at('name.id'), nameId)}
            data-testid="rubric-name-id"
          />
          <Field
            label={nameEn}
            value={criterion.name.en}
            onValue={(v) => setName('en', v)}
            maxLength={NAME_MAX}
            lang="en"
            error={describe(at('name.en'), nameEn)}
            data-testid="rubric-name-en"
          />
          <fieldset class="c-group" data-testid="rubric-applies" data-invalid={!!at('appliesTo')}>
            <legend>{appliesLabel}</legend>
            <div class="c-checks">
              {REVIEW_TARGETS.map((target) => (
                <Checkbox
                  key={target}
                  label={targetKindLabel(target)}
                  checked={criterion.appliesTo.includes(target)}
                  onValue={(on) =>
                    onChange({
                      ...criterion,
                      appliesTo: toggleIn(criterion.appliesTo, target, on, REVIEW_TARGETS),
                    })
                  }
                />
              ))}
            </div>
            {at('appliesTo') && (
              <p class="field__error" data-testid="rubric-applies-error">
                <Icon name="alert" size={16} />
                {describe(at('appliesTo'), appliesLabel)}
              </p>
            )}
          </fieldset>
          <fieldset class="c-group">
            <legend>{t('campaign.rubricEdit.descriptors')}</legend>
            {criterion.descriptors.map((descriptor, score) => {
              const labelId = t('campaign.rubricEdit.descriptorId', { n: score + 1 });
              const labelEn = t('campaign.rubricEdit.descriptorEn', { n: score + 1 });
              return (
                <div key={score} class="c-rubric-score" data-testid="rubric-descriptor">
                  <TextArea
                    label={labelId}
                    value={descriptor.id}
                    onValue={(v) => setDescriptor(score, 'id', v)}
                    rows={2}
                    maxLength={DESCRIPTOR_MAX}
                    error={describe(at(`descriptors.${score}.id`), labelId)}
                    data-testid="rubric-descriptor-id"
                  />
                  <TextArea
                    label={labelEn}
                    value={descriptor.en}
                    onValue={(v) => setDescriptor(score, 'en', v)}
                    rows={2}
                    maxLength={DESCRIPTOR_MAX}
                    lang="en"
                    error={describe(at(`descriptors.${score}.en`), labelEn)}
                    data-testid="rubric-descriptor-en"
                  />
                </div>
              );
            })}
          </fieldset>
        </div>
      </details>
      <div class="row c-beat__actions">
        <Button
          variant="secondary"
          size="small"
          data-move="up"
          disabled={index === 0}
          aria-label={t('campaign.rubricEdit.up', { n })}
          data-testid="rubric-up"
          onClick={() => onMove(-1)}
        >
          ↑ {t('campaign.move.up')}
        </Button>
        <Button
          variant="secondary"
          size="small"
          data-move="down"
          disabled={index === count - 1}
          aria-label={t('campaign.rubricEdit.down', { n })}
          data-testid="rubric-down"
          onClick={() => onMove(1)}
        >
          ↓ {t('campaign.move.down')}
        </Button>
        <Button
          variant="ghost"
          size="small"
          disabled={count <= 1}
          aria-label={t('campaign.rubricEdit.remove', { n })}
          data-testid="rubric-remove"
          onClick={onRemove}
        >
          {t('common.delete')}
        </Button>
      </div>
    </li>
  );
}

/** A save refused because someone else saved first: what differs, then keep mine or take theirs. */
function RubricConflict({
  mine,
  theirs,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: readonly Criterion[];
  theirs: ProgrammeRubric;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const difference = rubricDifference(mine, theirs.rubric);
  return (
    <section class="card stack c-conflict" role="alert" data-testid="rubric-conflict">
      <h2>{t('campaign.rubricEdit.conflictTitle')}</h2>
      <p>{t('campaign.rubricEdit.conflictText')}</p>
      <ul>
        {difference.criteria.map((c) => (
          <li key={c.id} data-testid="rubric-conflict-item" data-change={c.change}>
            {tLoose(`campaign.rubricEdit.change.${c.change}`, {
              name: localText(c.name).trim() || t('campaign.rubricEdit.unnamed'),
            })}
          </li>
        ))}
        {difference.reordered && <li>{t('campaign.rubricEdit.reordered')}</li>}
      </ul>
      <div class="row">
        <Button busy={busy} onClick={onKeepMine} data-testid="rubric-keep-mine">
          {t('campaign.rubricEdit.keepMine')}
        </Button>
        <Button variant="secondary" onClick={onTakeTheirs} data-testid="rubric-take-theirs">
          {t('campaign.rubricEdit.takeTheirs')}
        </Button>
      </div>
    </section>
  );
}

function RubricEditor({
  programmeId,
  initial,
  manage,
}: {
  programmeId: string;
  initial: ProgrammeRubric;
  manage: boolean;
}) {
  const path = `/api/programmes/${encodeURIComponent(programmeId)}/rubric`;
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<Criterion[]>(initial.rubric);
  // Problems are shown once a save has been tried, then kept up to date while they are fixed.
  const [checked, setChecked] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [conflict, setConflict] = useState<ProgrammeRubric | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [focus, setFocus] = useState<{ id: string; dir: 'up' | 'down' } | 'invalid' | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const action = useAction();

  const issues = [...(checked ? rubricIssues(draft) : []), ...serverIssues];
  const dirty = !sameRubric(draft, saved.rubric);

  useEffect(() => {
    if (!focus) return;
    const root = list.current;
    const target =
      focus === 'invalid'
        ? root?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[data-invalid="true"] input')
        : root?.querySelector<HTMLElement>(
            `[data-criterion="${focus.id}"] [data-move="${focus.dir}"]:not(:disabled)`,
          );
    target?.focus({ preventScroll: true });
    // Centred, so that the save bar at the bottom of a phone's screen never hides the field.
    target?.scrollIntoView({ block: 'center' });
    setFocus(null);
  }, [focus]);

  const edit = (next: Criterion[]) => {
    setDraft(next);
    setServerIssues([]);
  };
  const openAlso = (ids: Iterable<string>) => setOpen(new Set([...open, ...ids]));

  async function save(rubric: Criterion[] | null, baseVersion: string) {
    if (rubric) {
      const problems = rubricIssues(rubric);
      setChecked(true);
      if (problems.length > 0) {
        openAlso([...criteriaWithIssues(problems)].map((i) => rubric[i]?.id ?? ''));
        setFocus('invalid');
        return;
      }
    }
    const result: { answer?: ProgrammeRubric; theirs?: ProgrammeRubric } = {};
    const ok = await action.run(async () => {
      try {
        result.answer = await api.put<ProgrammeRubric>(path, { rubric, baseVersion });
      } catch (failure) {
        const error = asApiError(failure);
        if (error.code === 'stale_version') result.theirs = await api.get<ProgrammeRubric>(path);
        if (error.code === 'validation') setServerIssues(error.fields);
        throw failure;
      }
    });
    if (result.theirs) setConflict(result.theirs);
    if (!ok || !result.answer) return;
    setSaved(result.answer);
    setDraft(result.answer.rubric);
    setChecked(false);
    setConflict(null);
    setConfirmReset(false);
    toast(rubric ? t('campaign.rubricEdit.saved') : t('campaign.rubricEdit.resetDone'));
  }

  return (
    <>
      <p>
        <span class={`badge ${saved.isDefault ? '' : 'badge--accent'}`} data-testid="rubric-state">
          {saved.isDefault ? t('campaign.rubricEdit.isDefault') : t('campaign.rubricEdit.isOwn')}
        </span>
      </p>
      {manage ? (
        <p class="muted">{t('campaign.rubricEdit.effect')}</p>
      ) : (
        <Alert>
          <p>{t('campaign.rubricEdit.readOnly')}</p>
        </Alert>
      )}
      {conflict && (
        <RubricConflict
          mine={draft}
          theirs={conflict}
          busy={action.busy}
          onKeepMine={() => save(draft, conflict.version)}
          onTakeTheirs={() => {
            setSaved(conflict);
            setDraft(conflict.rubric);
            setChecked(false);
            setConflict(null);
            action.setError(null);
            toast(t('campaign.rubricEdit.taken'));
          }}
        />
      )}
      <fieldset class="c-fieldset" disabled={!manage}>
        <legend class="visually-hidden">{t('campaign.rubricEdit.title')}</legend>
        <ol class="c-beats" ref={list} data-testid="rubric-criteria">
          {draft.map((criterion, index) => (
            <CriterionEditor
              key={criterion.id}
              criterion={criterion}
              index={index}
              count={draft.length}
              issues={issues}
              open={open.has(criterion.id)}
              onOpen={(isOpen) => {
                if (isOpen === open.has(criterion.id)) return;
                const next = new Set(open);
                if (isOpen) next.add(criterion.id);
                else next.delete(criterion.id);
                setOpen(next);
              }}
              onChange={(next) => edit(draft.map((c, i) => (i === index ? next : c)))}
              onMove={(delta) => {
                edit(moveItem(draft, index, delta));
                setFocus({ id: criterion.id, dir: delta < 0 ? 'up' : 'down' });
              }}
              onRemove={() => edit(draft.filter((_, i) => i !== index))}
            />
          ))}
        </ol>
        {draft.length < MAX_CRITERIA ? (
          <Button
            variant="secondary"
            data-testid="rubric-add"
            onClick={() => {
              const added = newCriterion(draft);
              edit([...draft, added]);
              openAlso([added.id]);
            }}
          >
            <Icon name="plus" />
            {t('campaign.rubricEdit.add')}
          </Button>
        ) : (
          <p class="muted">{t('campaign.rubricEdit.full', { max: MAX_CRITERIA })}</p>
        )}
      </fieldset>
      {manage && (dirty || !saved.isDefault) && (
        <div class="row">
          {dirty && (
            <Button
              variant="ghost"
              data-testid="rubric-discard"
              onClick={() => {
                edit(saved.rubric);
                setChecked(false);
              }}
            >
              {t('campaign.rubricEdit.discard')}
            </Button>
          )}
          {!saved.isDefault && (
            <Button variant="ghost" data-testid="rubric-reset" onClick={() => setConfirmReset(true)}>
              {t('campaign.rubricEdit.reset')}
            </Button>
          )}
        </div>
      )}
      {manage && (
        <div class="c-savebar" data-testid="rubric-save-bar">
          <div class="c-savebar__inner">
            <p
              class={`save-mark ${dirty ? '' : 'save-mark--saved'}`}
              data-testid="rubric-save-state"
              data-dirty={dirty}
              aria-live="polite"
            >
              {dirty ? t('campaign.save.dirty') : t('campaign.rubricEdit.clean')}
            </p>
            <Button
              busy={action.busy}
              disabled={!dirty}
              onClick={() => save(draft, saved.version)}
              data-testid="rubric-edit-save"
            >
              {t('common.save')}
            </Button>
          </div>
          {issues.length > 0 && (
            <Alert tone="error">
              <p>{t('campaign.rubricEdit.problems')}</p>
            </Alert>
          )}
          {action.error && !['stale_version', 'validation'].includes(action.error.code) && (
            <FormError error={action.error} />
          )}
        </div>
      )}
      <ConfirmDialog
        open={confirmReset}
        title={t('campaign.rubricEdit.resetTitle')}
        confirmLabel={t('campaign.rubricEdit.reset')}
        cancelLabel={t('common.cancel')}
        danger
        busy={action.busy}
        onConfirm={() => save(null, saved.version)}
        onCancel={() => setConfirmReset(false)}
      >
        <p>{t('campaign.rubricEdit.resetText', { n: saved.defaultRubric.length })}</p>
      </ConfirmDialog>
    </>
  );
}

export function RubricEditorPage() {
  const { params } = useRoute();
  const programmeId = params.id ?? '';
  const programme = useProgramme(programmeId);
  const rubric = useResource<ProgrammeRubric>(`/api/programmes/${encodeURIComponent(programmeId)}/rubric`);
  useTitle(t('campaign.rubricEdit.title'));
  if (rubric.error) return <LoadError error={rubric.error} onRetry={rubric.reload} />;
  if (!rubric.data || !programme.data) return <Loading />;
  return (
    <div class="stack c-page" data-testid="rubric-editor">
      <div class="page-head">
        <a href={`/p/${encodeURIComponent(programmeId)}/campaigns`}>← {t('campaign.list.title')}</a>
      </div>
      <header>
        <h1>{t('campaign.rubricEdit.title')}</h1>
        <p class="muted">{programme.data.programme.name}</p>
        <p>{t('campaign.rubricEdit.intro')}</p>
      </header>
      <RubricEditor programmeId={programmeId} initial={rubric.data} manage={programme.data.can.manage} />
    </div>
  );
}
