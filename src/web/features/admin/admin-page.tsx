import { useState } from 'preact/hooks';
import { api } from '#web/app/api.ts';
import { copyText } from '#web/app/clipboard.ts';
import type { MessageKey } from '#web/app/i18n.ts';
import { errorText, fieldText, fmt, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { me } from '#web/app/session.ts';
import {
  type AdminUser,
  type AuditEntry,
  ORGANISATION_ROLES,
  type Organisation,
  PROGRAMME_ROLES,
  type ProgrammeSummary,
} from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Checkbox, Field, Select } from '#web/components/ui/field.tsx';
import { Table } from '#web/components/ui/list.tsx';

const ROLE: Record<string, MessageKey> = {
  facilitator: 'role.facilitator',
  reviewer: 'role.reviewer',
  participant: 'role.participant',
  media_lead: 'orgRole.media_lead',
  member: 'orgRole.member',
};

function Users() {
  const users = useResource<{ users: AdminUser[] }>('/api/admin/users');
  const toggle = useAction();
  if (users.error) return <LoadError error={users.error} onRetry={users.reload} />;
  if (!users.data) return <Loading />;
  return (
    <>
      {toggle.error && (
        <Alert tone="error">
          <p>{errorText(toggle.error)}</p>
        </Alert>
      )}
      <ul class="list" aria-label={t('admin.users')}>
        {users.data.users.map((u) => (
          <li key={u.id} data-testid="user-row">
            <div class="list__main">
              {u.name} {u.isPlatformAdmin && <span class="badge badge--accent">{t('admin.isAdmin')}</span>}{' '}
              {u.disabled && <span class="badge">{t('admin.disabled')}</span>}
            </div>
            <div class="list__meta">
              {[u.email, t('admin.createdAt', { date: fmt.dateTime(u.createdAt) })]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {u.id !== me.value?.user.id && (
              <div class="list__actions">
                <Button
                  variant={u.disabled ? 'secondary' : 'danger'}
                  size="small"
                  onClick={() =>
                    void toggle.run(async () => {
                      await api.patch(`/api/admin/users/${u.id}`, { disabled: !u.disabled });
                      users.reload();
                    })
                  }
                  aria-label={
                    u.disabled
                      ? t('admin.enableNamed', { name: u.name })
                      : t('admin.disableNamed', { name: u.name })
                  }
                >
                  {u.disabled ? t('admin.enable') : t('admin.disable')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <CreateUser onDone={users.reload} />
    </>
  );
}

function CreateUser({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [admin, setAdmin] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const action = useAction();
  return (
    <Card>
      <h2>{t('admin.createTitle')}</h2>
      {created && (
        <Alert tone="success">
          <p>{t('admin.created', { email: created })}</p>
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            await api.post('/api/admin/users', {
              email: email.trim(),
              name: name.trim(),
              password,
              isPlatformAdmin: admin,
            });
            setCreated(email.trim());
            setEmail('');
            setName('');
            setPassword('');
            setAdmin(false);
            onDone();
          });
        }}
      >
        <FormError error={action.error} />
        <Field
          label={t('admin.email')}
          type="email"
          required
          value={email}
          onValue={setEmail}
          error={fieldText(action.error, 'email')}
        />
        <Field
          label={t('admin.name')}
          required
          value={name}
          onValue={setName}
          error={fieldText(action.error, 'name')}
        />
        <Field
          label={t('admin.password')}
          type="password"
          autocomplete="new-password"
          required
          value={password}
          onValue={setPassword}
          error={fieldText(action.error, 'password')}
        />
        <Checkbox label={t('admin.makeAdmin')} checked={admin} onValue={setAdmin} />
        <Button type="submit" busy={action.busy}>
          {t('admin.create')}
        </Button>
      </form>
    </Card>
  );
}

type Target = 'none' | 'organisation' | 'programme';

function Invite() {
  const orgs = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const programmes = useResource<{ programmes: ProgrammeSummary[] }>('/api/programmes');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [target, setTarget] = useState<Target>('programme');
  const [organisationId, setOrganisationId] = useState('');
  const [organisationRole, setOrganisationRole] = useState('member');
  const [programmeId, setProgrammeId] = useState('');
  const [programmeRole, setProgrammeRole] = useState('facilitator');
  const [admin, setAdmin] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const action = useAction();
  const orgList = orgs.data?.organisations ?? [];
  const programmeList = programmes.data?.programmes ?? [];
  return (
    <Card>
      <h2>{t('admin.inviteTitle')}</h2>
      <p class="muted">{t('admin.inviteIntro')}</p>
      {url && (
        <Alert tone="success">
          <p>{t('admin.inviteReady')}</p>
          <div class="copy-row">
            <code data-testid="invite-url">{url}</code>
            <Button variant="secondary" size="small" onClick={() => void copyText(url)}>
              {t('common.copy')}
            </Button>
          </div>
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            const body: Record<string, unknown> = { email: email.trim() };
            if (name.trim()) body.name = name.trim();
            if (admin) body.isPlatformAdmin = true;
            if (target === 'organisation' && organisationId) {
              body.organisationId = organisationId;
              body.organisationRole = organisationRole;
            }
            if (target === 'programme' && programmeId) {
              body.programmeId = programmeId;
              body.programmeRole = programmeRole;
            }
            const result = await api.post<{ url: string }>('/api/invitations', body);
            setUrl(result.url);
            setEmail('');
            setName('');
          });
        }}
      >
        <FormError error={action.error} />
        <Field
          label={t('admin.email')}
          type="email"
          required
          value={email}
          onValue={setEmail}
          error={fieldText(action.error, 'email')}
        />
        <Field
          label={t('admin.name')}
          hint={t('common.optional')}
          value={name}
          onValue={setName}
          error={fieldText(action.error, 'name')}
        />
        <Select
          label={t('admin.inviteTo')}
          value={target}
          onValue={(v) => setTarget(v as Target)}
          options={[
            { value: 'programme', label: t('admin.inviteToProgramme') },
            { value: 'organisation', label: t('admin.inviteToOrganisation') },
            { value: 'none', label: t('admin.inviteToNothing') },
          ]}
        />
        {target === 'programme' && (
          <div class="row">
            <Select
              label={t('admin.programme')}
              value={programmeId}
              onValue={setProgrammeId}
              error={fieldText(action.error, 'programmeId')}
              options={[
                { value: '', label: t('admin.choose') },
                ...programmeList.map((p) => ({ value: p.id, label: p.name })),
              ]}
            />
            <Select
              label={t('admin.programmeRole')}
              value={programmeRole}
              onValue={setProgrammeRole}
              options={PROGRAMME_ROLES.map((r) => ({ value: r, label: t(ROLE[r] ?? 'role.participant') }))}
            />
          </div>
        )}
        {target === 'organisation' && (
          <div class="row">
            <Select
              label={t('admin.organisation')}
              value={organisationId}
              onValue={setOrganisationId}
              error={fieldText(action.error, 'organisationId')}
              options={[
                { value: '', label: t('admin.choose') },
                ...orgList.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
            <Select
              label={t('admin.organisationRole')}
              value={organisationRole}
              onValue={setOrganisationRole}
              options={ORGANISATION_ROLES.map((r) => ({ value: r, label: t(ROLE[r] ?? 'orgRole.member') }))}
            />
          </div>
        )}
        <div style={{ height: 'var(--s-4)' }} />
        <Checkbox label={t('admin.makeAdmin')} checked={admin} onValue={setAdmin} />
        <Button type="submit" busy={action.busy}>
          {t('admin.invite')}
        </Button>
      </form>
    </Card>
  );
}

function AuditLog() {
  const log = useResource<{ entries: AuditEntry[] }>('/api/admin/audit-log?limit=100');
  if (log.error) return <LoadError error={log.error} onRetry={log.reload} />;
  if (!log.data) return <Loading />;
  if (log.data.entries.length === 0) return <p class="muted">{t('admin.auditEmpty')}</p>;
  return (
    <Table caption={t('admin.audit')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.auditAt')}</th>
          <th scope="col">{t('admin.auditActor')}</th>
          <th scope="col">{t('admin.auditAction')}</th>
          <th scope="col">{t('admin.auditTarget')}</th>
          <th scope="col">{t('admin.auditIp')}</th>
        </tr>
      </thead>
      <tbody>
        {log.data.entries.map((entry) => (
          <tr key={entry.id}>
            <td>{fmt.dateTime(entry.at)}</td>
            <td>{entry.actorName ?? t('admin.system')}</td>
            <td>
              <code>{entry.action}</code>
            </td>
            <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ''}` : ''}</td>
            <td>{entry.ip ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function AdminPage() {
  useTitle(t('admin.title'));
  if (!me.value?.user.isPlatformAdmin) {
    return (
      <Alert tone="error">
        <p>{t('common.noAccess')}</p>
      </Alert>
    );
  }
  return (
    <div class="stack">
      <h1>{t('admin.title')}</h1>
      <section aria-labelledby="users-title" class="stack">
        <h2 id="users-title">{t('admin.users')}</h2>
        <Users />
      </section>
      <Invite />
      <section aria-labelledby="audit-title" class="section">
        <h2 id="audit-title">{t('admin.audit')}</h2>
        <AuditLog />
      </section>
    </div>
  );
}
