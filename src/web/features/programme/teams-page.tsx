import { useRoute } from 'preact-iso';
import { fmt, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import type { ProgrammeDetail, Team } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useModule } from '#web/app/use-module.ts';
import { useTitle } from '#web/app/use-title.ts';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { nameOf, sortByName } from './people.ts';

function TeamList({ detail }: { detail: ProgrammeDetail }) {
  const id = detail.programme.id;
  const teams = useResource<{ teams: Team[] }>(`/api/programmes/${encodeURIComponent(id)}/teams`);
  const manager = useModule(() => import('./teams-manage.tsx'), detail.can.manage);
  if (teams.error) return <LoadError error={teams.error} onRetry={teams.reload} />;
  if (!teams.data || (detail.can.manage && !manager)) return <Loading />;
  const list = sortByName(teams.data.teams);
  if (manager) {
    return (
      <manager.TeamsManager
        programmeId={id}
        teams={list}
        organisations={detail.programme.organisations}
        reload={teams.reload}
      />
    );
  }
  if (list.length === 0) return <EmptyState title={t('teams.emptyTitle')}>{t('teams.emptyText')}</EmptyState>;
  return (
    <ul class="list" aria-label={t('teams.title')}>
      {list.map((team) => (
        <li key={team.id} data-testid="team-row">
          <div class="list__main">{team.name}</div>
          <div class="list__meta">
            {t('teams.members', { count: fmt.number(team.memberCount) })}
            {team.organisationId ? ` · ${nameOf(detail.programme.organisations, team.organisationId)}` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function TeamsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  useTitle(t('teams.title'));
  return (
    <ProgrammeGate id={id}>
      {(detail) => (
        <div>
          <h1>{t('teams.title')}</h1>
          <p class="muted">{detail.can.manage ? t('teams.introManage') : t('teams.intro')}</p>
          <TeamList detail={detail} />
        </div>
      )}
    </ProgrammeGate>
  );
}
