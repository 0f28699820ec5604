import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { errorText, t } from '#web/app/i18n.ts';
import { FormError, Loading } from '#web/app/page-state.tsx';
import {
  ORGANISATION_ROLES,
  type Organisation,
  type OrganisationMember,
  type OrganisationRole,
} from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { AccountRoleForm } from '#web/components/account-role-form.tsx';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { Select } from '#web/components/ui/field.tsx';
import { KIND_LABEL, ORG_ROLE_LABEL } from './labels.ts';
import { NewOrganisationForm } from './org-form.tsx';
import { pathTo } from './tree.ts';

const roleOptions = () => ORGANISATION_ROLES.map((r) => ({ value: r, label: t(ORG_ROLE_LABEL[r]) }));

function SetMember({ organisationId, onDone }: { organisationId: string; onDone: () => void }) {
  return (
    <AccountRoleForm<OrganisationRole>
      labels={{
        email: t('orgs.memberEmail'),
        role: t('orgs.memberRole'),
        submit: t('orgs.setMember'),
        done: t('common.saved'),
        noAccount: t('orgs.noAccount'),
      }}
      roles={roleOptions()}
      initialRole="member"
      submit={(email, role) =>
        api.put(`/api/organisations/${encodeURIComponent(organisationId)}/members`, { email, role })
      }
      onDone={onDone}
    />
  );
}

export function OrganisationPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const all = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const detail = useResource<{ organisation: Organisation; members: OrganisationMember[] }>(
    `/api/organisations/${encodeURIComponent(id)}`,
  );
  const [removing, setRemoving] = useState<OrganisationMember | null>(null);
  const change = useAction();
  const remove = useAction();
  const fromList = all.data?.organisations.find((o) => o.id === id);
  const organisation = detail.data?.organisation ?? fromList;
  useTitle(organisation?.name ?? t('orgs.title'));

  const noAccess = detail.error && (detail.error.code === 'forbidden' || detail.error.code === 'not_found');
  const chain = all.data ? pathTo(all.data.organisations, id) : [];
  const children = all.data?.organisations.filter((o) => o.parentId === id) ?? [];

  return (
    <div class="stack">
      <p>
        <a href="/organisations">{t('orgs.backToTree')}</a>
      </p>
      {organisation && (
        <div>
          {chain.length > 1 && (
            <p class="muted" style={{ margin: 0 }}>
              {chain
                .slice(0, -1)
                .map((o) => o.name)
                .join(' › ')}
            </p>
          )}
          <h1>{organisation.name}</h1>
          <span class="badge">{t(KIND_LABEL[organisation.kind])}</span>
        </div>
      )}
      {noAccess && (
        <Alert tone="info">
          <p>{t('orgs.noAccess')}</p>
        </Alert>
      )}
      {detail.error && !noAccess && (
        <Alert tone="error">
          <p>{errorText(detail.error)}</p>
        </Alert>
      )}
      {!detail.data && !detail.error && <Loading />}
      {detail.data && (
        <>
          {children.length > 0 && (
            <section aria-labelledby="children-title">
              <h2 id="children-title">{t('orgs.children')}</h2>
              <ul class="list">
                {children.map((c) => (
                  <li key={c.id}>
                    <a href={`/organisations/${encodeURIComponent(c.id)}`}>{c.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="members-title">
            <h2 id="members-title">{t('orgs.members')}</h2>
            {change.error && (
              <Alert tone="error">
                <p>{errorText(change.error)}</p>
              </Alert>
            )}
            {detail.data.members.length === 0 ? (
              <p class="muted">{t('orgs.noMembers')}</p>
            ) : (
              <ul class="list">
                {detail.data.members.map((m) => (
                  <li key={m.userId}>
                    <div class="list__main">{m.name}</div>
                    <div class="list__meta">{m.email ?? ''}</div>
                    <div class="list__actions">
                      {m.email ? (
                        <Select
                          label={t('orgs.roleOf', { name: m.name })}
                          value={m.role}
                          onValue={(v) =>
                            void change.run(async () => {
                              await api.put(`/api/organisations/${encodeURIComponent(id)}/members`, {
                                email: m.email,
                                role: v,
                              });
                              toast(t('common.saved'));
                              detail.reload();
                            })
                          }
                          options={roleOptions()}
                        />
                      ) : (
                        <span class="badge">{t(ORG_ROLE_LABEL[m.role])}</span>
                      )}
                      <Button
                        variant="danger"
                        onClick={() => setRemoving(m)}
                        aria-label={t('orgs.removeNamed', { name: m.name })}
                      >
                        {t('orgs.remove')}
                      </Button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Card>
            <h2>{t('orgs.addMember')}</h2>
            <p class="muted">{t('orgs.addMemberIntro')}</p>
            <SetMember organisationId={id} onDone={detail.reload} />
          </Card>
          <Card>
            <h2>{t('orgs.newChild')}</h2>
            <NewOrganisationForm parentId={id} onDone={all.reload} />
          </Card>
          <ConfirmDialog
            open={removing !== null}
            title={t('orgs.confirmRemove')}
            confirmLabel={t('orgs.remove')}
            cancelLabel={t('common.cancel')}
            danger
            busy={remove.busy}
            onCancel={() => setRemoving(null)}
            onConfirm={() =>
              void remove.run(async () => {
                if (removing)
                  await api.del(`/api/organisations/${encodeURIComponent(id)}/members/${removing.userId}`);
                setRemoving(null);
                detail.reload();
              })
            }
          >
            <p>{t('orgs.confirmRemoveText', { name: removing?.name ?? '' })}</p>
            <FormError error={remove.error} />
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
