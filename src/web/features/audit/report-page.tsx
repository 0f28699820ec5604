/** `/audit/:id/report`: an account's audit on A4 — figures, flags with evidence, charts, pinned critique. */
import { useRoute } from 'preact-iso';
import { fmt, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { AccountHeading, useOrganisationName } from './account-page.tsx';
import { useAuditProgramme, withProgramme } from './audit-programme.ts';
import { ThresholdsNote } from './bits.tsx';
import { Heatmap } from './charts.tsx';
import { windowDates } from './figures.ts';
import { FlagCards, FormatMix, figureList, WeeklyCharts } from './kpi-section.tsx';
import { type AccountDetail, type AuditAnswer, type CritiqueList, hasFigures } from './types.ts';
import './audit.css';

export function AuditReportPage() {
  const { params } = useRoute();
  const id = encodeURIComponent(params.id ?? '');
  const detail = useResource<AccountDetail>(`/api/audit/accounts/${id}`);
  const context = useAuditProgramme();
  const figures = useResource<AuditAnswer>(
    context.ready ? withProgramme(`/api/audit/accounts/${id}/kpis`, context.programme?.id) : null,
  );
  const critiques = useResource<CritiqueList>(`/api/audit/accounts/${id}/critiques`);
  const organisationName = useOrganisationName(detail.data?.account);
  useTitle(t('audit.report.title'));
  if (detail.error) return <LoadError error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const { account } = detail.data;
  const f = hasFigures(figures.data) ? figures.data : null;
  const dates = f ? windowDates(f.kpis.window, account.timeZone) : null;
  const pinned = (critiques.data?.critiques ?? []).filter((c) => c.pinned);
  const today = new Date().toLocaleDateString('sv-SE');
  return (
    <div class="stack report audit audit-report" data-testid="audit-report">
      <div class="page-head no-print">
        <a href={`/audit/${id}`}>← {t('audit.report.back')}</a>
        <Button variant="secondary" onClick={() => window.print()}>
          <Icon name="print" /> {t('audit.report.print')}
        </Button>
      </div>
      <header class="report__section">
        <p class="muted">{t('audit.report.title')}</p>
        <AccountHeading account={account} organisationName={organisationName} />
        {f && dates && (
          <p>
            <strong>
              {t('audit.kpi.windowText', {
                from: fmt.date(dates.from),
                to: fmt.date(dates.to),
                posts: f.kpis.posts,
              })}
            </strong>
          </p>
        )}
      </header>
      {figures.error ? (
        <LoadError error={figures.error} />
      ) : !figures.data ? (
        <Loading />
      ) : !f ? (
        <p class="muted">{t('audit.kpi.noPosts')}</p>
      ) : (
        <>
          <section class="report__section" aria-labelledby="report-figures">
            <h2 id="report-figures">{t('audit.report.figures')}</h2>
            <Table caption={t('audit.report.figures')}>
              <thead>
                <tr>
                  <th scope="col">{t('audit.report.figure')}</th>
                  <th scope="col">{t('audit.report.value')}</th>
                </tr>
              </thead>
              <tbody>
                {figureList(f).map((item) => (
                  <tr key={item.name}>
                    <th scope="row">
                      {t(item.label)}
                      <br />
                      <span class="muted small">{t(item.help)}</span>
                    </th>
                    <td>
                      {item.value}
                      {item.note && <span class="muted small"> ({item.note})</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
          <section class="report__section" aria-labelledby="report-flags">
            <h2 id="report-flags">{t('audit.flags.title')}</h2>
            <p class="muted small">{t('audit.flags.heuristic')}</p>
            <ThresholdsNote programme={context.programme} />
            <FlagCards flags={f.kpis.flags} />
          </section>
          <section class="report__section" aria-labelledby="report-mix">
            <h2 id="report-mix">{t('audit.mix.title')}</h2>
            <FormatMix figures={f} />
          </section>
          <section class="report__section" aria-labelledby="report-weeks">
            <h2 id="report-weeks">{t('audit.weeks.title')}</h2>
            <WeeklyCharts figures={f} />
          </section>
          <section class="report__section" aria-labelledby="report-times">
            <h2 id="report-times">{t('audit.times.title')}</h2>
            <Heatmap cells={f.bestTimes} />
          </section>
        </>
      )}
      <section class="report__section" aria-labelledby="report-pinned" data-testid="report-pinned">
        <h2 id="report-pinned">{t('audit.report.pinned')}</h2>
        {critiques.error ? (
          <LoadError error={critiques.error} onRetry={critiques.reload} />
        ) : !critiques.data ? (
          <Loading />
        ) : pinned.length === 0 ? (
          <p class="muted">{t('audit.report.noPinned')}</p>
        ) : (
          <ul class="list">
            {pinned.map((c) => (
              <li key={c.id}>
                <strong>{t(`audit.critique.kind.${c.kind}`)}</strong>: {c.body}
                <span class="muted small">
                  {' '}
                  · {c.author ?? t('audit.critique.anonymousAuthor')} · +{c.votes}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer class="print-footer">
        {[`@${account.handle}`, organisationName, t('audit.report.printed', { date: fmt.date(today) })]
          .filter(Boolean)
          .join(' · ')}
      </footer>
    </div>
  );
}
