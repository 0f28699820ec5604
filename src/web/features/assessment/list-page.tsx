/** A programme's assessment rounds: take one, see results, and (facilitators) open and close rounds. */
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { FormError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import { me } from '#web/app/session.ts';
import type { ProgrammeDetail } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { ROUND_LABEL, roundName } from './labels.ts';
import { refreshAssessments, useAssessments } from './list-store.ts';
import { loadStored } from './store.ts';
import { local } from './text.ts';
import type { AssessmentSummary, InstrumentSummary, RoundKind } from './types.ts';

/** The instruments a new round can use: built-in first, then the programme's own (newest versions). */
function instrumentChoices(list: InstrumentSummary[]) {
  return list.map((i) => ({
    value: `${i.id}@${i.version}`,
    label: t(i.builtIn ? 'instruments.choiceBuiltIn' : 'instruments.choice', {
      name: local(i.name),
      version: i.version,
    }),
  }));
}

function NewRound({ programmeId }: { programmeId: string }) {
  const [name, setName] = useState('');
  const [round, setRound] = useState<RoundKind>('baseline');
  const [roundLabel, setRoundLabel] = useState('');
  const [k, setK] = useState('5');
  const instruments = useResource<{ instruments: InstrumentSummary[] }>(
    `/api/programmes/${encodeURIComponent(programmeId)}/instruments`,
  );
  const choices = instrumentChoices(instruments.data?.instruments ?? []);
  const [instrument, setInstrument] = useState('');
  const chosen = choices.some((c) => c.value === instrument) ? instrument : (choices[0]?.value ?? '');
  const action = useAction();
  return (
    <Card aria-labelledby="new-round-title">
      <h2 id="new-round-title">{t('assessment.new.title')}</h2>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const ok = await action.run(() =>
            api.post(`/api/programmes/${encodeURIComponent(programmeId)}/assessments`, {
              name: name.trim(),
              round,
              ...(roundLabel.trim() ? { roundLabel: roundLabel.trim() } : {}),
              k: Number(k),
              ...(chosen ? { instrument: chosen } : {}),
            }),
          );
          if (ok) {
            toast(t('assessment.new.created'));
            setName('');
            setRoundLabel('');
            refreshAssessments(programmeId);
          }
        }}
      >
        <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
        <Field
          label={t('assessment.new.name')}
          placeholder={t('assessment.new.namePlaceholder')}
          value={name}
          onValue={setName}
          required
          maxLength={160}
          error={fieldText(action.error, 'name')}
          data-testid="assessment-name"
        />
        <div class="row">
          <Select
            label={t('assessment.new.round')}
            value={round}
            onValue={(v) => setRound(v as RoundKind)}
            options={(Object.keys(ROUND_LABEL) as RoundKind[]).map((r) => ({
              value: r,
              label: t(ROUND_LABEL[r]),
            }))}
            data-testid="assessment-round"
          />
          <Field
            label={t('assessment.new.roundLabel')}
            hint={t('common.optional')}
            value={roundLabel}
            onValue={setRoundLabel}
            maxLength={80}
            error={fieldText(action.error, 'roundLabel')}
          />
        </div>
        {choices.length > 1 && (
          <Select
            label={t('instruments.choose')}
            hint={t('instruments.chooseHint')}
            value={chosen}
            onValue={setInstrument}
            options={choices}
            error={fieldText(action.error, 'instrument')}
            data-testid="assessment-instrument"
          />
        )}
        <Field
          label={t('assessment.new.k')}
          hint={t('assessment.new.kHint')}
          type="number"
          inputMode="numeric"
          min={3}
          max={100}
          value={k}
          onValue={setK}
          error={fieldText(action.error, 'k')}
        />
        <Button type="submit" busy={action.busy} data-testid="assessment-create">
          {t('assessment.new.submit')}
        </Button>
      </form>
    </Card>
  );
}

function RoundCard({
  assessment,
  manage,
  seeResults,
}: {
  assessment: AssessmentSummary;
  manage: boolean;
  seeResults: boolean;
}) {
  const action = useAction();
  const stored = loadStored(assessment.id);
  const href = `/a/${encodeURIComponent(assessment.id)}`;
  const open = assessment.status === 'open';
  return (
    <Card data-testid="assessment-round-card">
      <h2 class="card__title">{assessment.name}</h2>
      <p class="muted">
        {roundName(assessment, t)} · {local(assessment.instrument.name)}
      </p>
      <p class="row" style={{ alignItems: 'center' }}>
        <span class={`badge ${open ? 'badge--accent' : ''}`}>
          {t(open ? 'assessment.status.open' : 'assessment.status.closed')}
        </span>
        {assessment.responses !== undefined && (
          <span class="muted">{t('assessment.list.responses', { count: assessment.responses })}</span>
        )}
        {manage && <span class="muted">{t('assessment.list.k', { k: assessment.k ?? 5 })}</span>}
      </p>
      <FormError error={action.error} />
      <div class="list__actions">
        {stored?.submitted ? (
          <LinkButton href={`${href}/profile`} variant="secondary">
            {t('assessment.list.myProfile')}
          </LinkButton>
        ) : (
          (open || stored) && (
            <LinkButton href={href} data-testid="assessment-take">
              {stored ? t('assessment.list.continue') : t('assessment.list.start')}
            </LinkButton>
          )
        )}
        {seeResults && (
          <LinkButton href={`${href}/results`} variant="secondary" data-testid="assessment-results">
            {t('assessment.list.results')}
          </LinkButton>
        )}
        {manage && (
          <Button
            variant="ghost"
            busy={action.busy}
            onClick={async () => {
              const ok = await action.run(() =>
                api.patch(`/api/assessments/${encodeURIComponent(assessment.id)}`, {
                  status: open ? 'closed' : 'open',
                }),
              );
              if (ok) refreshAssessments(assessment.programmeId);
            }}
          >
            {t(open ? 'assessment.action.close' : 'assessment.action.reopen')}
          </Button>
        )}
      </div>
    </Card>
  );
}

function Rounds({ detail }: { detail: ProgrammeDetail }) {
  const id = detail.programme.id;
  const list = useAssessments(id);
  const manage = detail.can.manage;
  const current = me.value;
  // Group results: facilitators, reviewers and media leads (who see their own organisations).
  const seeResults =
    manage ||
    detail.myRole === 'reviewer' ||
    !!current?.user.isPlatformAdmin ||
    !!current?.organisations.some((o) => o.role === 'media_lead');
  useTitle(t('assessment.list.title'));
  if (!list) return <Loading />;
  return (
    <div class="stack">
      <div class="page-head">
        <h1>{t('assessment.list.title')}</h1>
        {manage && (
          <LinkButton
            href={`/p/${encodeURIComponent(id)}/instruments`}
            variant="secondary"
            data-testid="instruments-link"
          >
            {t('instruments.link')}
          </LinkButton>
        )}
      </div>
      <p class="muted">{t('assessment.list.intro')}</p>
      {list.length === 0 ? (
        <EmptyState title={t('assessment.list.emptyTitle')}>
          {t('assessment.list.emptyText')} {manage ? t('assessment.list.emptyManage') : ''}
        </EmptyState>
      ) : (
        <div class="grid">
          {list.map((a) => (
            <RoundCard key={a.id} assessment={a} manage={manage} seeResults={seeResults} />
          ))}
        </div>
      )}
      {manage && <NewRound programmeId={id} />}
    </div>
  );
}

export function AssessmentsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  return <ProgrammeGate id={id}>{(detail) => <Rounds detail={detail} />}</ProgrammeGate>;
}
