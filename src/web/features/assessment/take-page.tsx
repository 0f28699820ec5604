/**
 * Taking an assessment on a phone: who sees what and the declaration of organisation and team, the personal
 * code shown once, then one question per screen with autosave, a review, and sending.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { type ApiError, api, asApiError } from '#web/app/api.ts';
import { copyText } from '#web/app/clipboard.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import type { Organisation } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { ItemView } from './item-view.tsx';
import { isAnswered, mergeAnswers, progress, resumePosition, type Stored } from './logic.ts';
import { type Autosave, createAutosave, forgetStored, loadStored, saveStored, withToken } from './store.ts';
import { local } from './text.ts';
import type { Answer, Answers, AssessmentForTaking, ResponseState, Started } from './types.ts';

type Phase = 'loading' | 'start' | 'code' | 'items';

function SaveMark({ autosave }: { autosave: Autosave }) {
  const state = autosave.state.value;
  return (
    <span class={`save-mark save-mark--${state}`} data-testid="save-state" data-state={state} role="status">
      <span aria-hidden="true">{state === 'saved' ? '✓' : state === 'saving' ? '↻' : '!'}</span>{' '}
      {t(`assessment.save.${state}`)}
    </span>
  );
}

function Progress({ answered, total }: { answered: number; total: number }) {
  return (
    <div class="progress" data-testid="progress">
      <div
        class="progress__bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        aria-label={t('assessment.progress', { answered, total })}
      >
        <span style={{ width: `${total ? (100 * answered) / total : 0}%` }} />
      </div>
      <span class="progress__count">{t('assessment.progress', { answered, total })}</span>
    </div>
  );
}

function StartScreen({
  data,
  lost,
  onStarted,
}: {
  data: AssessmentForTaking;
  lost: boolean;
  onStarted: (started: Started) => void;
}) {
  const orgs = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const [organisationId, setOrganisationId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const names = new Map((orgs.data?.organisations ?? []).map((o) => [o.id, o.name]));
  const teams = data.teams.filter((team) => !organisationId || team.organisationId === organisationId);

  async function start(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const started = await api.post<Started>(
        `/api/assessments/${encodeURIComponent(data.assessment.id)}/responses`,
        {
          personalCode: code.trim() || null,
          organisationId: organisationId || null,
          teamId: teamId || null,
        },
      );
      onStarted(started);
    } catch (failure) {
      setError(asApiError(failure));
      setBusy(false);
    }
  }

  return (
    <form class="take" onSubmit={start} noValidate>
      <h1>{t('assessment.start.title')}</h1>
      {lost && (
        <Alert tone="info">
          <p>{t('assessment.resume.lost')}</p>
        </Alert>
      )}
      {data.assessment.status === 'closed' && (
        <Alert tone="info">
          <p>{t('assessment.take.closed')}</p>
        </Alert>
      )}
      <div class="card statement">
        {local(data.instrument.anonymityStatement)
          .split(/\n+/)
          .map((line) => (
            <p key={line}>{line}</p>
          ))}
      </div>
      <FormError error={error && error.fields.length === 0 ? error : null} />
      <Select
        label={t('assessment.start.org')}
        hint={t('assessment.start.orgHint')}
        value={organisationId}
        onValue={(v) => {
          setOrganisationId(v);
          setTeamId('');
        }}
        error={fieldText(error, 'organisationId')}
        options={[
          { value: '', label: t('assessment.start.orgNone') },
          ...data.programme.organisationIds.map((id) => ({ value: id, label: names.get(id) ?? id })),
        ]}
      />
      {teams.length > 0 && (
        <Select
          label={t('assessment.start.team')}
          value={teamId}
          onValue={setTeamId}
          error={fieldText(error, 'teamId')}
          options={[
            { value: '', label: t('assessment.start.teamNone') },
            ...teams.map((team) => ({ value: team.id, label: team.name })),
          ]}
        />
      )}
      <Field
        label={t('assessment.start.code')}
        hint={t('assessment.start.codeHint')}
        value={code}
        onValue={setCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        class="input--mono"
        error={fieldText(error, 'personalCode')}
      />
      <div class="take__actions">
        <Button type="submit" size="big" block busy={busy} data-testid="assessment-start">
          {t('assessment.start.submit')}
        </Button>
      </div>
    </form>
  );
}

function CodeScreen({ code, onDone }: { code: string; onDone: () => void }) {
  return (
    <div class="take">
      <h1>{t('assessment.code.title')}</h1>
      <p class="code-big" data-testid="personal-code">
        {code}
      </p>
      <p>{t('assessment.code.text')}</p>
      <p class="muted">{t('assessment.code.once')}</p>
      <Button variant="secondary" onClick={() => void copyText(code)}>
        {t('common.copy')}
      </Button>
      <div class="take__actions">
        <Button size="big" block onClick={onDone} data-testid="next">
          {t('assessment.code.done')}
        </Button>
      </div>
    </div>
  );
}

export function TakePage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id ?? '';
  const data = useResource<AssessmentForTaking>(`/api/assessments/${encodeURIComponent(id)}`);
  const [stored, setStored] = useState<Stored | null>(() => loadStored(id));
  const [phase, setPhase] = useState<Phase>(stored ? 'loading' : 'start');
  const [answers, setAnswers] = useState<Answers>({});
  const [notes, setNotes] = useState<Record<string, string>>(stored?.notes ?? {});
  const [index, setIndex] = useState(0);
  const [lost, setLost] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<'unsent' | 'closed' | null>(null);
  const autosave = useRef<Autosave | null>(null);
  useTitle(data.data ? local(data.data.instrument.name) : t('assessment.list.title'));

  const items = data.data?.instrument.items ?? [];

  function begin(next: Stored, server: Answers) {
    autosave.current?.stop();
    autosave.current = createAutosave(id, next);
    const merged = mergeAnswers(server, next.pending);
    setStored(next);
    setNotes(next.notes);
    setAnswers(merged);
    setIndex(resumePosition(items, merged));
    setPhase(next.codeSeen ? 'items' : 'code');
  }

  // A device that started before: resume from the server's answers with any unsent local ones on top.
  useEffect(() => {
    if (!data.data || phase !== 'loading' || !stored) return;
    withToken<ResponseState>(stored.token, 'GET', '/api/responses/current').then(
      (response) => {
        if (response.submitted) {
          saveStored(id, { ...stored, submitted: true, pending: {} });
          route(`/a/${encodeURIComponent(id)}/profile`, true);
        } else begin(stored, response.answers);
      },
      (failure: unknown) => {
        const error = asApiError(failure);
        if (error.code === 'not_found') {
          // The token stopped working (continued on another device): start again with the code.
          forgetStored(id);
          setStored(null);
          setLost(true);
          setPhase('start');
        } else begin(stored, {});
      },
    );
  }, [data.data, phase]);

  useEffect(() => () => autosave.current?.stop(), []);

  const count = useMemo(() => progress(items, answers), [items, answers]);

  if (data.error) return <LoadError error={data.error} onRetry={data.reload} />;
  if (!data.data || phase === 'loading') return <Loading />;

  if (phase === 'start' || !stored) {
    return (
      <StartScreen
        data={data.data}
        lost={lost}
        onStarted={(started) => {
          const next: Stored = {
            token: started.token,
            personalCode: started.personalCode,
            codeSeen: started.resumed,
            submitted: started.response.submitted,
            pending: {},
            notes: loadStored(id)?.notes ?? {},
          };
          saveStored(id, next);
          if (started.response.submitted) route(`/a/${encodeURIComponent(id)}/profile`);
          else begin(next, started.response.answers);
        }}
      />
    );
  }

  if (phase === 'code') {
    return (
      <CodeScreen
        code={stored.personalCode}
        onDone={() => {
          stored.codeSeen = true;
          saveStored(id, stored);
          setPhase('items');
        }}
      />
    );
  }

  const save = autosave.current;
  const answer = (itemId: string, value: Answer | null) => {
    setAnswers((current) => mergeAnswers(current, { [itemId]: value }));
    save?.set(itemId, value);
  };

  const header = (
    <div class="take__top">
      <Progress answered={count.answered} total={count.total} />
      {save && <SaveMark autosave={save} />}
    </div>
  );

  if (index >= items.length) {
    const missing = items.map((item, i) => ({ item, i })).filter(({ item }) => !isAnswered(answers[item.id]));
    return (
      <div class="take">
        {header}
        <h1>{t('assessment.review.title')}</h1>
        {missing.length === 0 ? (
          <p>{t('assessment.review.allDone')}</p>
        ) : (
          <>
            <p>{t('assessment.review.missing', { count: missing.length })}</p>
            <ul class="missing">
              {missing.map(({ item, i }) => (
                <li key={item.id}>
                  <button type="button" class="missing__link" onClick={() => setIndex(i)}>
                    <strong>{t('assessment.review.goTo', { n: i + 1 })}</strong> {local(item.text)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="muted">{t('assessment.review.after')}</p>
        {sendError && (
          <Alert tone="error">
            <p>{sendError === 'unsent' ? t('assessment.review.unsent') : t('assessment.save.closed')}</p>
          </Alert>
        )}
        <div class="take__actions take__nav">
          <Button variant="ghost" size="big" onClick={() => setIndex(items.length - 1)} data-testid="back">
            {t('assessment.back')}
          </Button>
          <Button
            size="big"
            busy={sending}
            data-testid="submit-assessment"
            onClick={async () => {
              setSending(true);
              setSendError(null);
              try {
                if (save && !(await save.flush())) {
                  setSendError(save.state.value === 'closed' ? 'closed' : 'unsent');
                  setSending(false);
                  return;
                }
                await withToken(stored.token, 'POST', '/api/responses/current/submit');
                save?.stop();
                saveStored(id, { ...stored, submitted: true, pending: {} });
                route(`/a/${encodeURIComponent(id)}/profile`);
              } catch (failure) {
                setSendError(asApiError(failure).code === 'network' ? 'unsent' : 'closed');
                setSending(false);
              }
            }}
          >
            {t('assessment.review.submit')}
          </Button>
        </div>
      </div>
    );
  }

  const item = items[index];
  if (!item) return null;
  return (
    <div class="take">
      {header}
      <ItemView
        key={item.id}
        item={item}
        index={index}
        total={items.length}
        answer={answers[item.id]}
        note={notes[item.id] ?? ''}
        seed={stored.personalCode}
        onAnswer={(value) => answer(item.id, value)}
        onNote={(note) => {
          const next = { ...notes, [item.id]: note };
          setNotes(next);
          stored.notes = next;
          saveStored(id, stored);
        }}
      />
      <div class="take__actions take__nav">
        <Button
          variant="ghost"
          size="big"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
          data-testid="back"
        >
          {t('assessment.back')}
        </Button>
        <Button size="big" onClick={() => setIndex(index + 1)} data-testid="next">
          {index === items.length - 1 ? t('assessment.toReview') : t('assessment.next')}
        </Button>
      </div>
    </div>
  );
}
