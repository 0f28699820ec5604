/** The account's figures over a chosen window: stats with their formulas, flags with evidence, charts, posts. */
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '#web/app/api.ts';
import { fmt, locale, type MessageKey, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useResource } from '#web/app/use-api.ts';
import { Button } from '#web/components/ui/button.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field } from '#web/components/ui/field.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { useAuditProgramme, withProgramme } from './audit-programme.ts';
import { currentWords, HowComputed, Stat, ThresholdsNote } from './bits.tsx';
import { Heatmap, RowBars, WeekBars } from './charts.tsx';
import { evidenceText, formatFigure, formatPercent, windowDates, windowQuery } from './figures.ts';
import {
  type AuditAccount,
  type AuditAnswer,
  type AuditFigures,
  type Flag,
  hasFigures,
  type RankedPost,
} from './types.ts';

export interface FigureItem {
  name: string;
  label: MessageKey;
  help: MessageKey;
  value: string;
  note?: string;
}

const pct = (v: number | null) => formatPercent(locale.value, v);
const num = (v: number | null, digits = 1) => formatFigure(locale.value, v, digits);

/** Every figure of the audit as label, value and help, in reading order (also the printed report's table). */
export function figureList(f: AuditFigures): FigureItem[] {
  const k = f.kpis;
  const followersNote = f.followers
    ? t('audit.kpi.followersUsed', {
        followers: num(f.followers.followers, 0),
        date: fmt.date(f.followers.date),
      })
    : t('audit.kpi.needsFollowers');
  const missing = (v: number | null) => (v === null ? t('audit.kpi.notAvailable') : undefined);
  const items: (FigureItem | null)[] = [
    { name: 'posts', label: 'audit.kpi.posts', help: 'audit.kpi.posts.help', value: num(k.posts, 0) },
    {
      name: 'posts_per_week',
      label: 'audit.kpi.posts_per_week',
      help: 'audit.kpi.posts_per_week.help',
      value: num(k.posts_per_week, 1),
    },
    f.basis === 'reach' || k.median_reach !== null
      ? {
          name: 'median_reach',
          label: 'audit.kpi.median_reach',
          help: 'audit.kpi.median_reach.help',
          value: num(k.median_reach, 0),
          note: missing(k.median_reach),
        }
      : null,
    f.basis === 'views' || k.median_views !== null
      ? {
          name: 'median_views',
          label: 'audit.kpi.median_views',
          help: 'audit.kpi.median_views.help',
          value: num(k.median_views, 0),
          note: missing(k.median_views),
        }
      : null,
    {
      name: 'median_interactions',
      label: 'audit.kpi.median_interactions',
      help: 'audit.kpi.median_interactions.help',
      value: num(k.median_interactions, 0),
      note: missing(k.median_interactions),
    },
    f.basis === 'reach' || k.engagement_rate_reach !== null
      ? {
          name: 'engagement_rate_reach',
          label: 'audit.kpi.engagement_rate_reach',
          help: 'audit.kpi.engagement_rate_reach.help',
          value: pct(k.engagement_rate_reach),
          note: missing(k.engagement_rate_reach),
        }
      : null,
    f.basis === 'views' || k.engagement_rate_views !== null
      ? {
          name: 'engagement_rate_views',
          label: 'audit.kpi.engagement_rate_views',
          help: 'audit.kpi.engagement_rate_views.help',
          value: pct(k.engagement_rate_views),
          note: missing(k.engagement_rate_views),
        }
      : null,
    {
      name: 'engagement_rate_followers',
      label: 'audit.kpi.engagement_rate_followers',
      help: 'audit.kpi.engagement_rate_followers.help',
      value: pct(k.engagement_rate_followers),
      note: followersNote,
    },
    {
      name: 'reach_rate',
      label: 'audit.kpi.reach_rate',
      help: 'audit.kpi.reach_rate.help',
      value: pct(k.reach_rate),
      note: followersNote,
    },
    {
      name: 'longest_gap_days',
      label: 'audit.kpi.longest_gap_days',
      help: 'audit.kpi.longest_gap_days.help',
      value: t('audit.kpi.days', { n: num(k.longest_gap_days, 1) }),
    },
    {
      name: 'gap_cv',
      label: 'audit.kpi.gap_cv',
      help: 'audit.kpi.gap_cv.help',
      value: num(k.gap_cv, 2),
      note: k.gap_cv === null ? t('audit.kpi.gapCvNone') : undefined,
    },
    {
      name: 'active_weeks_share',
      label: 'audit.kpi.active_weeks_share',
      help: 'audit.kpi.active_weeks_share.help',
      value: pct(k.active_weeks_share),
    },
    {
      name: 'growth',
      label: 'audit.kpi.growth',
      help: 'audit.kpi.growth.help',
      value: f.growth
        ? t('audit.kpi.growthValue', {
            change: `${f.growth.changePer30Days > 0 ? '+' : ''}${num(f.growth.changePer30Days, 0)}`,
            percent: pct(f.growth.relativePer30Days),
          })
        : '—',
      note: f.growth ? undefined : t('audit.kpi.growthNone'),
    },
  ];
  return items.filter((i): i is FigureItem => i !== null);
}

/** One card per flag: its name, what it means, and each piece of evidence in words and numbers. */
export function FlagCards({ flags }: { flags: Flag[] }) {
  const words = currentWords();
  if (flags.length === 0) return <p data-testid="flags-empty">{t('audit.flags.empty')}</p>;
  return (
    <ul class="flags" data-testid="flags">
      {flags.map((flag) => (
        <li key={flag.code} class="flag" data-testid="flag" data-code={flag.code}>
          <h3 class="flag__title">
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              aria-hidden="true"
              focusable="false"
              fill="currentColor"
            >
              <path d="M5 2h2v1h12l-2 5 2 5H7v9H5z" />
            </svg>
            {t(`audit.flag.${flag.code}`)}
          </h3>
          <ul class="flag__evidence">
            {flag.evidence.map((e) => (
              <li key={e.key} data-testid="evidence" data-reason={e.reason}>
                {evidenceText(words, e)}
              </li>
            ))}
          </ul>
          <HowComputed text={t(`audit.flag.${flag.code}.help`)} />
        </li>
      ))}
    </ul>
  );
}

function PostList({
  posts,
  basis,
  testId,
}: {
  posts: RankedPost[];
  basis: 'reach' | 'views';
  testId: string;
}) {
  if (posts.length === 0) return <p class="muted">{t('audit.posts.none')}</p>;
  return (
    <ol class="posts" data-testid={testId}>
      {posts.map((p) => (
        <li key={p.id} class="posts__item">
          <p class="posts__caption">{p.caption?.trim() || t('audit.posts.noCaption')}</p>
          <p class="muted small">
            {fmt.dateTime(p.publishedAt)} · {t(`audit.type.${p.type}`)} ·{' '}
            {t('audit.posts.line', {
              rate: pct(p.rate),
              interactions: num(p.interactions, 0),
              basis: t(`audit.basis.${basis}`),
              audience: num(p.audience, 0),
            })}
          </p>
          {p.permalink && (
            <a href={p.permalink} target="_blank" rel="noopener noreferrer" class="small">
              {t('audit.posts.open')}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A window the server cannot compute (no posts to take a bound from) is an empty account, not a fault. */
const isNoPosts = (error: ApiError | null) =>
  error?.code === 'validation' && error.fields.some((f) => f.field.startsWith('window'));

export function FormatMix({ figures }: { figures: AuditFigures }) {
  const mix = figures.kpis.format_mix;
  return (
    <>
      <Table caption={t('audit.mix.title')}>
        <thead>
          <tr>
            <th scope="col">{t('audit.mix.type')}</th>
            <th scope="col">{t('audit.mix.posts')}</th>
            <th scope="col">{t('audit.mix.share')}</th>
            <th scope="col">{t('audit.mix.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {mix.map((m) => (
            <tr key={m.type}>
              <th scope="row">{t(`audit.type.${m.type}`)}</th>
              <td>{num(m.posts, 0)}</td>
              <td>{pct(m.share)}</td>
              <td>{pct(m.engagement_rate)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <RowBars
        title={t('audit.mix.rate')}
        rows={mix.map((m) => ({ key: m.type, label: t(`audit.type.${m.type}`), value: m.engagement_rate }))}
        format={(v) => pct(v)}
      />
      <div class="row small">
        <HowComputed text={t('audit.mix.share.help')} />
        <HowComputed text={t('audit.mix.rate.help')} />
      </div>
    </>
  );
}

export function WeeklyCharts({ figures }: { figures: AuditFigures }) {
  const weeks = figures.weeks;
  const labels = weeks.map((w) => fmt.date(w.week, 'short'));
  const postRefs = figures.references
    .filter((r) => r.metric === 'posts_per_week')
    .map((r) => ({
      value: r.value,
      label: t('audit.weeks.reference', { source: r.source, year: r.year, value: num(r.value, 2) }),
    }));
  const silent = weeks.filter((w) => w.posts === 0).length;
  const basisWord = t(`audit.basis.${figures.basis}`);
  return (
    <div class="stack" data-testid="weekly">
      <p>
        {silent === 0
          ? t('audit.weeks.allActive')
          : t('audit.weeks.silent', { n: silent, total: weeks.length })}
      </p>
      <WeekBars
        title={t('audit.weeks.posts')}
        values={weeks.map((w) => w.posts)}
        labels={labels}
        format={(v) => num(v, 1)}
        references={postRefs}
        testId="weekly-posts"
      />
      <WeekBars
        title={t(`audit.weeks.audience.${figures.basis}`)}
        values={weeks.map((w) => w.medianAudience)}
        labels={labels}
        format={(v) => num(v, 0)}
      />
      <WeekBars
        title={t('audit.weeks.rate')}
        values={weeks.map((w) => w.medianRate)}
        labels={labels}
        format={(v) => pct(v)}
      />
      <p class="muted small">{t('audit.weeks.noReference', { basis: basisWord })}</p>
    </div>
  );
}

function Travel({ figures }: { figures: AuditFigures }) {
  const ranked = [...figures.posts.best, ...figures.posts.worst];
  const basis = t(`audit.basis.${figures.basis}`);
  return (
    <section class="section" aria-labelledby="travel-title" data-testid="did-not-travel">
      <h3 id="travel-title">{t('audit.travel.title')}</h3>
      <p class="muted">{t('audit.travel.intro', { basis })}</p>
      {figures.didNotTravel.length === 0 ? (
        <p>{t('audit.travel.empty')}</p>
      ) : (
        <ul class="list">
          {figures.didNotTravel.map((id) => {
            const known = ranked.find((p) => p.id === id);
            return (
              <li key={id}>
                {known?.permalink ? (
                  <a href={known.permalink} target="_blank" rel="noopener noreferrer">
                    {known.caption?.slice(0, 80) || t('audit.travel.post', { id })}
                  </a>
                ) : (
                  <span>{known?.caption?.slice(0, 80) || t('audit.travel.post', { id })}</span>
                )}
                {known && <span class="muted small"> · {pct(known.rate)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function KpiSection({
  account,
  canManage,
  version,
}: {
  account: AuditAccount;
  canManage: boolean;
  /** Bumped after a file or a follower count is stored: the figures reload in the chosen window. */
  version: number;
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [query, setQuery] = useState('');
  const context = useAuditProgramme();
  // Read in the programme whose thresholds apply, once it is known (one request, not two).
  const figures = useResource<AuditAnswer>(
    context.ready
      ? withProgramme(
          `/api/audit/accounts/${encodeURIComponent(account.id)}/kpis${query}`,
          context.programme?.id,
        )
      : null,
  );
  const { reload } = figures;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const f = hasFigures(figures.data) ? figures.data : null;
  const dates = f ? windowDates(f.kpis.window, account.timeZone) : null;
  return (
    <section class="section stack" aria-labelledby="kpi-title" data-testid="kpis">
      <h2 id="kpi-title">{t('audit.kpi.title')}</h2>
      <form
        class="audit-window no-print"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(windowQuery(from, to));
        }}
      >
        <fieldset>
          <legend>{t('audit.kpi.window')}</legend>
          <div class="row">
            <Field
              type="date"
              label={t('audit.kpi.from')}
              value={from}
              onValue={setFrom}
              data-testid="window-from"
            />
            <Field type="date" label={t('audit.kpi.to')} value={to} onValue={setTo} data-testid="window-to" />
          </div>
          <p class="field__hint">{t('audit.kpi.windowHint')}</p>
          <div class="row">
            <Button type="submit" variant="secondary" data-testid="window-apply">
              {t('audit.kpi.apply')}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                setFrom('');
                setTo('');
                setQuery('');
              }}
            >
              {t('audit.kpi.all')}
            </Button>
          </div>
        </fieldset>
      </form>
      {(figures.error && isNoPosts(figures.error)) || (figures.data && !f) ? (
        <EmptyState title={t('audit.kpi.noPosts')}>
          {canManage ? t('audit.kpi.noPostsManage') : null}
        </EmptyState>
      ) : figures.error ? (
        <LoadError error={figures.error} onRetry={figures.reload} />
      ) : !f || !dates ? (
        <Loading />
      ) : (
        <>
          <p data-testid="kpi-window">
            <strong>
              {t('audit.kpi.windowText', {
                from: fmt.date(dates.from),
                to: fmt.date(dates.to),
                posts: num(f.kpis.posts, 0),
              })}
            </strong>
          </p>
          <div class="stats">
            {figureList(f).map((item) => (
              <Stat
                key={item.name}
                name={item.name}
                label={item.label}
                value={item.value}
                note={item.note}
                help={item.help}
              />
            ))}
          </div>

          <section class="section" aria-labelledby="flags-title">
            <h3 id="flags-title">{t('audit.flags.title')}</h3>
            <p class="muted small">{t('audit.flags.heuristic')}</p>
            <ThresholdsNote programme={context.programme} />
            <FlagCards flags={f.kpis.flags} />
          </section>

          <section class="section" aria-labelledby="mix-title" data-testid="format-mix">
            <h3 id="mix-title">{t('audit.mix.title')}</h3>
            <FormatMix figures={f} />
          </section>

          <section class="section" aria-labelledby="times-title">
            <h3 id="times-title">{t('audit.times.title')}</h3>
            <Heatmap cells={f.bestTimes} />
            <HowComputed text={t('audit.times.help')} />
          </section>

          <section class="section" aria-labelledby="weeks-title">
            <h3 id="weeks-title">{t('audit.weeks.title')}</h3>
            <WeeklyCharts figures={f} />
          </section>

          <div class="grid audit-posts">
            <section aria-labelledby="best-title">
              <h3 id="best-title">{t('audit.posts.best')}</h3>
              <PostList posts={f.posts.best} basis={f.basis} testId="best-posts" />
            </section>
            <section aria-labelledby="worst-title">
              <h3 id="worst-title">{t('audit.posts.worst')}</h3>
              <PostList posts={f.posts.worst} basis={f.basis} testId="worst-posts" />
            </section>
          </div>
          <Travel figures={f} />
        </>
      )}
    </section>
  );
}
