/**
 * Group results of a round for facilitators, reviewers and media leads: the programme, each organisation and
 * each team side by side, data quality, reliability, and a comparison with another round. Groups below k show
 * no figure at all, only why.
 */
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { formatNumber } from '#core/i18n/format.ts';
import { fmt, locale, type MessageKey, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { me } from '#web/app/session.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Select } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { Table } from '#web/components/ui/list.tsx';
import { BoxPlot, ScoreBar } from './charts.tsx';
import { LEVEL_LABEL, LEVEL_ORDER, roundName } from './labels.ts';
import { useAssessments } from './list-store.ts';
import { changeDirection, effectSize } from './logic.ts';
import { local } from './text.ts';
import type { AssessmentForTaking, Change, Comparison, DimensionRef, Figures, Results } from './types.ts';

const whole = (value: number) => fmt.number(Math.round(value));

function HelpLink({ to }: { to: string }) {
  return (
    <a class="help-link" href={`#help-${to}`}>
      {t('assessment.help.link')}
    </a>
  );
}

function GroupCard({
  name,
  figures,
  k,
  dimensions,
  testId,
}: {
  name: string;
  figures: Figures;
  k: number;
  dimensions: DimensionRef[];
  testId: string;
}) {
  const shown = !figures.suppressed && figures.dimensions !== null;
  return (
    <Card data-testid={testId} data-suppressed={String(!shown)}>
      <h3 class="card__title">{name}</h3>
      {!shown ? (
        <p>
          <Icon name="info" size={16} /> {t('assessment.results.suppressed', { k })}
        </p>
      ) : (
        <>
          <p class="muted">
            {t('assessment.results.n', { n: figures.n })}
            {figures.overall !== null &&
              ` · ${t('assessment.results.overall', { score: whole(figures.overall) })}`}
          </p>
          {figures.distribution && (
            <>
              <BoxPlot d={figures.distribution} label={t('assessment.results.boxLabel')} />
              <p class="muted" style={{ fontSize: 'var(--t-sm)' }}>
                {t('assessment.results.spread', {
                  min: whole(figures.distribution.min),
                  median: whole(figures.distribution.median),
                  max: whole(figures.distribution.max),
                })}
              </p>
            </>
          )}
          {LEVEL_ORDER.map((level) => {
            const dims = dimensions.filter((d) => d.level === level);
            if (dims.length === 0) return null;
            return (
              <div key={level}>
                <h4 class="dim__steps-title">{t(LEVEL_LABEL[level])}</h4>
                <ul class="group-dims">
                  {dims.map((d) => {
                    const value = figures.dimensions?.[d.id] ?? null;
                    const text = value === null ? '—' : whole(value);
                    return (
                      <li key={d.id} class="group-dims__row">
                        <span>{local(d.name)}</span>
                        <span class="group-dims__score">{text}</span>
                        <ScoreBar score={value} label={`${local(d.name)}: ${text}`} />
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </Card>
  );
}

function changeText(c: Change | undefined): string {
  if (!c || c.change === null) return t('assessment.compare.noChange');
  const direction = changeDirection(c.change);
  const points = fmt.number(Math.abs(Math.round(c.change)));
  const head = t(`assessment.compare.${direction}`, { points });
  return c.d === null ? head : `${head}; ${t(`assessment.effect.${effectSize(c.d)}`)}`;
}

function ChangeTable({
  caption,
  measures,
  dimensions,
}: {
  caption: string;
  measures: Record<string, Change>;
  dimensions: DimensionRef[];
}) {
  const rows = [
    { id: 'overall', name: t('assessment.compare.overall') },
    ...dimensions.map((d) => ({ id: d.id, name: local(d.name) })),
  ];
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('assessment.results.dimension')}</th>
          <th scope="col">{t('assessment.compare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const m = measures[r.id];
          return (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>
                {m?.before != null && m.after != null && (
                  <span class="muted">
                    {whole(m.before)} → {whole(m.after)} ·{' '}
                  </span>
                )}
                {changeText(m)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function Compare({
  current,
  programmeId,
  dimensions,
}: {
  current: Results['assessment'];
  programmeId: string;
  dimensions: DimensionRef[];
}) {
  const list = useAssessments(programmeId);
  const [other, setOther] = useState('');
  const others = (list ?? []).filter((a) => a.id !== current.id);
  // The earlier round is the baseline: a follow-up compares back, anything else forwards.
  const chosen = others.find((a) => a.id === other);
  const currentFirst = chosen ? current.round === 'baseline' || chosen.round === 'follow_up' : true;
  const path = chosen
    ? currentFirst
      ? `/api/assessments/${current.id}/comparison?with=${chosen.id}`
      : `/api/assessments/${chosen.id}/comparison?with=${current.id}`
    : null;
  const comparison = useResource<Comparison>(path);
  return (
    <section class="section report__section" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('assessment.compare.title')}</h2>
      {list && others.length === 0 ? (
        <p class="muted">{t('assessment.compare.nothing')}</p>
      ) : (
        <div class="no-print" style={{ maxWidth: '420px' }}>
          <Select
            label={t('assessment.compare.choose')}
            value={other}
            onValue={setOther}
            data-testid="compare-with"
            options={[
              { value: '', label: t('assessment.compare.none') },
              ...others.map((a) => ({ value: a.id, label: `${a.name} · ${roundName(a, t)}` })),
            ]}
          />
        </div>
      )}
      {path && comparison.error && <LoadError error={comparison.error} onRetry={comparison.reload} />}
      {path && comparison.loading && <Loading />}
      {path && comparison.data && !comparison.loading && (
        <div class="stack" data-testid="comparison">
          <p>
            <strong>{comparison.data.baseline.name}</strong> →{' '}
            <strong>{comparison.data.followUp.name}</strong>
          </p>
          <h3>{t('assessment.compare.paired', { n: comparison.data.paired.n })}</h3>
          {comparison.data.paired.suppressed || !comparison.data.paired.measures ? (
            <p>{t('assessment.compare.hidden', { k: comparison.data.k })}</p>
          ) : (
            <ChangeTable
              caption={t('assessment.compare.paired', { n: comparison.data.paired.n })}
              measures={comparison.data.paired.measures}
              dimensions={dimensions}
            />
          )}
          <h3>
            {t('assessment.compare.unpaired', {
              before: comparison.data.unpaired.nBefore,
              after: comparison.data.unpaired.nAfter,
            })}
          </h3>
          {comparison.data.unpaired.suppressed || !comparison.data.unpaired.measures ? (
            <p>{t('assessment.compare.hidden', { k: comparison.data.k })}</p>
          ) : (
            <ChangeTable
              caption={t('assessment.compare.title')}
              measures={comparison.data.unpaired.measures}
              dimensions={dimensions}
            />
          )}
          <HelpLink to="compare" />
        </div>
      )}
    </section>
  );
}

/** Downloads of the round's anonymous rows, for those who run the programme (the server checks it too). */
function Downloads({ id, k }: { id: string; k: number }) {
  const base = `/api/assessments/${encodeURIComponent(id)}/export`;
  return (
    <section class="report__section no-print" aria-labelledby="export-title" data-testid="results-export">
      <h2 id="export-title">{t('assessment.export.title')}</h2>
      <p class="muted">{t('assessment.export.text', { k })}</p>
      <div class="row">
        <LinkButton variant="secondary" href={`${base}.csv`} download data-testid="export-csv">
          <Icon name="download" /> {t('assessment.export.csv')}
        </LinkButton>
        <LinkButton variant="secondary" href={`${base}.xlsx`} download data-testid="export-xlsx">
          <Icon name="download" /> {t('assessment.export.xlsx')}
        </LinkButton>
      </div>
    </section>
  );
}

/** Printed at the foot of every page: the programme, the round and the day it was printed. */
function PrintFooter({ programme, round }: { programme: string; round: string }) {
  const today = new Date().toLocaleDateString('sv-SE');
  return (
    <footer class="print-footer" data-testid="print-footer">
      {[programme, round, fmt.date(today)].filter(Boolean).join(' · ')}
    </footer>
  );
}

const FLAGS = ['speeder', 'straightline', 'overclaim'] as const;
const HELP: [string, MessageKey][] = [
  ['scores', 'assessment.help.scores'],
  ['box', 'assessment.help.box'],
  ['suppression', 'assessment.help.suppression'],
  ['flags', 'assessment.help.flags'],
  ['alpha', 'assessment.help.alpha'],
  ['compare', 'assessment.help.compare'],
];
const HELP_TITLE: Record<string, MessageKey> = {
  scores: 'assessment.profile.chart',
  box: 'assessment.results.boxLabel',
  suppression: 'assessment.results.title',
  flags: 'assessment.results.quality',
  alpha: 'assessment.results.reliability',
  compare: 'assessment.compare.title',
};

export function ResultsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const results = useResource<Results>(`/api/assessments/${encodeURIComponent(id)}/results`);
  const about = useResource<AssessmentForTaking>(`/api/assessments/${encodeURIComponent(id)}`);
  useTitle(t('assessment.results.title'));
  if (results.error) return <LoadError error={results.error} onRetry={results.reload} />;
  if (!results.data) return <Loading />;
  const r = results.data;
  const k = r.assessment.k;
  const programmeName = about.data?.programme.name ?? '';
  const programmeId = about.data?.programme.id;
  const current = me.value;
  const manage =
    !!current?.user.isPlatformAdmin ||
    !!current?.programmes.some((p) => p.id === programmeId && p.role === 'facilitator');

  return (
    <div class="stack report report--paged" data-testid="results">
      <div class="page-head">
        <div>
          <h1>{t('assessment.results.title')}</h1>
          <p class="muted" style={{ margin: 0 }}>
            {r.assessment.name} · {roundName(r.assessment, t)}
            {programmeName && ` · ${programmeName}`}
          </p>
        </div>
        <Button variant="secondary" class="no-print" onClick={() => window.print()}>
          <Icon name="print" /> {t('assessment.profile.print')}
        </Button>
      </div>

      <section class="report__section" aria-labelledby="orgs-title">
        <h2 id="orgs-title">{t('assessment.results.organisations')}</h2>
        <div class="groups">
          <GroupCard
            name={t('assessment.results.programme')}
            figures={r.programme}
            k={k}
            dimensions={r.dimensions}
            testId="results-programme"
          />
          {r.organisations.map((o) => (
            <GroupCard
              key={o.id}
              name={o.name}
              figures={o}
              k={k}
              dimensions={r.dimensions}
              testId="results-org"
            />
          ))}
        </div>
        {r.organisations.length === 0 && <p class="muted">{t('assessment.results.noGroups')}</p>}
        <p class="no-print">
          <HelpLink to="scores" /> · <HelpLink to="box" /> · <HelpLink to="suppression" />
        </p>
      </section>

      {r.teams.length > 0 && (
        <section class="report__section" aria-labelledby="teams-title">
          <h2 id="teams-title">{t('assessment.results.teams')}</h2>
          <div class="groups">
            {r.teams.map((team) => (
              <GroupCard
                key={team.id}
                name={team.name}
                figures={team}
                k={k}
                dimensions={r.dimensions}
                testId="results-team"
              />
            ))}
          </div>
        </section>
      )}

      <section class="report__section" aria-labelledby="quality-title">
        <h2 id="quality-title">{t('assessment.results.quality')}</h2>
        {!r.flags ? (
          <p class="muted">{t('assessment.results.qualityHidden', { k })}</p>
        ) : (
          <>
            <ul class="list" data-testid="results-flags">
              {FLAGS.map((flag) => (
                <li key={flag}>
                  <span class="list__main">
                    {t(`assessment.flag.${flag}`)}: {fmt.number(r.flags?.[flag] ?? 0)}
                  </span>
                  <br />
                  <span class="list__meta">{t(`assessment.flag.${flag}Text`)}</span>
                </li>
              ))}
            </ul>
            <p class="muted">{t('assessment.flag.note')}</p>
          </>
        )}
        <HelpLink to="flags" />
      </section>

      {r.reliability && (
        <section class="report__section" aria-labelledby="alpha-title">
          <h2 id="alpha-title">{t('assessment.results.reliability')}</h2>
          <Table caption={t('assessment.results.reliability')}>
            <thead>
              <tr>
                <th scope="col">{t('assessment.results.dimension')}</th>
                <th scope="col">{t('assessment.results.alpha')}</th>
                <th scope="col">{t('assessment.results.label')}</th>
                <th scope="col">{t('assessment.results.people')}</th>
              </tr>
            </thead>
            <tbody>
              {r.dimensions.map((d) => {
                const rel = r.reliability?.[d.id];
                return (
                  <tr key={d.id}>
                    <th scope="row">{local(d.name)}</th>
                    <td>{rel?.alpha == null ? '—' : formatNumber(locale.value, rel.alpha, 2)}</td>
                    <td>{rel?.label ? t(`assessment.alpha.${rel.label}`) : '—'}</td>
                    <td>{rel ? fmt.number(rel.n) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <HelpLink to="alpha" />
        </section>
      )}

      {about.data && (
        <Compare current={r.assessment} programmeId={about.data.programme.id} dimensions={r.dimensions} />
      )}

      {manage && <Downloads id={r.assessment.id} k={k} />}

      <section class="section report__section help" aria-labelledby="help-title">
        <h2 id="help-title">{t('assessment.help.title')}</h2>
        <dl>
          {HELP.map(([key, text]) => (
            <div key={key} id={`help-${key}`}>
              <dt>{t(HELP_TITLE[key] ?? 'assessment.help.title')}</dt>
              <dd>{t(text)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <PrintFooter programme={programmeName} round={r.assessment.name} />
    </div>
  );
}
