/** The respondent's own profile: overall score and stage, a bar per dimension by level, and next steps. */
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { type ApiError, asApiError } from '#web/app/api.ts';
import { fmt, type MessageKey, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useTitle } from '#web/app/use-title.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { ScoreBar } from './charts.tsx';
import { LEVEL_LABEL, LEVEL_ORDER } from './labels.ts';
import { loadStored, withToken } from './store.ts';
import { local } from './text.ts';
import type { ProfileAnswer, Stage } from './types.ts';

const stageName = (stage: Stage) => t(`assessment.stage.${stage}` as MessageKey);
const score = (value: number) => fmt.number(Math.round(value));

export function ProfilePage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const stored = loadStored(id);
  const [data, setData] = useState<ProfileAnswer | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  useTitle(t('assessment.profile.title'));

  useEffect(() => {
    if (!stored) return;
    withToken<ProfileAnswer>(stored.token, 'GET', '/api/responses/current/profile').then(
      setData,
      (e: unknown) => setError(asApiError(e)),
    );
  }, [id, version]);

  const take = `/a/${encodeURIComponent(id)}`;
  if (!stored || error?.code === 'not_found') {
    return (
      <div class="page-narrow">
        <Alert>
          <p>{t('assessment.profile.none')}</p>
        </Alert>
        <LinkButton href={take}>{t('assessment.open')}</LinkButton>
      </div>
    );
  }
  if (error) return <LoadError error={error} onRetry={() => setVersion((v) => v + 1)} />;
  if (!data) return <Loading />;
  if (!data.submitted) {
    return (
      <div class="page-narrow">
        <Alert>
          <p>{t('assessment.profile.notSubmitted')}</p>
        </Alert>
        <LinkButton href={take}>{t('assessment.list.continue')}</LinkButton>
      </div>
    );
  }

  const { profile } = data;
  const nameOf = (dimensionId: string | null) => {
    const d = profile.dimensions.find((x) => x.id === dimensionId);
    return d ? local(d.name) : '';
  };

  return (
    <div class="stack report" data-testid="profile">
      <div>
        <h1>{t('assessment.profile.title')}</h1>
        <p class="muted">
          {data.assessment.name} · {t('assessment.profile.private')}
        </p>
      </div>
      <Card accent aria-labelledby="overall-title">
        <h2 id="overall-title">{t('assessment.profile.overall')}</h2>
        {profile.overall === null || profile.stage === null ? (
          <p>{t('assessment.profile.noScore')}</p>
        ) : (
          <>
            <p class="big-score">
              {score(profile.overall)} <span class="muted">{t('assessment.profile.outOf')}</span>
            </p>
            <p class="stage-name">
              {t('assessment.profile.stage', { stage: profile.stage, name: stageName(profile.stage) })}
            </p>
            <ScoreBar score={profile.overall} label={t('assessment.profile.overall')} />
          </>
        )}
        {profile.strongest && profile.weakest && (
          <p>
            {t('assessment.profile.summary', {
              strong: nameOf(profile.strongest),
              weak: nameOf(profile.weakest),
            })}
          </p>
        )}
      </Card>

      {LEVEL_ORDER.map((level) => {
        const dims = profile.dimensions.filter((d) => d.level === level);
        if (dims.length === 0) return null;
        const levelScore = profile.levels[level];
        return (
          <section key={level} class="section report__section" aria-labelledby={`level-${level}`}>
            <h2 id={`level-${level}`}>
              {t(LEVEL_LABEL[level])}
              {levelScore !== null && <span class="level-score"> · {score(levelScore)}</span>}
            </h2>
            <ul class="dims" aria-label={t('assessment.profile.chart')}>
              {dims.map((d) => (
                <li key={d.id} class="dim" data-testid="profile-dimension" data-dimension={d.id}>
                  <div class="dim__head">
                    <span class="dim__name">{local(d.name)}</span>
                    <span class="dim__score">{d.score === null ? '—' : score(d.score)}</span>
                  </div>
                  <ScoreBar
                    score={d.score}
                    label={`${local(d.name)}: ${d.score === null ? '—' : score(d.score)}`}
                  />
                  <p class="dim__meta">
                    {d.stage === null
                      ? t('assessment.profile.noScore')
                      : t('assessment.profile.stage', { stage: d.stage, name: stageName(d.stage) })}
                    {d.id === profile.strongest && (
                      <span class="badge badge--accent">
                        <Icon name="check" size={14} /> {t('assessment.profile.strongest')}
                      </span>
                    )}
                    {d.id === profile.weakest && (
                      <span class="badge">
                        <Icon name="alert" size={14} /> {t('assessment.profile.weakest')}
                      </span>
                    )}
                  </p>
                  {d.nextSteps.length > 0 && (
                    <>
                      <h3 class="dim__steps-title">{t('assessment.profile.nextSteps')}</h3>
                      <ul class="dim__steps">
                        {d.nextSteps.map((step) => (
                          <li key={step.id}>{local(step)}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <Card aria-labelledby="code-title">
        <h2 id="code-title">{t('assessment.profile.codeTitle')}</h2>
        <p class="code-big" data-testid="personal-code">
          {stored.personalCode}
        </p>
        <p class="muted">{t('assessment.profile.codeText')}</p>
      </Card>
      <div class="no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          <Icon name="print" /> {t('assessment.profile.print')}
        </Button>
      </div>
    </div>
  );
}
