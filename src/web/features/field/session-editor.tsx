/**
 * One form for a field session, new or existing: place and time window, variants (a session's own as rows
 * that keep their id, new ones by line or from the programme's posters), extra buttons, teams and how long
 * photos and quotes are kept. A variant or button that already has responses can be renamed, not removed;
 * the server holds the same rule and says so if the counts moved meanwhile.
 */
import { useState } from 'preact/hooks';
import type { FieldIssue } from '#core/errors.ts';
import { describeFieldIssue } from '#core/i18n/error-message.ts';
import { type ApiError, api } from '#web/app/api.ts';
import { fieldText, fmt, hasMessage, locale, t, tLoose } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import type { Team } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { type Resource, useResource } from '#web/app/use-api.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Checkbox, Field, Select, TextArea } from '#web/components/ui/field.tsx';
import {
  createBody,
  draftOf,
  type EditableSession,
  type ExtraChoice,
  extraChoices,
  issuePart,
  issuesByVariant,
  newDraft,
  type PosterChoice,
  type SessionDraft,
  updateBody,
  type VariantRow,
} from './session-form.ts';
import type { FieldSummary } from './types.ts';

type Campaigns = Resource<{ campaigns: Array<{ id: string; title: string; team: { name: string } | null }> }>;
type Assets = { assets: Array<{ id: string; title: string; kind: string }> };

const issueText = (issue: FieldIssue) => describeFieldIssue(tLoose, issue, hasMessage);
const campaignLabel = (c: { title: string; team: { name: string } | null }) =>
  c.team ? `${c.title} · ${c.team.name}` : c.title;
const toggle = (list: string[], value: string, on: boolean) =>
  on ? [...list, value] : list.filter((v) => v !== value);

/** Posters of the programme's campaign plans, to test as new variants (each keeps its link to its plan). */
function PosterPicker({
  campaigns,
  chosen,
  onChosen,
}: {
  campaigns: Campaigns;
  chosen: PosterChoice[];
  onChosen: (next: PosterChoice[]) => void;
}) {
  const [campaignId, setCampaignId] = useState('');
  const assets = useResource<Assets>(
    campaignId ? `/api/campaigns/${encodeURIComponent(campaignId)}/assets` : null,
  );
  const list = campaigns.data?.campaigns ?? [];
  if (list.length === 0) return null;
  return (
    <fieldset class="field-form__set">
      <legend>{t('field.form.posters')}</legend>
      <p class="field__hint">{t('field.form.postersHint')}</p>
      <Select
        label={t('field.form.campaign')}
        value={campaignId}
        onValue={setCampaignId}
        options={[
          { value: '', label: t('field.form.campaignNone') },
          ...list.map((c) => ({ value: c.id, label: campaignLabel(c) })),
        ]}
      />
      {campaignId &&
        (assets.data?.assets ?? [])
          .filter((a) => a.kind === 'poster')
          .map((a) => (
            <Checkbox
              key={a.id}
              label={a.title}
              checked={chosen.some((p) => p.assetId === a.id)}
              onValue={(on) =>
                onChosen(
                  on
                    ? [...chosen, { campaignId, assetId: a.id, name: a.title }]
                    : chosen.filter((p) => p.assetId !== a.id),
                )
              }
            />
          ))}
    </fieldset>
  );
}

/** One of the session's variants: its name, tracked link's target and plan; removable while it has no responses. */
function VariantEditor({
  n,
  row,
  issues,
  campaigns,
  onRow,
}: {
  n: number;
  row: VariantRow;
  issues: FieldIssue[];
  campaigns: Campaigns;
  onRow: (next: VariantRow) => void;
}) {
  const assets = useResource<Assets>(
    row.campaignId ? `/api/campaigns/${encodeURIComponent(row.campaignId)}/assets` : null,
  );
  const plans = campaigns.data?.campaigns ?? [];
  const about = (part: string) => {
    const found = issues.filter((i) => issuePart(i) === part);
    return found.length > 0 ? found.map(issueText).join(' ') : undefined;
  };
  const posters = (assets.data?.assets ?? []).filter((a) => a.kind === 'poster');
  return (
    <li class={`field-variant${row.remove ? ' field-variant--removed' : ''}`} data-testid="field-variant-row">
      <Field
        label={t('field.form.variantName', { n })}
        value={row.name}
        onValue={(name) => onRow({ ...row, name })}
        disabled={row.remove}
        error={about('name')}
      />
      <Field
        label={t('field.form.variantTarget', { n })}
        type="url"
        inputMode="url"
        value={row.targetUrl}
        onValue={(targetUrl) => onRow({ ...row, targetUrl })}
        disabled={row.remove}
        error={about('targetUrl')}
      />
      {(plans.length > 0 || row.campaignId) && (
        <div class="field-form__row">
          <Select
            label={t('field.form.variantCampaign', { n })}
            value={row.campaignId}
            onValue={(campaignId) => onRow({ ...row, campaignId, assetId: '' })}
            disabled={row.remove}
            error={about('campaignId')}
            options={[
              { value: '', label: t('field.form.campaignUnlinked') },
              ...plans.map((c) => ({ value: c.id, label: campaignLabel(c) })),
            ]}
          />
          {row.campaignId && (
            <Select
              label={t('field.form.variantPoster', { n })}
              value={row.assetId}
              onValue={(assetId) => onRow({ ...row, assetId })}
              disabled={row.remove}
              error={about('assetId')}
              options={[
                { value: '', label: t('field.form.posterNone') },
                ...posters.map((a) => ({ value: a.id, label: a.title })),
              ]}
            />
          )}
        </div>
      )}
      {row.tallied > 0 ? (
        <p class="field__hint" data-testid="field-variant-kept">
          {t('field.form.variantKept', { count: fmt.number(row.tallied) })}
        </p>
      ) : (
        <Checkbox
          label={t('field.form.removeVariant', { name: row.name || String(n) })}
          checked={row.remove}
          onValue={(remove) => onRow({ ...row, remove })}
        />
      )}
      {issues
        .filter((i) => issuePart(i) === '' || issuePart(i) === 'id')
        .map((i) => (
          <p class="field__error" key={i.rule} role="alert">
            {issueText(i)}
          </p>
        ))}
    </li>
  );
}

/** The extra buttons: ticked ones are used; on an existing session their labels can be changed. */
function ExtrasEditor({
  choices,
  chosen,
  tallied,
  editing,
  onChosen,
  error,
}: {
  choices: ExtraChoice[];
  chosen: ExtraChoice[];
  tallied: Record<string, number>;
  editing: boolean;
  onChosen: (next: ExtraChoice[]) => void;
  error: string | undefined;
}) {
  const name = (e: ExtraChoice) => (locale.value === 'en' ? e.label.en : e.label.id);
  const relabel = (id: string, lang: 'id' | 'en', value: string) =>
    onChosen(chosen.map((e) => (e.id === id ? { ...e, label: { ...e.label, [lang]: value } } : e)));
  return (
    <fieldset class="field-form__set">
      <legend>{t('field.form.extras')}</legend>
      {choices.map((choice) => {
        const current = chosen.find((e) => e.id === choice.id);
        const locked = editing && current !== undefined && (tallied[choice.id] ?? 0) > 0;
        return (
          <div key={choice.id} class="field-extra">
            {locked ? (
              <p>
                <strong>{name(choice)}</strong>
                <span class="field__hint"> {t('field.form.extraKept')}</span>
              </p>
            ) : (
              <Checkbox
                label={name(current ?? choice)}
                checked={current !== undefined}
                onValue={(on) =>
                  onChosen(on ? [...chosen, { ...choice }] : chosen.filter((e) => e.id !== choice.id))
                }
              />
            )}
            {editing && current && (
              <div class="field-form__row">
                <Field
                  label={t('field.form.extraLabelId', { name: name(choice) })}
                  value={current.label.id}
                  onValue={(v) => relabel(choice.id, 'id', v)}
                />
                <Field
                  label={t('field.form.extraLabelEn', { name: name(choice) })}
                  value={current.label.en}
                  onValue={(v) => relabel(choice.id, 'en', v)}
                />
              </div>
            )}
          </div>
        );
      })}
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The form. Without `session` it creates one in the programme and starts again empty; with it, it saves the
 * changes (`summary`: the responses logged so far, which keep their variants and buttons).
 */
export function SessionForm({
  programmeId,
  teams,
  session,
  summary,
  onDone,
  onCancel,
}: {
  programmeId: string;
  teams: Team[];
  session?: EditableSession | undefined;
  summary?: FieldSummary | undefined;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const editing = session !== undefined;
  const [draft, setDraft] = useState<SessionDraft>(() =>
    session ? draftOf(session, summary) : newDraft(Date.now()),
  );
  const [sent, setSent] = useState<readonly object[]>([]);
  const campaigns: Campaigns = useResource<NonNullable<Campaigns['data']>>(
    `/api/programmes/${encodeURIComponent(programmeId)}/campaigns`,
  );
  const action = useAction();
  const set = (patch: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const tallied = summary?.by_outcome ?? {};
  const error: ApiError | null = action.error;
  const variantIssues = issuesByVariant(error?.fields ?? [], sent);
  const extrasError = (error?.fields ?? [])
    .filter((f) => f.field.startsWith('extraOutcomes') || f.field.startsWith('outcomes'))
    .map(issueText)
    .join(' ');

  function submit(event: Event) {
    event.preventDefault();
    void action.run(async () => {
      if (session) {
        const body = updateBody(draft, session);
        setSent(body.variants);
        await api.patch(`/api/field/sessions/${encodeURIComponent(session.id)}`, body);
        toast(t('field.form.saved'));
      } else {
        const body = createBody(draft);
        setSent(body.variants);
        await api.post(`/api/programmes/${encodeURIComponent(programmeId)}/field-sessions`, body);
        toast(t('field.form.created'));
        setDraft((d) => ({ ...d, name: '', lines: '', targets: '', posters: [] }));
      }
      onDone();
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      class="field-form"
      data-testid={editing ? 'field-edit-form' : 'field-new-form'}
    >
      <h2>{editing ? t('field.form.editTitle', { name: session.name }) : t('field.form.title')}</h2>
      {editing && <p class="field__hint">{t('field.form.changeHint', { code: session.joinCode })}</p>}
      <FormError error={error && error.fields.length === 0 ? error : null} />
      <Field
        label={t('field.form.name')}
        value={draft.name}
        onValue={(name) => set({ name })}
        error={fieldText(error, 'name')}
      />
      <Field
        label={t('field.form.place')}
        value={draft.place}
        onValue={(place) => set({ place })}
        error={fieldText(error, 'place')}
      />
      <div class="field-form__row">
        <Field
          label={t('field.form.starts')}
          type="datetime-local"
          value={draft.startsAt}
          onValue={(startsAt) => set({ startsAt })}
          error={fieldText(error, 'startsAt')}
        />
        <Field
          label={t('field.form.ends')}
          type="datetime-local"
          value={draft.endsAt}
          onValue={(endsAt) => set({ endsAt })}
          error={fieldText(error, 'endsAt')}
        />
      </div>
      <Field
        label={t('field.form.timeZone')}
        value={draft.timeZone}
        onValue={(timeZone) => set({ timeZone })}
        error={fieldText(error, 'timeZone')}
      />
      {draft.rows.length > 0 && (
        <fieldset class="field-form__set">
          <legend>{t('field.form.currentVariants')}</legend>
          <ol class="field-variants">
            {draft.rows.map((row, i) => (
              <VariantEditor
                key={row.id}
                n={i + 1}
                row={row}
                issues={variantIssues.rows.get(row.id) ?? []}
                campaigns={campaigns}
                onRow={(next) => set({ rows: draft.rows.map((r) => (r.id === next.id ? next : r)) })}
              />
            ))}
          </ol>
        </fieldset>
      )}
      <TextArea
        label={editing ? t('field.form.newVariants') : t('field.form.variants')}
        hint={t('field.form.variantsHint')}
        rows={3}
        value={draft.lines}
        onValue={(lines) => set({ lines })}
        error={variantIssues.other.length > 0 ? variantIssues.other.map(issueText).join(' ') : undefined}
      />
      <PosterPicker campaigns={campaigns} chosen={draft.posters} onChosen={(posters) => set({ posters })} />
      <TextArea
        label={t('field.form.target')}
        rows={3}
        value={draft.targets}
        onValue={(targets) => set({ targets })}
      />
      <ExtrasEditor
        choices={extraChoices(session)}
        chosen={draft.extras}
        tallied={tallied}
        editing={editing}
        onChosen={(extras) => set({ extras })}
        error={extrasError || undefined}
      />
      {teams.length > 0 && (
        <fieldset class="field-form__set">
          <legend>{t('field.form.teams')}</legend>
          {teams.map((team) => (
            <Checkbox
              key={team.id}
              label={team.name}
              checked={draft.teamIds.includes(team.id)}
              onValue={(on) => set({ teamIds: toggle(draft.teamIds, team.id, on) })}
            />
          ))}
          {fieldText(error, 'teamIds') && (
            <span class="field__error" role="alert">
              {fieldText(error, 'teamIds')}
            </span>
          )}
        </fieldset>
      )}
      <Field
        label={t('field.form.retention')}
        type="number"
        min={0}
        max={365}
        inputMode="numeric"
        value={draft.retention}
        onValue={(retention) => set({ retention })}
        error={fieldText(error, 'retentionDays')}
      />
      <div class="field-form__actions">
        <Button type="submit" busy={action.busy} data-testid="field-form-submit">
          {editing ? t('field.form.save') : t('field.form.submit')}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** The form for a session that exists, once its counts are in (they decide what may be removed). */
export function EditSession({
  programmeId,
  teams,
  session,
  onDone,
  onCancel,
}: {
  programmeId: string;
  teams: Team[];
  session: EditableSession;
  onDone: () => void;
  onCancel: () => void;
}) {
  const summary = useResource<FieldSummary>(`/api/field/sessions/${encodeURIComponent(session.id)}/summary`);
  if (summary.error) return <FormError error={summary.error} />;
  if (!summary.data) return <p class="field__hint">{t('common.loading')}</p>;
  return (
    <SessionForm
      programmeId={programmeId}
      teams={teams}
      session={session}
      summary={summary.data}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

export function NewSession({
  programmeId,
  teams,
  onCreated,
}: {
  programmeId: string;
  teams: Team[];
  onCreated: () => void;
}) {
  return (
    <Card>
      <SessionForm programmeId={programmeId} teams={teams} onDone={onCreated} />
    </Card>
  );
}
