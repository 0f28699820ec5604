/** Facilitator controls of the participant list; a separate chunk, never loaded for participants. */
import { useState } from 'preact/hooks';
import { api } from '#web/app/api.ts';
import { errorText, t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { type Participant, PROGRAMME_ROLES, type ProgrammeRole, type Team } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { AccountRoleForm } from '#web/components/account-role-form.tsx';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Select } from '#web/components/ui/field.tsx';
import { ROLE_LABEL } from './labels.ts';
import { joinParts, nameOf } from './people.ts';

function AddParticipant({ programmeId, onAdded }: { programmeId: string; onAdded: () => void }) {
  return (
    <Card>
      <h2>{t('participants.addTitle')}</h2>
      <p class="muted">{t('participants.addIntro')}</p>
      <AccountRoleForm<ProgrammeRole>
        labels={{
          email: t('participants.email'),
          role: t('participants.role'),
          submit: t('participants.add'),
          done: t('participants.added'),
          noAccount: t('participants.noAccount'),
        }}
        roles={PROGRAMME_ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
        initialRole="participant"
        submit={(email, role) =>
          api.post(`/api/programmes/${encodeURIComponent(programmeId)}/participants`, { email, role })
        }
        onDone={onAdded}
      />
    </Card>
  );
}

export function ParticipantsManager({
  programmeId,
  participants,
  teams,
  organisations,
  reload,
}: {
  programmeId: string;
  participants: Participant[];
  teams: Team[];
  organisations: { id: string; name: string }[];
  reload: () => void;
}) {
  const [removing, setRemoving] = useState<Participant | null>(null);
  const change = useAction();
  const remove = useAction();
  const base = `/api/programmes/${encodeURIComponent(programmeId)}/participants`;

  const patch = (p: Participant, body: Record<string, unknown>) =>
    void change.run(async () => {
      await api.patch(`${base}/${p.id}`, body);
      toast(t('common.saved'));
      reload();
    });

  return (
    <div class="stack">
      {change.error && (
        <Alert tone="error">
          <p>{errorText(change.error)}</p>
        </Alert>
      )}
      {participants.length === 0 ? (
        <EmptyState title={t('participants.emptyTitle')}>{t('participants.emptyTextManage')}</EmptyState>
      ) : (
        <ul class="list" aria-label={t('participants.title')}>
          {participants.map((p) => (
            <li key={p.id} data-testid="participant-row">
              <div class="list__main">{p.name}</div>
              <div class="list__meta">
                {joinParts(
                  p.email ?? t('participants.joinedWithCode'),
                  nameOf(organisations, p.organisationId),
                )}
              </div>
              <div class="list__actions">
                <Select
                  label={t('participants.roleOf', { name: p.name })}
                  value={p.role}
                  onValue={(v) => patch(p, { role: v })}
                  options={PROGRAMME_ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
                />
                <Select
                  label={t('participants.teamOf', { name: p.name })}
                  value={p.teamId ?? ''}
                  onValue={(v) => patch(p, { teamId: v || null })}
                  options={[
                    { value: '', label: t('participants.noTeam') },
                    ...teams.map((team) => ({ value: team.id, label: team.name })),
                  ]}
                />
                <Button
                  variant="danger"
                  onClick={() => setRemoving(p)}
                  aria-label={t('participants.removeNamed', { name: p.name })}
                >
                  {t('participants.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <AddParticipant programmeId={programmeId} onAdded={reload} />
      <ConfirmDialog
        open={removing !== null}
        title={t('participants.confirmRemove')}
        confirmLabel={t('participants.remove')}
        cancelLabel={t('common.cancel')}
        danger
        busy={remove.busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          void remove.run(async () => {
            if (removing) await api.del(`${base}/${removing.id}`);
            setRemoving(null);
            reload();
          })
        }
      >
        <p>{t('participants.confirmRemoveText', { name: removing?.name ?? '' })}</p>
        <FormError error={remove.error} />
      </ConfirmDialog>
    </div>
  );
}
