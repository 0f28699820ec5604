/**
 * `/audit/compare?platform=instagram`: the accounts of one platform side by side over one window, with
 * published medians drawn as reference lines only beside a figure with the same denominator.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PLATFORMS } from '#core/audit/model.ts';
import { REFERENCE_FIGURES, type ReferenceMetric } from '#core/audit/references.ts';
import { type ApiError, api, asApiError } from '#web/app/api.ts';
import { locale, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button } from '#web/components/ui/button.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { PlatformMark, platformLabel } from './bits.tsx';
import { type ReferenceLine, RowBars } from './charts.tsx';
import { formatFigure, formatPercent, windowQuery } from './figures.ts';
import {
  type AccountList,
  type AuditAnswer,
  type AuditFigures,
  hasFigures,
  type ListedAccount,
  type Platform,
} from './types.ts';
import './audit.css';

type Row = { account: ListedAccount; figures: AuditFigures | null };

const isPlatform = (value: unknown): value is Platform =>
  typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);

/** An account without posts in the window has no figures (the server says so with a window error). */
const noPosts = (error: ApiError) =>
  error.code === 'validation' && error.fields.some((f) => f.field.startsWith('window'));

function useRows(accounts: ListedAccount[] | null, query: string) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!accounts) return;
    let live = true;
    setRows(null);
    setError(null);
    Promise.all(
      accounts.map((account) =>
        api.get<AuditAnswer>(`/api/audit/accounts/${encodeURIComponent(account.id)}/kpis${query}`).then(
          (answer): Row => ({ account, figures: hasFigures(answer) ? answer : null }),
          (failure: unknown): Row => {
            const e = asApiError(failure);
            if (noPosts(e)) return { account, figures: null };
            throw e;
          },
        ),
      ),
    ).then(
      (next) => live && setRows(next),
      (failure: unknown) => live && setError(asApiError(failure)),
    );
    return () => {
      live = false;
    };
    // `accounts` is derived on every render: its ids, not its identity, decide whether to fetch again.
  }, [accounts?.map((a) => a.id).join(','), query, version]);
  return { rows, error, retry: () => setVersion((v) => v + 1) };
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
  const [windowText, setWindowText] = useState('');
  useTitle(`${t('audit.comparePage.title')} · ${platformLabel(platform)}`);
  const list = useResource<AccountList>('/api/audit/accounts');
  const accounts = list.data ? list.data.accounts.filter((a) => a.platform === platform) : null;
  const { rows, error, retry } = useRows(accounts, windowText);

  const basis = platform === 'tiktok' ? 'views' : 'reach';
  const audience = (f: AuditFigures) => (basis === 'views' ? f.kpis.median_views : f.kpis.median_reach);
  const rate = (f: AuditFigures) =>
    basis === 'views' ? f.kpis.engagement_rate_views : f.kpis.engagement_rate_reach;
  const label = (r: Row) => `@${r.account.handle}`;
  const bars = (value: (f: AuditFigures) => number | null) =>
    (rows ?? []).map((r) => ({
      key: r.account.id,
      label: label(r),
      value: r.figures ? value(r.figures) : null,
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
          setWindowText(windowQuery(from, to));
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
          <Field type="date" label={t('audit.kpi.from')} value={from} onValue={setFrom} />
          <Field type="date" label={t('audit.kpi.to')} value={to} onValue={setTo} />
        </div>
        <p class="field__hint">{t('audit.kpi.windowHint')}</p>
        <Button type="submit" variant="secondary">
          {t('audit.kpi.apply')}
        </Button>
      </form>

      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : error ? (
        <LoadError error={error} onRetry={retry} />
      ) : !accounts || !rows ? (
        <Loading />
      ) : accounts.length === 0 ? (
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
                const f = r.figures;
                return (
                  <tr key={r.account.id} data-testid="compare-row" data-handle={r.account.handle}>
                    <th scope="row">
                      <a href={`/audit/${encodeURIComponent(r.account.id)}`}>{label(r)}</a>
                      <br />
                      <span class="muted small">{r.account.organisationName}</span>
                    </th>
                    {f ? (
                      <>
                        <td data-testid="compare-posts">{num(f.kpis.posts, 0)}</td>
                        <td>{num(f.kpis.posts_per_week, 1)}</td>
                        <td>{num(audience(f), 0)}</td>
                        <td>{pct(rate(f))}</td>
                        <td>{pct(f.kpis.engagement_rate_followers)}</td>
                        <td>{pct(f.kpis.reach_rate)}</td>
                        <td>{t('audit.kpi.days', { n: num(f.kpis.longest_gap_days, 1) })}</td>
                        <td>
                          {f.kpis.flags.length === 0
                            ? t('audit.comparePage.noFlags')
                            : f.kpis.flags.map((flag) => t(`audit.flag.${flag.code}`)).join(', ')}
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
          <div class="compare-charts">
            <RowBars
              title={t('audit.comparePage.chart', { label: t('audit.kpi.posts_per_week') })}
              rows={bars((f) => f.kpis.posts_per_week)}
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
              rows={bars((f) => f.kpis.engagement_rate_followers)}
              format={(v) => pct(v)}
              references={referencesFor(platform, 'engagement_rate_followers')}
              testId="compare-chart-followers"
            />
            <RowBars
              title={t('audit.comparePage.chart', { label: t('audit.kpi.reach_rate') })}
              rows={bars((f) => f.kpis.reach_rate)}
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
