/**
 * The live field dashboard, made for a projector: large type, dark on light, every figure also in words.
 * It loads the dashboard once and again whenever the session's stream says something changed (SSE with the
 * facilitator's cookie), at most a few times a second, so a tap shows within a second.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { formatPValue, verdictParams } from '#core/field/verdict-params.ts';
import { type ApiError, api, asApiError } from '#web/app/api.ts';
import { fmt, locale, t, tLoose } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useTitle } from '#web/app/use-title.ts';
import {
  comparisonOf,
  type DashboardData,
  hourLabel,
  percent,
  ranked,
  type SessionView,
  segments,
} from './dashboard.ts';
import { backoffDelay } from './outbox.ts';
import type { Counts, FieldSummary, SessionOutcome } from './types.ts';
import './live.css';

const STREAM_EVENTS = ['message', 'tally', 'tallies', 'photo', 'quote', 'flag', 'dashboard'];

function useLiveDashboard(id: string) {
  const [data, setData] = useState<DashboardData | null>(null);
  const [session, setSession] = useState<SessionView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [connected, setConnected] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    let loading = false;
    let again = false;
    const path = `/api/field/sessions/${encodeURIComponent(id)}/dashboard`;
    const load = async () => {
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      try {
        const next = await api.get<DashboardData>(path);
        if (live) {
          setData(next);
          setError(null);
        }
      } catch (failure) {
        if (live) setError(asApiError(failure));
      } finally {
        loading = false;
        if (again && live) {
          again = false;
          void load();
        }
      }
    };
    // Bursts of taps arrive as bursts of events: one reload per 250 ms is enough to stay within a second.
    const soon = () => {
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        void load();
      }, 250);
    };
    void load();
    api.get<{ session: SessionView }>(`/api/field/sessions/${encodeURIComponent(id)}`).then(
      (answer) => live && setSession(answer.session),
      (failure: unknown) => live && setError(asApiError(failure)),
    );
    // The stream's summary is shown at once; the rest (leaderboard, quotes, flags) follows with the reload.
    const onSummary = (event: MessageEvent<string>) => {
      try {
        const summary = JSON.parse(event.data) as FieldSummary;
        setData((current) => (current ? { ...current, summary } : current));
      } catch (failure) {
        console.warn('field: unreadable summary event', failure);
      }
      soon();
    };

    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    const connect = () => {
      source = new EventSource(`/api/field/sessions/${encodeURIComponent(id)}/stream`);
      source.onopen = () => {
        attempt = 0;
        setConnected(true);
        soon();
      };
      for (const name of STREAM_EVENTS) source.addEventListener(name, soon);
      source.addEventListener('summary', onSummary);
      source.onerror = () => {
        setConnected(false);
        // The browser retries by itself unless the stream was refused; then we try again with backoff.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(connect, backoffDelay(attempt++));
        }
      };
    };
    connect();
    return () => {
      live = false;
      source?.close();
      if (retry) clearTimeout(retry);
      if (pending.current) clearTimeout(pending.current);
    };
  }, [id]);

  return { data, session, error, connected };
}

const outcomeLabel = (o: SessionOutcome | undefined, fallback: string) =>
  o ? (locale.value === 'en' ? o.label.en : o.label.id) : fallback;

function Bar({ row, outcomes }: { row: Counts; outcomes: SessionOutcome[] }) {
  return (
    <div class="live-bar" aria-hidden="true">
      {segments(row, outcomes).map((s) =>
        s.count > 0 ? (
          <span
            key={s.outcome}
            style={{
              width: `${s.share * 100}%`,
              background: `var(${outcomes.find((o) => o.id === s.outcome)?.colour ?? '--c-info'})`,
            }}
          />
        ) : null,
      )}
    </div>
  );
}

function RowFigures({ row, outcomes }: { row: Counts; outcomes: SessionOutcome[] }) {
  return (
    <span class="live-row__figures">
      {segments(row, outcomes).map((s, i) => (
        <span key={s.outcome}>
          {i > 0 && ' · '}
          {outcomeLabel(outcomes[i], s.outcome)} {fmt.number(s.count)}
          {row.total > 0 && ` (${percent(locale.value, s.share)})`}
        </span>
      ))}
    </span>
  );
}

/** A variant's share with its 95% interval on a 0–100% scale. */
function IntervalBar({ share, low, high }: { share: number; low: number; high: number }) {
  return (
    <svg class="live-interval" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="4" width="100" height="2" class="live-interval__axis" />
      <rect
        x={low * 100}
        y="1"
        width={Math.max(0.5, (high - low) * 100)}
        height="8"
        class="live-interval__range"
      />
      <rect x={share * 100 - 0.6} y="0" width="1.2" height="10" class="live-interval__point" />
    </svg>
  );
}

export function FieldLivePage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const { data, session, error, connected } = useLiveDashboard(id);
  useTitle(session ? t('field.live.title', { name: session.name }) : t('field.title'));
  if (!data || !session) return error ? <LoadError error={error} /> : <Loading />;

  const { summary } = data;
  const lang = locale.value;
  const outcomes = session.outcomes;
  const outcomeById = (oid: string) => outcomes.find((o) => o.id === oid);
  const variantName = (vid: string) => session.variants.find((v) => v.id === vid)?.name ?? vid;
  const teamName = (tid: string | null) =>
    tid === null ? t('field.live.noTeam') : (session.teams.find((x) => x.id === tid)?.name ?? tid);
  const comparison = comparisonOf(data, outcomes);
  const verdict = tLoose(
    comparison.verdict.key,
    verdictParams(
      comparison.verdict.params,
      { variant: variantName, outcome: (o) => outcomeLabel(outcomeById(o), o) },
      lang,
    ),
  );
  const test = comparison.test;
  const maxHour = Math.max(1, ...summary.by_hour.map((h) => h.total));

  return (
    <div class="live" data-testid="field-live">
      <header class="live-head">
        <h1>{session.name}</h1>
        <p class="live-code">{t('field.sessions.code', { code: session.joinCode })}</p>
        <p class={`live-conn ${connected ? 'is-on' : ''}`} role="status">
          {connected ? t('field.live.connected') : t('field.live.reconnecting')}
        </p>
        <button
          type="button"
          class="btn btn--secondary"
          onClick={() => void document.documentElement.requestFullscreen?.()}
        >
          {t('field.live.fullscreen')}
        </button>
      </header>

      <section class="live-totals" aria-label={t('field.live.outcomes')}>
        <div class="live-total">
          <span class="live-total__label">{t('field.live.total')}</span>
          <span class="live-total__value" data-testid="field-live-total" data-total={summary.total}>
            {fmt.number(summary.total)}
          </span>
        </div>
        {segments(summary, outcomes).map((s) => {
          const o = outcomeById(s.outcome);
          return (
            <div
              key={s.outcome}
              class="live-total"
              style={{ '--outcome': `var(${o?.colour ?? '--c-info'})` }}
            >
              <span class="live-total__label">{outcomeLabel(o, s.outcome)}</span>
              <span class="live-total__value">{fmt.number(s.count)}</span>
              <span class="live-total__share">{summary.total > 0 ? percent(lang, s.share) : '–'}</span>
            </div>
          );
        })}
      </section>
      {summary.total === 0 && session.joinCode && (
        <p class="live-empty">{t('field.live.empty', { code: session.joinCode })}</p>
      )}

      {data.flags.length > 0 && (
        <section class="live-flags" aria-label={t('field.live.flags')}>
          <h2>{t('field.live.flags')}</h2>
          <ul>
            {data.flags.map((f) => (
              <li key={`${f.volunteer.id}-${f.from}`}>
                {t('field.live.flag', {
                  volunteer: f.volunteer.name,
                  tallies: f.tallies,
                  seconds: Math.max(0, Math.round((Date.parse(f.to) - Date.parse(f.from)) / 1000)),
                  rate: f.rate === null ? '–' : fmt.number(Math.round(f.rate)),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="live-section">
        <h2>{t('field.live.variants')}</h2>
        <ul class="live-rows">
          {comparison.variants.map((v) => (
            <li key={v.variant} class="live-row">
              <span class="live-row__name">
                {variantName(v.variant)} <small>({fmt.number(v.n)})</small>
              </span>
              {v.share !== null && v.interval ? (
                <span class="live-row__share">
                  {t('field.live.share', {
                    share: percent(lang, v.share),
                    outcome: outcomeLabel(outcomeById(comparison.outcome), comparison.outcome),
                  })}{' '}
                  <small>
                    {t('field.live.range', {
                      low: percent(lang, v.interval.low),
                      high: percent(lang, v.interval.high),
                    })}
                  </small>
                </span>
              ) : (
                <span class="live-row__share">–</span>
              )}
              {v.share !== null && v.interval && (
                <IntervalBar share={v.share} low={v.interval.low} high={v.interval.high} />
              )}
            </li>
          ))}
        </ul>
        <p class="live-verdict" data-testid="field-verdict">
          {verdict}
        </p>
        {test && (
          <p class="live-test">
            {tLoose(test.p < 0.05 ? 'field.test.differs' : 'field.test.no_evidence', {
              p: formatPValue(lang, test.p),
            })}{' '}
            {comparison.warning === 'small_expected' && t('field.test.small_expected')}
          </p>
        )}
      </section>

      <div class="live-grid">
        <section class="live-section">
          <h2>{t('field.live.teams')}</h2>
          <ul class="live-rows">
            {summary.by_team.map((row) => (
              <li key={row.team ?? '-'} class="live-row">
                <span class="live-row__name">
                  {teamName(row.team)} <small>({fmt.number(row.total)})</small>
                </span>
                <Bar row={row} outcomes={outcomes} />
                <RowFigures row={row} outcomes={outcomes} />
              </li>
            ))}
          </ul>
        </section>
        <section class="live-section">
          <h2>{t('field.live.hours')}</h2>
          <ul class="live-hours">
            {summary.by_hour.map((h) => (
              <li key={h.hour}>
                <span class="live-hours__label">{hourLabel(h.hour, lang)}</span>
                <span class="live-hours__bar" style={{ width: `${(h.total / maxHour) * 100}%` }}>
                  <Bar row={h} outcomes={outcomes} />
                </span>
                <span class="live-hours__n">{fmt.number(h.total)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section class="live-section">
          <h2>{t('field.live.leaderboard')}</h2>
          <ol class="live-leaders">
            {ranked(data.volunteers).map((r) => (
              <li key={r.id}>
                <span>{r.name}</span> <strong>{fmt.number(r.tallies)}</strong>
              </li>
            ))}
          </ol>
        </section>
        <section class="live-section">
          <h2>{t('field.live.quotes')}</h2>
          <ul class="live-quotes">
            {data.quotes.slice(0, 8).map((q) => (
              <li key={q.id}>
                <blockquote>“{q.quote}”</blockquote>
                {q.variant && <small>{variantName(q.variant)}</small>}
              </li>
            ))}
          </ul>
        </section>
      </div>

      {data.photos.length > 0 && (
        <section class="live-section">
          <h2>{t('field.live.photos')}</h2>
          <div class="live-photos">
            {data.photos.map((p) => (
              <img key={p.id} src={p.thumbnailUrl} alt="" loading="lazy" />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
