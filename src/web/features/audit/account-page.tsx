/**
 * `/audit/:id`: one account's audit. Media leads upload exports and type in follower counts; everyone who
 * may see it reads the figures and adds critique beside them.
 */
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { fieldText, fmt, locale, t, tOptional } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Field } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { PlatformMark } from './bits.tsx';
import { CritiqueBoard } from './critique-board.tsx';
import { formatFigure } from './figures.ts';
import { ImportPanel } from './import-panel.tsx';
import { KpiSection } from './kpi-section.tsx';
import type { AccountDetail, AccountList, AuditAccount } from './types.ts';
import './audit.css';

const n = (v: number) => formatFigure(locale.value, v, 0);

function FollowersCard({ detail, onSaved }: { detail: AccountDetail; onSaved: () => void }) {
  const { account } = detail;
  const [date, setDate] = useState(() => fmt.todayIn(account.timeZone));
  const [count, setCount] = useState('');
  const action = useAction();
  return (
    <Card aria-labelledby="followers-title" data-testid="followers">
      <h2 id="followers-title">{t('audit.followers.title')}</h2>
      {account.canManage && <p class="muted">{t('audit.followers.intro')}</p>}
      {detail.followers.length === 0 ? (
        <p class="muted">{t('audit.followers.empty')}</p>
      ) : (
        <ul class="list" data-testid="followers-list">
          {detail.followers
            .slice(-6)
            .reverse()
            .map((f) => (
              <li key={f.date}>
                {t('audit.followers.item', { date: fmt.date(f.date), count: n(f.followers) })}{' '}
                <span class="muted small">
                  ({tOptional(`audit.followers.source.${f.source}`, t('audit.followers.source.file'))})
                </span>
              </li>
            ))}
        </ul>
      )}
      {account.canManage && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await action.run(() =>
              api.post(`/api/audit/accounts/${encodeURIComponent(account.id)}/followers`, {
                date,
                followers: Number(count.replace(/[.,\s]/g, '')),
              }),
            );
            if (ok) {
              toast(t('audit.followers.saved'));
              setCount('');
              onSaved();
            }
          }}
        >
          <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
          <div class="row">
            <Field
              type="date"
              label={t('audit.followers.date')}
              value={date}
              onValue={setDate}
              required
              error={fieldText(action.error, 'date')}
              data-testid="followers-date"
            />
            <Field
              label={t('audit.followers.count')}
              value={count}
              onValue={setCount}
              inputMode="numeric"
              required
              error={fieldText(action.error, 'followers')}
              data-testid="followers-count"
            />
          </div>
          <Button type="submit" variant="secondary" busy={action.busy} data-testid="followers-submit">
            {t('audit.followers.submit')}
          </Button>
        </form>
      )}
    </Card>
  );
}

function History({ detail }: { detail: AccountDetail }) {
  return (
    <Card aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title">{t('audit.history.title')}</h2>
      {detail.imports.length === 0 ? (
        <p class="muted">{t('audit.history.empty')}</p>
      ) : (
        <ul class="list">
          {detail.imports.map((i) => (
            <li key={i.id} data-testid="history-item">
              <span class="list__main">{i.fileName || tOptional(`audit.format.${i.format}`, i.format)}</span>
              <br />
              <span class="list__meta">
                {fmt.dateTime(i.at)} · {tOptional(`audit.format.${i.format}`, i.format)} ·{' '}
                {t('audit.history.item', {
                  rows: n(i.rows),
                  imported: n(i.imported),
                  updated: n(i.updated),
                  foreign: n(i.skippedForeign),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function AccountHeading({
  account,
  organisationName,
}: {
  account: AuditAccount;
  organisationName?: string;
}) {
  return (
    <div>
      <p class="audit-head__platform">
        <PlatformMark platform={account.platform} />
        {organisationName && <span class="muted"> · {organisationName}</span>}
      </p>
      <h1 data-testid="account-handle">@{account.handle}</h1>
      {account.displayName && <p class="muted">{account.displayName}</p>}
      <p class="muted small">{t('audit.account.timeZone', { zone: account.timeZone })}</p>
    </div>
  );
}

/** The organisation's name comes from the list (the account itself carries only its id). */
export function useOrganisationName(account: AuditAccount | undefined): string | undefined {
  const list = useResource<AccountList>(account ? '/api/audit/accounts' : null);
  return list.data?.accounts.find((a) => a.id === account?.id)?.organisationName;
}

export function AuditAccountPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const detail = useResource<AccountDetail>(`/api/audit/accounts/${encodeURIComponent(id)}`);
  const [version, setVersion] = useState(0);
  const organisationName = useOrganisationName(detail.data?.account);
  useTitle(detail.data ? `@${detail.data.account.handle} · ${t('audit.title')}` : t('audit.title'));
  if (detail.error) {
    const missing = detail.error.code === 'not_found' || detail.error.code === 'forbidden';
    return (
      <div class="stack audit" data-testid={missing ? 'audit-not-found' : 'audit-error'}>
        <h1>{t('audit.title')}</h1>
        {missing ? (
          <Alert tone="error">
            <p>{t('audit.account.notFound')}</p>
          </Alert>
        ) : (
          <LoadError error={detail.error} onRetry={detail.reload} />
        )}
        <p>
          <a href="/audit">{t('audit.account.all')}</a>
        </p>
      </div>
    );
  }
  if (!detail.data) return <Loading />;
  const { account } = detail.data;
  const refresh = () => {
    detail.reload();
    setVersion((v) => v + 1);
  };
  return (
    <div class="stack audit audit-account" data-testid="audit-account-page" data-account-id={account.id}>
      <p class="no-print">
        <a href="/audit">← {t('audit.account.all')}</a>
      </p>
      <div class="page-head audit-head">
        <AccountHeading account={account} organisationName={organisationName} />
        <LinkButton
          variant="secondary"
          href={`/audit/${encodeURIComponent(account.id)}/report`}
          data-testid="report-link"
        >
          <Icon name="print" /> {t('audit.account.report')}
        </LinkButton>
      </div>
      <div class="audit-layout">
        <div class="audit-layout__main stack">
          {account.canManage ? (
            <ImportPanel account={account} onStored={refresh} />
          ) : (
            <p class="muted">{t('audit.account.viewOnly')}</p>
          )}
          <KpiSection account={account} canManage={account.canManage} version={version} />
        </div>
        <aside class="audit-layout__side stack">
          <CritiqueBoard accountId={account.id} handle={account.handle} />
          <FollowersCard detail={detail.data} onSaved={refresh} />
          {account.canManage && <History detail={detail.data} />}
        </aside>
      </div>
    </div>
  );
}
