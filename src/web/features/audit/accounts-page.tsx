/** `/audit`: the accounts a person may see, by organisation, and (for media leads) adding one. */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PLATFORMS } from '#core/audit/model.ts';
import { api } from '#web/app/api.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card, CardLink } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { useAuditProgramme } from './audit-programme.ts';
import { PlatformMark, platformLabel } from './bits.tsx';
import { ThresholdsSection } from './thresholds-section.tsx';
import type { AccountList, AuditAccount, ListedAccount, Platform } from './types.ts';
import './audit.css';

function groupByOrganisation(
  accounts: ListedAccount[],
): { id: string; name: string; accounts: ListedAccount[] }[] {
  const groups = new Map<string, { id: string; name: string; accounts: ListedAccount[] }>();
  for (const a of accounts) {
    const group = groups.get(a.organisationId);
    if (group) group.accounts.push(a);
    else groups.set(a.organisationId, { id: a.organisationId, name: a.organisationName, accounts: [a] });
  }
  return [...groups.values()];
}

function AddAccount({ organisations }: { organisations: AccountList['organisations'] }) {
  const { route } = useLocation();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [handle, setHandle] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [timeZone, setTimeZone] = useState('Asia/Jakarta');
  const action = useAction();
  const conflict = action.error?.code === 'conflict';
  return (
    <Card aria-labelledby="add-account-title" data-testid="add-account">
      <h2 id="add-account-title">{t('audit.add.title')}</h2>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const created: { account?: AuditAccount } = {};
          const ok = await action.run(async () => {
            const answer = await api.post<{ account: AuditAccount }>('/api/audit/accounts', {
              organisationId,
              platform,
              handle: handle.trim(),
              ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
              ...(timeZone.trim() ? { timeZone: timeZone.trim() } : {}),
            });
            created.account = answer.account;
          });
          if (ok && created.account) {
            toast(t('audit.add.created'));
            route(`/audit/${encodeURIComponent(created.account.id)}`);
          }
        }}
      >
        {conflict ? (
          <p class="field__error" role="alert">
            {t('audit.add.conflict')}
          </p>
        ) : (
          <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
        )}
        <div class="row">
          <Select
            label={t('audit.add.organisation')}
            value={organisationId}
            onValue={setOrganisationId}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            data-testid="add-organisation"
          />
          <Select
            label={t('audit.add.platform')}
            value={platform}
            onValue={(v) => setPlatform(v as Platform)}
            options={PLATFORMS.map((p) => ({ value: p, label: platformLabel(p) }))}
            data-testid="add-platform"
          />
        </div>
        <div class="row">
          <Field
            label={t('audit.add.handle')}
            hint={t('audit.add.handleHint')}
            value={handle}
            onValue={setHandle}
            required
            maxLength={100}
            autocomplete="off"
            autocapitalize="none"
            error={fieldText(action.error, 'handle')}
            data-testid="add-handle"
          />
          <Field
            label={t('audit.add.displayName')}
            hint={t('common.optional')}
            value={displayName}
            onValue={setDisplayName}
            maxLength={160}
            error={fieldText(action.error, 'displayName')}
            data-testid="add-display-name"
          />
        </div>
        <Field
          label={t('audit.add.timeZone')}
          hint={t('audit.add.timeZoneHint')}
          value={timeZone}
          onValue={setTimeZone}
          maxLength={64}
          error={fieldText(action.error, 'timeZone')}
          data-testid="add-time-zone"
        />
        <Button type="submit" busy={action.busy} data-testid="add-submit">
          {t('audit.add.submit')}
        </Button>
      </form>
    </Card>
  );
}

export function AuditAccountsPage() {
  useTitle(t('audit.title'));
  const list = useResource<AccountList>('/api/audit/accounts');
  const context = useAuditProgramme();
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const { accounts, organisations } = list.data;
  const groups = groupByOrganisation(accounts);
  const platforms = PLATFORMS.filter((p) => accounts.some((a) => a.platform === p));
  return (
    <div class="stack audit">
      <div class="page-head">
        <div>
          <h1>{t('audit.title')}</h1>
          <p class="muted">{t('audit.intro')}</p>
        </div>
      </div>
      {accounts.length === 0 ? (
        <EmptyState title={t('audit.empty.title')}>
          {organisations.length > 0 ? t('audit.empty.manage') : t('audit.empty.view')}
        </EmptyState>
      ) : (
        <>
          {groups.map((group) => (
            <section
              key={group.id}
              class="section"
              aria-labelledby={`org-${group.id}`}
              data-testid="audit-org"
            >
              <h2 id={`org-${group.id}`}>{group.name}</h2>
              <ul class="audit-accounts" aria-label={t('audit.accounts.label', { organisation: group.name })}>
                {group.accounts.map((a) => (
                  <li key={a.id}>
                    <CardLink
                      href={`/audit/${encodeURIComponent(a.id)}`}
                      data-testid="audit-account"
                      data-handle={a.handle}
                      data-platform={a.platform}
                    >
                      <PlatformMark platform={a.platform} />
                      <strong class="audit-accounts__handle">@{a.handle}</strong>
                      {a.displayName && <span class="muted">{a.displayName}</span>}
                    </CardLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p class="row">
            {platforms.map((p) => (
              <a
                key={p}
                class="btn btn--secondary"
                href={`/audit/compare?platform=${p}`}
                data-testid={`compare-${p}`}
              >
                {t('audit.compare.link', { platform: platformLabel(p) })}
              </a>
            ))}
          </p>
        </>
      )}
      {organisations.length > 0 && <AddAccount organisations={organisations} />}
      {context.ready && <ThresholdsSection programmes={context.programmes} current={context.programme} />}
    </div>
  );
}
