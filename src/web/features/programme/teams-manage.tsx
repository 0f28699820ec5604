/** Facilitator controls for teams; a separate chunk, never loaded for participants. */
import { useState } from 'preact/hooks';
import { api } from '#web/app/api.ts';
import { errorText, fieldText, fmt, t } from '#web/app/i18n.ts';
import { FormError, Loading } from '#web/app/page-state.tsx';
import type { Participant, Team } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { nameOf, sortByName } from './people.ts';

type Org = { id: string; name: string };

function NewTeam({
  programmeId,
  organisations,
  onDone,
}: {
  programmeId: string;
  organisations: Org[];
  onDone: () => void;
}) {
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const action = useAction();
  return (
    <Card>
      <h2>{t('teams.newTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            const body: Record<string, string> = { name: name.trim() };
            if (organisationId) body.organisationId = organisationId;
            await api.post(`/api/programmes/${encodeURIComponent(programmeId)}/teams`, body);
            setName('');
            onDone();
          });
        }}
      >
        <FormError error={action.error} />
        <div class="row">
          <Field
            label={t('teams.name')}
            required
            value={name}
            onValue={setName}
            error={fieldText(action.error, 'name')}
          />
          {organisations.length > 0 && (
            <Select
              label={t('teams.organisation')}
              value={organisationId}
              onValue={setOrganisationId}
              options={[
                { value: '', label: t('teams.noOrganisation') },
                ...organisations.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
          )}
          <Button type="submit" busy={action.busy}>
            {t('teams.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function TeamRow({
  programmeId,
  team,
  organisations,
  onChanged,
  onDelete,
}: {
  programmeId: string;
  team: Team;
  organisations: Org[];
  onChanged: () => void;
  onDelete: (team: Team) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(team.name);
  const action = useAction();
  return (
    <li data-testid="team-row">
      {editing ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(async () => {
              await api.patch(`/api/programmes/${encodeURIComponent(programmeId)}/teams/${team.id}`, {
                name: name.trim(),
              });
              setEditing(false);
              toast(t('common.saved'));
              onChanged();
            });
          }}
        >
          <FormError error={action.error} />
          <div class="row">
            <Field
              label={t('teams.renameLabel', { name: team.name })}
              required
              value={name}
              onValue={setName}
              error={fieldText(action.error, 'name')}
            />
            <Button type="submit" busy={action.busy}>
              {t('common.save')}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <div class="list__main">{team.name}</div>
          <div class="list__meta">
            {t('teams.members', { count: fmt.number(team.memberCount) })}
            {team.organisationId ? ` · ${nameOf(organisations, team.organisationId)}` : ''}
          </div>
          <div class="list__actions">
            <Button
              variant="ghost"
              size="small"
              onClick={() => setEditing(true)}
              aria-label={t('teams.renameNamed', { name: team.name })}
            >
              {t('teams.rename')}
            </Button>
            <Button
              variant="danger"
              size="small"
              onClick={() => onDelete(team)}
              aria-label={t('teams.deleteNamed', { name: team.name })}
            >
              {t('common.delete')}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}

function Assignments({
  programmeId,
  teams,
  onChanged,
}: {
  programmeId: string;
  teams: Team[];
  onChanged: () => void;
}) {
  const people = useResource<{ participants: Participant[] }>(
    `/api/programmes/${encodeURIComponent(programmeId)}/participants`,
  );
  const action = useAction();
  if (!people.data) return <Loading />;
  const list = sortByName(people.data.participants.filter((p) => p.role === 'participant'));
  return (
    <section class="section" aria-labelledby="assign-title">
      <h2 id="assign-title">{t('teams.assignTitle')}</h2>
      {action.error && (
        <Alert tone="error">
          <p>{errorText(action.error)}</p>
        </Alert>
      )}
      {list.length === 0 ? (
        <p class="muted">{t('teams.assignEmpty')}</p>
      ) : (
        <ul class="list">
          {list.map((p) => (
            <li key={p.id}>
              <Select
                label={p.name}
                value={p.teamId ?? ''}
                onValue={(v) =>
                  void action.run(async () => {
                    await api.patch(
                      `/api/programmes/${encodeURIComponent(programmeId)}/participants/${p.id}`,
                      {
                        teamId: v || null,
                      },
                    );
                    people.reload();
                    onChanged();
                  })
                }
                options={[
                  { value: '', label: t('participants.noTeam') },
                  ...teams.map((team) => ({ value: team.id, label: team.name })),
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TeamsManager({
  programmeId,
  teams,
  organisations,
  reload,
}: {
  programmeId: string;
  teams: Team[];
  organisations: Org[];
  reload: () => void;
}) {
  const [deleting, setDeleting] = useState<Team | null>(null);
  const remove = useAction();
  return (
    <div class="stack">
      {teams.length === 0 ? (
        <EmptyState title={t('teams.emptyTitle')}>{t('teams.emptyTextManage')}</EmptyState>
      ) : (
        <ul class="list" aria-label={t('teams.title')}>
          {teams.map((team) => (
            <TeamRow
              key={team.id}
              programmeId={programmeId}
              team={team}
              organisations={organisations}
              onChanged={reload}
              onDelete={setDeleting}
            />
          ))}
        </ul>
      )}
      <NewTeam programmeId={programmeId} organisations={organisations} onDone={reload} />
      {teams.length > 0 && <Assignments programmeId={programmeId} teams={teams} onChanged={reload} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t('teams.confirmDelete')}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        danger
        busy={remove.busy}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          void remove.run(async () => {
            if (deleting)
              await api.del(`/api/programmes/${encodeURIComponent(programmeId)}/teams/${deleting.id}`);
            setDeleting(null);
            reload();
          })
        }
      >
        <p>{t('teams.confirmDeleteText', { name: deleting?.name ?? '' })}</p>
        <FormError error={remove.error} />
      </ConfirmDialog>
    </div>
  );
}
