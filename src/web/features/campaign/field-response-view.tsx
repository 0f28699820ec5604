/**
 * The public's response per variant: in full on the scorecard (a table per field session, the verdict in
 * the field dashboard's plain words), and in one cell per campaign on the programme overview.
 */
import { formatPValue, type VerdictNames, verdictParams } from '#core/field/verdict-params.ts';
import { formatDateTime } from '#core/i18n/format.ts';
import { fmt, locale, t, tLoose } from '#web/app/i18n.ts';
import { Table } from '#web/components/ui/list.tsx';
import { localText, percentText } from './bits.tsx';
import type { CampaignFieldResponse, FieldResponse } from './types.ts';

type Outcomes = FieldResponse['outcomes'];

/** An outcome's label in the reader's language (an outcome the session no longer lists: its id). */
export const outcomeLabel = (outcomes: Outcomes, id: string) => {
  const outcome = outcomes.find((o) => o.id === id);
  return outcome ? localText(outcome.label) : id;
};

function names(session: FieldResponse['sessions'][number]): VerdictNames {
  return {
    variant: (id) => session.variants.find((v) => v.id === id)?.name ?? id,
    outcome: (id) => outcomeLabel(session.outcomes, id),
  };
}

function SessionTable({ session }: { session: FieldResponse['sessions'][number] }) {
  const comparison = session.comparison;
  const test = comparison?.test ?? null;
  return (
    <div class="stack c-field-session" data-testid="field-session" data-session={session.id}>
      <h3>{session.name}</h3>
      <p class="c-meta">
        {[formatDateTime(locale.value, session.startsAt, session.timeZone), session.place]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <Table caption={session.name}>
        <thead>
          <tr>
            <th scope="col">{t('campaign.fieldResponse.variant')}</th>
            <th scope="col">{t('campaign.fieldResponse.total')}</th>
            {session.outcomes.map((o) => (
              <th scope="col" key={o.id}>
                {localText(o.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {session.variants.map((v) => (
            <tr key={v.id} data-testid="field-variant" data-total={v.total}>
              <th scope="row">{v.name}</th>
              <td>{fmt.number(v.total)}</td>
              {v.outcomes.map((o) => (
                <td key={o.outcome} data-outcome={o.outcome} data-count={o.count}>
                  {fmt.number(o.count)}
                  {o.share !== null && <span class="c-meta c-field-share"> ({percentText(o.share)})</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {comparison ? (
        <p data-testid="field-verdict" data-code={comparison.verdict.code}>
          {tLoose(
            comparison.verdict.key,
            verdictParams(comparison.verdict.params, names(session), locale.value),
          )}
          {test && (
            <>
              {' '}
              {t(test.p < 0.05 ? 'field.test.differs' : 'field.test.no_evidence', {
                p: formatPValue(locale.value, test.p),
              })}
              {comparison.warning === 'small_expected' && <> {t('field.test.small_expected')}</>}
            </>
          )}
        </p>
      ) : (
        <p class="muted" data-testid="field-verdict" data-code="single">
          {t('campaign.fieldResponse.single')}
        </p>
      )}
    </div>
  );
}

/** The scorecard's section. */
export function FieldResponseSection({ response }: { response: CampaignFieldResponse }) {
  return (
    <section class="report__section" aria-labelledby="sc-field" data-testid="scorecard-field">
      <h2 id="sc-field">{t('campaign.fieldResponse.title')}</h2>
      <p class="muted">{t('campaign.fieldResponse.intro')}</p>
      {response.sessions.length === 0 ? (
        <p class="muted">{t('campaign.fieldResponse.none')}</p>
      ) : (
        response.sessions.map((s) => <SessionTable key={s.id} session={s} />)
      )}
    </section>
  );
}

/** The overview's cell: all tallies, then per variant its share of the first outcome (Peduli). */
export function FieldResponseCell({ response }: { response: CampaignFieldResponse | null }) {
  if (!response || response.sessions.length === 0)
    return <span class="muted">{t('campaign.overview.fieldNone')}</span>;
  const first = response.outcomes[0];
  return (
    <>
      <span data-testid="overview-field-total">{fmt.number(response.total)}</span>
      <ul class="c-field-compact">
        {response.sessions.flatMap((s) =>
          s.variants.map((v) => {
            const share = v.outcomes[0]?.share ?? null;
            return (
              <li key={`${s.id}|${v.id}`} class="c-meta" data-testid="overview-field-variant">
                {v.name}:{' '}
                {share === null || !first
                  ? t('campaign.fieldResponse.noTallies')
                  : t('campaign.fieldResponse.compact', {
                      share: percentText(share),
                      outcome: localText(first.label).toLocaleLowerCase(locale.value),
                      n: fmt.number(v.total),
                    })}
              </li>
            );
          }),
        )}
      </ul>
    </>
  );
}
