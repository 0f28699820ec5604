/** `/p/:id/campaigns`: the programme's campaign plans by team, and starting one on a programme theme. */
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { fieldText, fmt, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { useProgramme } from '#web/app/programme-store.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card, CardLink } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { ThemeGuideCard } from './theme-guide.tsx';
import type { CampaignDetail, CampaignList } from './types.ts';
import './campaign.css';

function StartCampaign({ programmeId, list }: { programmeId: string; list: CampaignList }) {
  const { route } = useLocation();
  const [teamId, setTeamId] = useState(list.teams[0]?.id ?? '');
  const [theme, setTheme] = useState(list.themes[0] ?? '');
  const [title, setTitle] = useState('');
  const action = useAction();
  return (
    <Card aria-labelledby="start-title" data-testid="start-campaign">
      <h2 id="start-title">{t('campaign.start.title')}</h2>
      <p class="muted">{t('campaign.start.intro')}</p>
      <form
        noValidate
        class="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const created: { id?: string } = {};
          const ok = await action.run(async () => {
            const answer = await api.post<CampaignDetail>(
              `/api/programmes/${encodeURIComponent(programmeId)}/campaigns`,
              { teamId, theme, title: title.trim() },
            );
            created.id = answer.campaign.id;
          });
          if (ok && created.id) {
            toast(t('campaign.start.created'));
            route(`/c/${encodeURIComponent(created.id)}`);
          }
        }}
      >
        <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
        {list.teams.length > 1 ? (
          <Select
            label={t('campaign.start.team')}
            value={teamId}
            onValue={setTeamId}
            options={list.teams.map((team) => ({ value: team.id, label: team.name }))}
            error={fieldText(action.error, 'teamId')}
            data-testid="start-team"
          />
        ) : (
          <p>
            {t('campaign.start.forTeam')} <strong>{list.teams[0]?.name}</strong>
          </p>
        )}
        <fieldset class="choices" data-testid="start-themes">
          <legend class="field__label">{t('campaign.start.theme')}</legend>
          {list.themes.map((option) => (
            <label class="choice" key={option}>
              <input
                type="radio"
                name="theme"
                value={option}
                checked={theme === option}
                onChange={() => setTheme(option)}
              />
              <span>{option}</span>
            </label>
          ))}
          {fieldText(action.error, 'theme') && <p class="field__error">{fieldText(action.error, 'theme')}</p>}
        </fieldset>
        {theme && <ThemeGuideCard theme={theme} />}
        <Field
          label={t('campaign.start.name')}
          hint={t('campaign.start.nameHint')}
          value={title}
          onValue={setTitle}
          required
          maxLength={160}
          error={fieldText(action.error, 'title')}
          data-testid="start-name"
        />
        <Button
          type="submit"
          block
          busy={action.busy}
          disabled={!title.trim() || !theme}
          data-testid="start-submit"
        >
          {t('campaign.start.submit')}
        </Button>
      </form>
    </Card>
  );
}

export function CampaignsPage() {
  const { params } = useRoute();
  const programmeId = params.id ?? '';
  const list = useResource<CampaignList>(`/api/programmes/${encodeURIComponent(programmeId)}/campaigns`);
  const manage = useProgramme(programmeId).data?.can.manage ?? false;
  useTitle(t('campaign.list.title'));
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const data = list.data;
  const byTeam = new Map<string, { name: string; campaigns: CampaignList['campaigns'] }>();
  for (const c of data.campaigns) {
    const group = byTeam.get(c.team.id) ?? { name: c.team.name, campaigns: [] };
    group.campaigns.push(c);
    byTeam.set(c.team.id, group);
  }
  const canStart = data.teams.length > 0 && data.themes.length > 0;
  return (
    <div class="stack">
      <div class="page-head">
        <h1>{t('campaign.list.title')}</h1>
        <div class="row">
          {manage && (
            <LinkButton
              href={`/p/${encodeURIComponent(programmeId)}/campaigns/rubric`}
              variant="secondary"
              size="small"
              data-testid="rubric-edit-link"
            >
              {t('campaign.rubricEdit.link')}
            </LinkButton>
          )}
          {data.campaigns.length > 0 && (
            <LinkButton
              href={`/p/${encodeURIComponent(programmeId)}/campaigns/overview`}
              variant="secondary"
              size="small"
              data-testid="overview-link"
            >
              {t('campaign.overview.link')}
            </LinkButton>
          )}
        </div>
      </div>
      <p class="muted">{t('campaign.list.intro')}</p>
      {data.campaigns.length === 0 ? (
        <EmptyState title={t('campaign.list.emptyTitle')}>
          {canStart ? t('campaign.list.emptyStart') : t('campaign.list.emptyView')}
        </EmptyState>
      ) : (
        [...byTeam.entries()].map(([teamId, group]) => (
          <section key={teamId} class="section" aria-label={group.name} data-testid="team-campaigns">
            <h2>{group.name}</h2>
            <div class="grid">
              {group.campaigns.map((c) => (
                <CardLink key={c.id} href={`/c/${encodeURIComponent(c.id)}`} data-testid="campaign-card">
                  <p class="card__title">{c.title}</p>
                  <p class="muted">{c.theme}</p>
                  <p class="c-meta">
                    {t('campaign.list.updated', { date: fmt.dateTime(c.updatedAt), version: c.version })}
                  </p>
                </CardLink>
              ))}
            </div>
          </section>
        ))
      )}
      {canStart && <StartCampaign programmeId={programmeId} list={data} />}
      {data.teams.length > 0 && data.themes.length === 0 && (
        <p class="muted">{t('campaign.start.noThemes')}</p>
      )}
    </div>
  );
}
