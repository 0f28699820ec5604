/**
 * `/c/:id/scorecard`: a campaign on A4 — rubric means per thing reviewed, caption checks per post, and the
 * public's response per variant from the field; CSV.
 */

import { useRoute } from 'preact-iso';
import { slugOf, toCsv } from '#core/export-files.ts';
import { downloadText } from '#web/app/download.ts';
import { fmt, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useProgramme } from '#web/app/programme-store.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { criterionName, percentText, platformLabel, scoreText, statusLabel } from './bits.tsx';
import { warningsOf } from './caption.ts';
import { warningMessage, warningTitle } from './caption-checks-view.tsx';

import { fieldCsvRows } from './field-figures.ts';
import { FieldResponseSection, outcomeLabel } from './field-response-view.tsx';
import { Summaries } from './review-summary.tsx';
import { makeTargetLabel } from './review-tab.tsx';
import { campaignMean, lowestAgreement, orderSummaries, rubricCsvRows, targetMean } from './scorecard.ts';
import type { AssetList, CampaignDetail, CampaignFieldResponse, ReviewList } from './types.ts';
import './campaign.css';

export function ScorecardPage() {
  const { params } = useRoute();
  const id = encodeURIComponent(params.id ?? '');
  const detail = useResource<CampaignDetail>(`/api/campaigns/${id}`);
  const assets = useResource<AssetList>(`/api/campaigns/${id}/assets`);
  const reviews = useResource<ReviewList>(`/api/campaigns/${id}/reviews`);
  const field = useResource<CampaignFieldResponse>(`/api/campaigns/${id}/field-response`);
  const programme = useProgramme(detail.data?.campaign.programmeId ?? null);
  useTitle(t('campaign.scorecard.title'));
  const failed = detail.error ?? assets.error ?? reviews.error ?? field.error;
  if (failed)
    return (
      <LoadError
        error={failed}
        onRetry={() => {
          for (const r of [detail, assets, reviews, field]) if (r.error) r.reload();
        }}
      />
    );
  if (!detail.data || !assets.data || !reviews.data || !field.data) return <Loading />;
  const response = field.data;
  const { campaign, content } = detail.data;
  const plan = campaign.plan;
  const label = makeTargetLabel(assets.data.assets, content);
  const summaries = orderSummaries(reviews.data.summaries);
  const posts = content.map((item) => ({ item, warnings: warningsOf(item.caption, item.platform) }));
  const postLabel = (item: (typeof content)[number]) =>
    `${platformLabel(item.platform)} · ${item.scheduledAt ? fmt.dateTime(item.scheduledAt) : t('campaign.post.unscheduled')}`;
  const today = new Date().toLocaleDateString('sv-SE');
  const programmeName = programme.data?.programme.name ?? '';
  const overall = campaignMean(summaries);

  const csv = () =>
    toCsv([
      [
        t('campaign.csv.section'),
        t('campaign.csv.item'),
        t('campaign.csv.criterion'),
        t('campaign.csv.value'),
        t('campaign.csv.reviewers'),
        t('campaign.csv.agreement'),
        t('campaign.csv.share'),
      ],
      ...rubricCsvRows(summaries, {
        section: t('campaign.csv.rubric'),
        item: (s) => label(s.target, s.targetId),
        criterion: (id) => {
          const criterion = reviews.data?.rubric.find((r) => r.id === id);
          return criterion ? criterionName(criterion) : id;
        },
      }),
      ...posts.flatMap(({ item, warnings }) =>
        warnings.map((w) => [
          t('campaign.csv.caption'),
          postLabel(item),
          warningTitle(w),
          warningMessage(w),
          null,
          null,
          null,
        ]),
      ),
      ...fieldCsvRows(response, {
        section: t('campaign.csv.field'),
        total: t('campaign.csv.fieldTotal'),
        outcome: (o) => outcomeLabel(response.outcomes, o),
      }),
    ]);

  return (
    <div class="stack report c-scorecard" data-testid="scorecard">
      <div class="page-head no-print">
        <a href={`/c/${id}`}>← {t('campaign.scorecard.back')}</a>
        <div class="row">
          <Button variant="secondary" onClick={() => window.print()}>
            <Icon name="print" /> {t('campaign.print')}
          </Button>
          <Button
            variant="secondary"
            data-testid="scorecard-csv"
            onClick={() => downloadText(`skor-${slugOf(plan.title, 'kampanye')}.csv`, csv())}
          >
            <Icon name="download" /> {t('campaign.csv.download')}
          </Button>
        </div>
      </div>
      <header class="report__section">
        <p class="muted">{t('campaign.scorecard.title')}</p>
        <h1>{plan.title}</h1>
        <p>
          {campaign.team.name} · {plan.theme}
        </p>
        <p>
          <strong data-testid="scorecard-mean" data-reviewed={overall !== null}>
            {overall === null
              ? t('campaign.scorecard.notReviewed')
              : t('campaign.scorecard.overall', { score: scoreText(overall) })}
          </strong>
        </p>
        {plan.keyMessage && (
          <p>
            <strong>{t('campaign.plan.keyMessage')}:</strong> {plan.keyMessage}
          </p>
        )}
        {plan.callToAction && (
          <p>
            <strong>{t('campaign.plan.callToAction')}:</strong> {plan.callToAction}
          </p>
        )}
      </header>
      <section class="report__section" aria-labelledby="sc-rubric">
        <h2 id="sc-rubric">{t('campaign.scorecard.rubric')}</h2>
        {summaries.length === 0 ? (
          <p class="muted">{t('campaign.summary.none')}</p>
        ) : (
          <>
            <Table caption={t('campaign.scorecard.rubric')}>
              <thead>
                <tr>
                  <th scope="col">{t('campaign.csv.item')}</th>
                  <th scope="col">{t('campaign.csv.reviewers')}</th>
                  <th scope="col">{t('campaign.summary.score')}</th>
                  <th scope="col">{t('campaign.scorecard.lowestAgreement')}</th>
                </tr>
              </thead>
              <tbody>
                {summaries.map((s) => (
                  <tr key={`${s.target}|${s.targetId ?? ''}`} data-testid="scorecard-target">
                    <th scope="row">{label(s.target, s.targetId)}</th>
                    <td>{s.reviewers}</td>
                    <td>{scoreText(targetMean(s))}</td>
                    <td>
                      {s.reviewers < 2 ? t('campaign.scorecard.needsTwo') : percentText(lowestAgreement(s))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Summaries summaries={summaries} rubric={reviews.data.rubric} label={label} />
          </>
        )}
      </section>
      <section class="report__section" aria-labelledby="sc-captions">
        <h2 id="sc-captions">{t('campaign.scorecard.captions')}</h2>
        <p class="muted">{t('caption.heuristic')}</p>
        {posts.length === 0 ? (
          <p class="muted">{t('campaign.calendar.emptyTitle')}</p>
        ) : (
          <Table caption={t('campaign.scorecard.captions')}>
            <thead>
              <tr>
                <th scope="col">{t('campaign.csv.item')}</th>
                <th scope="col">{t('campaign.post.status')}</th>
                <th scope="col">{t('campaign.scorecard.warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {posts.map(({ item, warnings }) => (
                <tr key={item.id} data-testid="scorecard-post" data-warnings={warnings.length}>
                  <th scope="row">{postLabel(item)}</th>
                  <td>{statusLabel(item.status)}</td>
                  <td>
                    {!item.caption.trim() ? (
                      <span class="muted">{t('campaign.post.noCaption')}</span>
                    ) : warnings.length === 0 ? (
                      t('campaign.checks.none')
                    ) : (
                      <ul class="c-warnings c-warnings--plain">
                        {warnings.map((w) => (
                          <li key={w.code}>
                            <strong>{warningTitle(w)}</strong> — {warningMessage(w)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <FieldResponseSection response={response} />
      <footer class="print-footer">
        {[programmeName, campaign.team.name, t('campaign.scorecard.printed', { date: fmt.date(today) })]
          .filter(Boolean)
          .join(' · ')}
      </footer>
    </div>
  );
}
