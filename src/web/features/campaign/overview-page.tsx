/**
 * `/p/:id/campaigns/overview`: one row per campaign — posts, caption warnings, reviewers, rubric mean, the
 * public's response per variant in the field; CSV.
 */

import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { slugOf, toCsv } from '#core/export-files.ts';
import { type ApiError, api, asApiError } from '#web/app/api.ts';
import { downloadText } from '#web/app/download.ts';
import { fmt, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useProgramme } from '#web/app/programme-store.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { localText, scoreText } from './bits.tsx';
import { warningsOf } from './caption.ts';

import { overviewFieldCells, overviewOutcomes } from './field-figures.ts';
import { FieldResponseCell } from './field-response-view.tsx';
import { type OverviewRow, overviewCsvCells, overviewRow } from './scorecard.ts';
import type { CampaignDetail, CampaignFieldResponse, CampaignList, ReviewList } from './types.ts';

interface Row extends OverviewRow {
  field: CampaignFieldResponse;
}

import './campaign.css';

/**
 * Each campaign's plan, calendar, reviews and field response, fetched side by side (a programme has a
 * handful of teams).
 */
function useOverview(programmeId: string) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    (async () => {
      const list = await api.get<CampaignList>(
        `/api/programmes/${encodeURIComponent(programmeId)}/campaigns`,
      );
      return Promise.all(
        list.campaigns.map(async (c) => {
          const path = `/api/campaigns/${encodeURIComponent(c.id)}`;
          const [detail, reviews, field] = await Promise.all([
            api.get<CampaignDetail>(path),
            api.get<ReviewList>(`${path}/reviews`),
            api.get<CampaignFieldResponse>(`${path}/field-response`),
          ]);
          const row = overviewRow(
            detail.campaign,
            detail.content,
            reviews.reviews,
            reviews.summaries,
            (item) => warningsOf(item.caption, item.platform).length,
          );
          return { ...row, field };
        }),
      );
    })().then(
      (next) => live && setRows(next),
      (failure: unknown) => live && setError(asApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [programmeId, attempt]);
  return { rows, error, retry: () => setAttempt((n) => n + 1) };
}

export function CampaignOverviewPage() {
  const { params } = useRoute();
  const programmeId = params.id ?? '';
  const programme = useProgramme(programmeId);
  const { rows, error, retry } = useOverview(programmeId);
  useTitle(t('campaign.overview.title'));
  if (error) return <LoadError error={error} onRetry={retry} />;
  if (!rows) return <Loading />;
  const name = programme.data?.programme.name ?? '';
  const today = new Date().toLocaleDateString('sv-SE');
  const outcomes = overviewOutcomes(rows.map((r) => r.field));
  const csv = () =>
    toCsv([
      [
        t('campaign.overview.team'),
        t('campaign.plan.title'),
        t('campaign.plan.theme'),
        t('campaign.overview.posts'),
        t('campaign.overview.warnings'),
        t('campaign.csv.reviewers'),
        t('campaign.overview.mean'),
        t('campaign.overview.fieldTotal'),
        ...outcomes.map((o) => t('campaign.overview.fieldOutcome', { outcome: localText(o.label) })),
      ],
      ...rows.map((r) => [
        ...overviewCsvCells(r),
        ...overviewFieldCells(
          r.field,
          outcomes.map((o) => o.id),
        ),
      ]),
    ]);
  return (
    <div class="stack report" data-testid="campaign-overview">
      <div class="page-head no-print">
        <a href={`/p/${encodeURIComponent(programmeId)}/campaigns`}>← {t('campaign.list.title')}</a>
        <div class="row">
          {programme.data?.can.manage && (
            <LinkButton
              href={`/p/${encodeURIComponent(programmeId)}/campaigns/rubric`}
              variant="secondary"
              data-testid="rubric-edit-link"
            >
              {t('campaign.rubricEdit.link')}
            </LinkButton>
          )}
          <Button variant="secondary" onClick={() => window.print()}>
            <Icon name="print" /> {t('campaign.print')}
          </Button>
          <Button
            variant="secondary"
            data-testid="overview-csv"
            disabled={rows.length === 0}
            onClick={() => downloadText(`kampanye-${slugOf(name, 'program')}.csv`, csv())}
          >
            <Icon name="download" /> {t('campaign.csv.download')}
          </Button>
        </div>
      </div>
      <header>
        <h1>{t('campaign.overview.title')}</h1>
        {name && <p class="muted">{name}</p>}
        <p class="muted">{t('campaign.overview.intro')}</p>
      </header>
      {rows.length === 0 ? (
        <EmptyState title={t('campaign.list.emptyTitle')}>{t('campaign.list.emptyView')}</EmptyState>
      ) : (
        <Table caption={t('campaign.overview.title')}>
          <thead>
            <tr>
              <th scope="col">{t('campaign.overview.team')}</th>
              <th scope="col">{t('campaign.plan.title')}</th>
              <th scope="col">{t('campaign.overview.posts')}</th>
              <th scope="col">{t('campaign.overview.warnings')}</th>
              <th scope="col">{t('campaign.csv.reviewers')}</th>
              <th scope="col">{t('campaign.overview.mean')}</th>
              <th scope="col">{t('campaign.overview.field')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.campaignId} data-testid="overview-row" data-campaign-id={r.campaignId}>
                <th scope="row">{r.team}</th>
                <td>
                  <a href={`/c/${encodeURIComponent(r.campaignId)}/scorecard`}>{r.title}</a>
                  <br />
                  <span class="c-meta">{r.theme}</span>
                </td>
                <td>{fmt.number(r.posts)}</td>
                <td data-testid="overview-warnings">{fmt.number(r.warnings)}</td>
                <td>{fmt.number(r.reviewers)}</td>
                <td data-testid="overview-mean">{scoreText(r.mean)}</td>
                <td data-testid="overview-field">
                  <FieldResponseCell response={r.field} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <footer class="print-footer">
        {[name, t('campaign.scorecard.printed', { date: fmt.date(today) })].filter(Boolean).join(' · ')}
      </footer>
    </div>
  );
}
