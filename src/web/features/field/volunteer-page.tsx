import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { type ApiError, api, asApiError } from '#web/app/api.ts';
import { errorText, fmt, locale, t } from '#web/app/i18n.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Field } from '#web/components/ui/field.tsx';
import { AGE_BANDS, type Details, GENDERS, GROUPS } from './choices.ts';
import type { JoinAnswer, SessionOutcome } from './types.ts';
import {
  addDetails,
  addPhoto,
  choose,
  counts,
  entries,
  joined,
  lastTap,
  leave,
  online,
  readJoined,
  sendNow,
  sessionFetched,
  sessionNotices,
  startOutbox,
  syncStatus,
  tap,
  undo,
  undoWindowOpen,
  writeJoined,
} from './volunteer-store.ts';
import { setUpOffline } from './worker.ts';
import './field.css';

const ICONS: Record<string, string> = {
  cares:
    'M12 21 10.6 19.7C5.4 15 2 11.9 2 8.1 2 5 4.4 2.6 7.5 2.6c1.7 0 3.4.8 4.5 2.1 1.1-1.3 2.8-2.1 4.5-2.1C19.6 2.6 22 5 22 8.1c0 3.8-3.4 6.9-8.6 11.6z',
  indifferent: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zM7 14h10v2H7zm1-6h2v2H8zm6 0h2v2h-2z',
  angry:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-5 5.6 3.6 1.6-.8 1.8L6.2 9.4zm10 0 .8 1.8-3.6 1.6-.8-1.8zM8 17c.9-2 2.3-3 4-3s3.1 1 4 3h-2.2c-.5-.7-1.1-1-1.8-1s-1.3.3-1.8 1z',
};
const EXTRA_ICON = 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z';

const label = (o: SessionOutcome) => (locale.value === 'en' ? o.label.en : o.label.id);
const normaliseCode = (value: string) =>
  value
    .toUpperCase()
    .replace(/[^A-Z0-9-]/g, '')
    .slice(0, 32);

export function VolunteerPage() {
  const { params } = useRoute();
  if (joined.value === null) {
    const stored = readJoined();
    if (stored) joined.value = stored;
  }
  const current = joined.value;
  useTitle(current ? current.session.name : t('field.title'));
  useEffect(() => setUpOffline(), []);
  useEffect(() => {
    if (current) void startOutbox(current);
  }, [current?.session.id, current?.token]);
  return current ? <TallyScreen /> : <JoinForm initialCode={params.code ?? ''} />;
}

function JoinForm({ initialCode }: { initialCode: string }) {
  const [code, setCode] = useState(normaliseCode(initialCode));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post<JoinAnswer>('/api/field/join', { code, name: name.trim() });
      const next = {
        token: answer.token,
        session: answer.session,
        name: name.trim(),
        team: '',
        variant: answer.session.variants[0]?.id ?? '',
      };
      writeJoined(next);
      sessionFetched();
      joined.value = next;
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="field-join" onSubmit={submit} noValidate>
      <h1>{t('field.title')}</h1>
      <p>{t('field.join.intro')}</p>
      {(error || !online.value) && (
        <p class="field-note" role="alert">
          {error && error.code !== 'network' ? errorText(error) : t('field.join.offline')}
        </p>
      )}
      <Field
        label={t('field.join.code')}
        class="input--code"
        autocomplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        data-testid="field-code"
        value={code}
        onValue={(v) => setCode(normaliseCode(v))}
      />
      <Field
        label={t('field.join.name')}
        autocomplete="nickname"
        enterKeyHint="go"
        data-testid="field-name"
        value={name}
        onValue={setName}
      />
      <Button
        type="submit"
        block
        size="big"
        busy={busy}
        disabled={!code || !name.trim()}
        data-testid="field-join"
      >
        {t('field.join.submit')}
      </Button>
    </form>
  );
}

function SyncBadge() {
  const c = counts();
  const status = syncStatus.value;
  const text =
    status === 'blocked'
      ? t('field.sync.blocked')
      : c.pending === 0
        ? t('field.sync.done')
        : !online.value
          ? t('field.sync.offline', { n: fmt.number(c.pending) })
          : status === 'sending'
            ? t('field.sync.sending', { n: fmt.number(c.pending) })
            : t('field.sync.pending', { n: fmt.number(c.pending) });
  return (
    <div
      class={`field-sync ${c.pending === 0 ? 'is-done' : ''}`}
      role="status"
      data-testid="field-sync"
      data-pending={c.pending}
      data-status={status}
    >
      <span>{text}</span>
      {c.pending > 0 && online.value && status !== 'sending' && (
        <button type="button" class="field-link" onClick={sendNow}>
          {t('field.sync.retry')}
        </button>
      )}
      {c.rejected > 0 && <span class="field-sync__bad">{t('field.sync.rejected', { n: c.rejected })}</span>}
    </div>
  );
}

/** Says briefly that the variant or team the volunteer had chosen was removed, and what is chosen now. */
function SessionNotices() {
  const notices = sessionNotices.value;
  if (notices.length === 0) return null;
  return (
    <div class="field-note field-notice" role="status" data-testid="field-session-notice">
      {notices.map((n) => (
        <p key={n.kind}>
          {n.kind === 'variant'
            ? t('field.changed.variant', { gone: n.gone, now: n.now })
            : t('field.changed.team', { gone: n.gone })}
        </p>
      ))}
      <button
        type="button"
        class="field-link"
        onClick={() => {
          sessionNotices.value = [];
        }}
      >
        {t('field.changed.ok')}
      </button>
    </div>
  );
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

function TallyScreen() {
  const current = joined.value;
  const [detailsOpen, setDetailsOpen] = useState(false);
  const last = lastTap.value;
  const now = useNow(last !== null);
  if (!current) return null;
  const { session } = current;
  const mine = counts();
  const canUndo =
    last !== null &&
    undoWindowOpen(now) &&
    entries.value.some((e) => e.tally.id === last.id && e.state === 'pending');
  const lastOutcome = last ? session.outcomes.find((o) => o.id === last.outcome) : undefined;

  async function log(outcome: string) {
    if (detailsOpen && last) await addDetails(last.id, {}, false);
    setDetailsOpen(false);
    navigator.vibrate?.(30);
    await tap(outcome);
  }

  return (
    <div class="field-screen">
      <div class="field-top">
        <h1 class="field-top__name">{session.name}</h1>
        <SyncBadge />
      </div>
      {session.teams && session.teams.length > 0 && (
        <label class="field-pick">
          <span>{t('field.team')}</span>
          <select
            class="input"
            value={current.team}
            onChange={(e) => choose({ team: e.currentTarget.value })}
          >
            <option value="">{t('field.team.none')}</option>
            {session.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset class="field-variants">
        <legend>{t('field.variant')}</legend>
        {session.variants.map((v) => (
          <label key={v.id} class={`field-chip ${current.variant === v.id ? 'is-on' : ''}`}>
            <input
              type="radio"
              name="variant"
              value={v.id}
              checked={current.variant === v.id}
              onChange={() => choose({ variant: v.id })}
            />
            {v.name}
          </label>
        ))}
      </fieldset>
      <SessionNotices />

      {last && lastOutcome && (
        <div class="field-last" aria-live="polite" data-testid="field-last">
          <span>{t('field.logged', { outcome: label(lastOutcome) })}</span>
          {canUndo && (
            <button
              type="button"
              class="btn btn--secondary"
              data-testid="field-undo"
              onClick={async () => {
                setDetailsOpen(false);
                await undo(last.id);
              }}
            >
              {t('field.undo')} ({Math.max(0, Math.ceil((10_000 - (now - last.at)) / 1000))})
            </button>
          )}
          <button
            type="button"
            class="btn btn--ghost"
            data-testid="field-details"
            aria-expanded={detailsOpen}
            onClick={() => {
              const open = !detailsOpen;
              setDetailsOpen(open);
              void addDetails(last.id, {}, open);
            }}
          >
            {t('field.details')}
          </button>
        </div>
      )}
      {detailsOpen && last && <DetailsPanel id={last.id} onDone={() => setDetailsOpen(false)} />}

      <p class="field-mine" data-testid="field-mine" data-total={mine.total}>
        {t('field.mine', { n: fmt.number(mine.total) })}
      </p>
      <PhotoPanel />
      <button
        type="button"
        class="field-link field-leave"
        onClick={() => {
          if (mine.pending > 0) window.alert(t('field.leave.pending', { n: mine.pending }));
          else leave();
        }}
      >
        {t('field.leave')}
      </button>

      <fieldset class="field-buttons">
        <legend class="visually-hidden">{t('field.tap')}</legend>
        {session.outcomes.map((o) => (
          <button
            key={o.id}
            type="button"
            class={`field-outcome ${ICONS[o.id] ? '' : 'is-extra'}`}
            style={{ '--outcome': `var(${o.colour})` }}
            data-testid={`outcome-${o.id}`}
            onClick={() => void log(o.id)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" width="28" height="28" fill="currentColor">
              <path d={ICONS[o.id] ?? EXTRA_ICON} />
            </svg>
            <span class="field-outcome__label">{label(o)}</span>
            <span class="field-outcome__count">{fmt.number(mine.byOutcome[o.id] ?? 0)}</span>
          </button>
        ))}
      </fieldset>
    </div>
  );
}

function Chips<T extends string>({
  legend,
  values,
  labelOf,
  value,
  onValue,
}: {
  legend: string;
  values: readonly T[];
  labelOf: (value: T) => string;
  value: string;
  onValue: (value: string) => void;
}) {
  return (
    <fieldset class="field-chips">
      <legend>{legend}</legend>
      {values.map((v) => (
        <button
          key={v}
          type="button"
          class={`field-chip ${value === v ? 'is-on' : ''}`}
          aria-pressed={value === v}
          onClick={() => onValue(value === v ? '' : v)}
        >
          {labelOf(v)}
        </button>
      ))}
    </fieldset>
  );
}

function DetailsPanel({ id, onDone }: { id: string; onDone: () => void }) {
  const tally = entries.value.find((e) => e.tally.id === id)?.tally;
  const [quote, setQuote] = useState(tally?.quote ?? '');
  if (!tally) return null;
  const set = (details: Details) => void addDetails(id, details, true);
  return (
    <section class="field-details" aria-label={t('field.details.title')}>
      <h2>{t('field.details.title')}</h2>
      <Chips
        legend={t('field.details.age')}
        values={AGE_BANDS}
        labelOf={(v) => v}
        value={tally.age_band ?? ''}
        onValue={(v) => set({ age_band: v })}
      />
      <Chips
        legend={t('field.details.gender')}
        values={GENDERS}
        labelOf={(v) => t(`field.gender.${v}`)}
        value={tally.gender ?? ''}
        onValue={(v) => set({ gender: v })}
      />
      <Chips
        legend={t('field.details.group')}
        values={GROUPS}
        labelOf={(v) => t(`field.group.${v}`)}
        value={tally.group ?? ''}
        onValue={(v) => set({ group: v })}
      />
      <Field
        label={t('field.details.quote')}
        hint={t('field.details.quoteHint')}
        maxLength={280}
        data-testid="field-quote"
        value={quote}
        onValue={(v) => {
          setQuote(v);
          set({ quote: v });
        }}
      />
      <Button
        variant="secondary"
        data-testid="field-details-done"
        onClick={() => {
          void addDetails(id, {}, false);
          onDone();
        }}
      >
        {t('field.details.done')}
      </Button>
    </section>
  );
}

function PhotoPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [identifiable, setIdentifiable] = useState(false);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const blocked = identifiable && !consent;
  return (
    <details class="field-photo">
      <summary>{t('field.photo')}</summary>
      <label class="btn btn--secondary field-photo__pick">
        {t('field.photo.pick')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          class="visually-hidden"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setNote('');
          }}
        />
      </label>
      <label class="field-check">
        <input
          type="checkbox"
          checked={identifiable}
          onChange={(e) => setIdentifiable(e.currentTarget.checked)}
        />
        {t('field.photo.identifiable')}
      </label>
      {identifiable && (
        <label class="field-check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
          {t('field.photo.consent')}
        </label>
      )}
      {blocked && <p class="field-note">{t('field.photo.needConsent')}</p>}
      <Button
        disabled={!file || blocked}
        busy={busy}
        onClick={async () => {
          if (!file) return;
          setBusy(true);
          const sent = await addPhoto(file, identifiable, consent);
          setBusy(false);
          setFile(null);
          setIdentifiable(false);
          setConsent(false);
          setNote(sent ? t('field.photo.sent') : t('field.photo.queued'));
        }}
      >
        {t('field.photo.send')}
      </Button>
      {note && <p role="status">{note}</p>}
    </details>
  );
}
