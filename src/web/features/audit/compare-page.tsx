/**
 * `/audit/compare?platform=instagram`: the accounts of one platform side by side over one window, with
 * published medians drawn as reference lines only beside a figure with the same denominator.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PLATFORMS } from '#core/audit/model.ts';
import { REFERENCE_FIGURES, type ReferenceMetric } from '#core/audit/references.ts';
import type { ApiError } from '#web/app/api.ts';
import { locale, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button } from '#web/components/ui/button.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { useAuditProgramme } from './audit-programme.ts';
import { PlatformMark, platformLabel, ThresholdsNote } from './bits.tsx';
import { type ReferenceLine, RowBars } from './charts.tsx';
import { compareUrl, formatFigure, formatPercent, windowIssue } from './figures.ts';
import type { CompareAnswer, CompareRow, KpisJson, Platform } from './types.ts';
import './audit.css';

const isPlatform = (value: unknown): value is Platform =>
  typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);

/** A window the server refuses, said beside the date it concerns. */
function windowError(error: ApiError | null, bound: 'from' | 'to'): string | undefined {
  const issue = windowIssue(error, bound);
  if (!issue) return undefined;
  return t(issue === 'date_order' ? 'audit.window.order' : 'audit.window.invalid');
}

const pct = (v: number | null) => formatPercent(locale.value, v);
const num = (v: number | null, digits = 1) => formatFigure(locale.value, v, digits);

function referencesFor(platform: Platform, metric: ReferenceMetric): ReferenceLine[] {
  return REFERENCE_FIGURES.filter((r) => r.platform === platform && r.metric === metric).map((r) => ({
    value: r.value,
    label: t('audit.comparePage.reference', {
      value: r.metric === 'posts_per_week' ? num(r.value, 2) : pct(r.value),
      source: r.source,
      year: r.year,
      scope: r.scope,
    }),
  }));
}

export function AuditComparePage() {
  const { query, route } = useLocation();
  const platform: Platform = isPlatform(query.platform) ? query.platform : 'instagram';
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState<{ from: string; to: string }>({ from: '', to: '' });
  useTitle(`${t('audit.comparePage.title')} · ${platformLabel(platform)}`);
  const context = useAuditProgramme();
  const answer = useResource<CompareAnswer>(
    context.ready ? compareUrl(platform, period.from, period.to, context.programme?.id) : null,
  );
  // A refused window keeps the last rows on screen; the dates say what is wrong.
  const windowRefused =
    windowIssue(answer.error, 'from') || windowIssue(answer.error, 'to') ? answer.error : null;
  const rows = answer.data?.platform === platform ? answer.data.accounts : null;

  const basis = platform === 'tiktok' ? 'views' : 'reach';
  const audience = (k: KpisJson) => (basis === 'views' ? k.median_views : k.median_reach);
  const rate = (k: KpisJson) => (basis === 'views' ? k.engagement_rate_views : k.engagement_rate_reach);
  const label = (r: CompareRow) => `@${r.account.handle}`;
  const bars = (value: (k: KpisJson) => number | null) =>
    (rows ?? []).map((r) => ({
      key: r.account.id,
      label: label(r),
      value: r.kpis ? value(r.kpis) : null,
    }));

  return (
    <div class="stack audit" data-testid="compare-page" data-platform={platform}>
      <p class="no-print">
        <a href="/audit">← {t('audit.account.all')}</a>
      </p>
      <div class="page-head">
        <div>
          <h1>
            {t('audit.comparePage.title')} · <PlatformMark platform={platform} />
          </h1>
          <p class="muted">{t('audit.comparePage.intro')}</p>
        </div>
      </div>
      <form
        class="audit-window no-print"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod({ from, to });
        }}
      >
        <div class="row">
          <Select
            label={t('audit.comparePage.platform')}
            value={platform}
            onValue={(p) => route(`/audit/compare?platform=${p}`)}
            options={PLATFORMS.map((p) => ({ value: p, label: platformLabel(p) }))}
            data-testid="compare-platform"
          />
          <Field
            type="date"
            label={t('audit.kpi.from')}
            value={from}
            onValue={setFrom}
            error={windowError(windowRefused, 'from')}
            data-testid="compare-from"
          />
          <Field
            type="date"
            label={t('audit.kpi.to')}
            value={to}
            onValue={setTo}
            error={windowError(windowRefused, 'to')}
            data-testid="compare-to"
          />
        </div>
        <p class="field__hint">{t('audit.kpi.windowHint')}</p>
        <Button type="submit" variant="secondary" data-testid="compare-apply">
          {t('audit.kpi.apply')}
        </Button>
      </form>

      {answer.error && !windowRefused ? (
        <LoadError error={answer.error} onRetry={answer.reload} />
      ) : !rows ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState title={t('audit.comparePage.empty', { platform: platformLabel(platform) })} />
      ) : (
        <>
          <Table caption={t('audit.comparePage.title')}>
            <thead>
              <tr>
                <th scope="col">{t('audit.comparePage.account')}</th>
                <th scope="col">{t('audit.kpi.posts')}</th>
                <th scope="col">{t('audit.kpi.posts_per_week')}</th>
                <th scope="col">
                  {t(basis === 'views' ? 'audit.kpi.median_views' : 'audit.kpi.median_reach')}
                </th>
                <th scope="col">
                  {t(
                    basis === 'views' ? 'audit.kpi.engagement_rate_views' : 'audit.kpi.engagement_rate_reach',
                  )}
                </th>
                <th scope="col">{t('audit.kpi.engagement_rate_followers')}</th>
                <th scope="col">{t('audit.kpi.reach_rate')}</th>
                <th scope="col">{t('audit.kpi.longest_gap_days')}</th>
                <th scope="col">{t('audit.comparePage.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const k = r.kpis;
                return (
                  <tr key={r.account.id} data-testid="compare-row" data-handle={r.account.handle}>
                    <th scope="row">
                      <a href={`/audit/${encodeURIComponent(r.account.id)}`}>{label(r)}</a>
                      <br />
                      <span class="muted small">{r.account.organisationName}</span>
                    </th>
                    {k ? (
                      <>
                        <td data-testid="compare-posts">{num(k.posts, 0)}</td>
                        <td>{num(k.posts_per_week, 1)}</td>
                        <td>{num(audience(k), 0)}</td>
                        <td>{pct(rate(k))}</td>
                        <td>{pct(k.engagement_rate_followers)}</td>
                        <td>{pct(k.reach_rate)}</td>
                        <td>{t('audit.kpi.days', { n: num(k.longest_gap_days, 1) })}</td>
                        <td>
                          {k.flags.length === 0
                            ? t('audit.comparePage.noFlags')
                            : k.flags.map((flag) => t(`audit.flag.${flag.code}`)).join(', ')}
                        </td>
                      </>
                    ) : (
                      <td colSpan={8} class="muted">
                        {t('audit.comparePage.noFigures')}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <ThresholdsNote programme={context.programme} />
          <div class="compare-charts">
            <RowBars
              title={t('audit.comparePage.chart', { label: t('audit.kpi.posts_per_week') })}
              rows={bars((k) => k.posts_per_week)}
              format={(v) => num(v, 1)}
              references={referencesFor(platform, 'posts_per_week')}
              testId="compare-chart-posts"
            />
            <RowBars
              title={t('audit.comparePage.chart', {
                label: t(basis === 'views' ? 'audit.kpi.median_views' : 'audit.kpi.median_reach'),
              })}
              rows={bars(audience)}
              format={(v) => num(v, 0)}
              testId="compare-chart-audience"
            />
            <RowBars
              title={t('audit.comparePage.chart', {
                label: t(
                  basis === 'views' ? 'audit.kpi.engagement_rate_views' : 'audit.kpi.engagement_rate_reach',
                ),
              })}
              rows={bars(rate)}
              format={(v) => pct(v)}
              testId="compare-chart-rate"
            />
            <RowBars
              title={t('audit.comparePage.chart', { label: t('audit.kpi.engagement_rate_followers') })}
              rows={bars((k) => k.engagement_rate_followers)}
              format={(v) => pct(v)}
              references={referencesFor(platform, 'engagement_rate_followers')}
              testId="compare-chart-followers"
            />
            <RowBars
              title={t('audit.comparePage.chart', { label: t('audit.kpi.reach_rate') })}
              rows={bars((k) => k.reach_rate)}
              format={(v) => pct(v)}
              references={referencesFor(platform, 'reach_rate')}
            />
          </div>
          <p class="muted small">{t('audit.weeks.noReference', { basis: t(`audit.basis.${basis}`) })}</p>
        </>
      )}
    </div>
  );
}
