import { useRoute } from 'preact-iso';
import { t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import type { Participant, ProgrammeDetail, Team } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useModule } from '#web/app/use-module.ts';
import { useTitle } from '#web/app/use-title.ts';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { ROLE_LABEL } from './labels.ts';
import { joinParts, nameOf, sortByName } from './people.ts';

function ParticipantList({ detail }: { detail: ProgrammeDetail }) {
  const id = detail.programme.id;
  const participants = useResource<{ participants: Participant[] }>(
    `/api/programmes/${encodeURIComponent(id)}/participants`,
  );
  const teams = useResource<{ teams: Team[] }>(`/api/programmes/${encodeURIComponent(id)}/teams`);
  const manager = useModule(() => import('./participants-manage.tsx'), detail.can.manage);

  if (participants.error) return <LoadError error={participants.error} onRetry={participants.reload} />;
  if (!participants.data || !teams.data) return <Loading />;
  if (detail.can.manage && !manager) return <Loading />;

  const list = sortByName(participants.data.participants);
  const teamList = teams.data.teams;
  const organisations = detail.programme.organisations;

  if (manager) {
    return (
      <manager.ParticipantsManager
        programmeId={id}
        participants={list}
        teams={teamList}
        organisations={organisations}
        reload={() => {
          participants.reload();
          teams.reload();
        }}
      />
    );
  }
  if (list.length === 0) {
    return <EmptyState title={t('participants.emptyTitle')}>{t('participants.emptyText')}</EmptyState>;
  }
  return (
    <ul class="list" aria-label={t('participants.title')}>
      {list.map((p) => (
        <li key={p.id} data-testid="participant-row">
          <div class="list__main">{p.name}</div>
          <div class="list__meta">
            {joinParts(
              t(ROLE_LABEL[p.role]),
              nameOf(organisations, p.organisationId),
              p.teamId && nameOf(teamList, p.teamId)
                ? t('participants.teamIs', { team: nameOf(teamList, p.teamId) })
                : '',
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ParticipantsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  useTitle(t('participants.title'));
  return (
    <ProgrammeGate id={id}>
      {(detail) => (
        <div>
          <h1>{t('participants.title')}</h1>
          {!detail.can.manage && <p class="muted">{t('participants.introParticipant')}</p>}
          <ParticipantList detail={detail} />
        </div>
      )}
    </ProgrammeGate>
  );
}
