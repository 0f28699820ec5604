import { t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { me } from '#web/app/session.ts';
import type { Organisation } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Card } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { KIND_LABEL } from './labels.ts';
import { NewOrganisationForm } from './org-form.tsx';
import { buildTree, type OrgNode } from './tree.ts';

function Branch({ nodes }: { nodes: OrgNode[] }) {
  return (
    <ul>
      {nodes.map(({ organisation, children }) => (
        <li key={organisation.id}>
          <a href={`/organisations/${encodeURIComponent(organisation.id)}`}>{organisation.name}</a>{' '}
          <span class="badge">{t(KIND_LABEL[organisation.kind])}</span>
          {children.length > 0 && <Branch nodes={children} />}
        </li>
      ))}
    </ul>
  );
}

export function OrganisationsPage() {
  const list = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const isAdmin = me.value?.user.isPlatformAdmin ?? false;
  useTitle(t('orgs.title'));
  return (
    <div class="stack">
      <h1>{t('orgs.title')}</h1>
      <p class="muted">{t('orgs.intro')}</p>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.organisations.length === 0 && (
        <EmptyState title={t('orgs.emptyTitle')}>
          {isAdmin ? t('orgs.emptyTextAdmin') : t('orgs.emptyText')}
        </EmptyState>
      )}
      {list.data && list.data.organisations.length > 0 && (
        <nav aria-label={t('orgs.treeLabel')} class="tree">
          <Branch nodes={buildTree(list.data.organisations)} />
        </nav>
      )}
      {isAdmin && (
        <Card>
          <h2>{t('orgs.newRoot')}</h2>
          <NewOrganisationForm parentId={null} onDone={list.reload} />
        </Card>
      )}
    </div>
  );
}
