import type { MessageKey } from '#web/app/i18n.ts';
import { fmt, t } from '#web/app/i18n.ts';
import { canCreateProgramme } from '#web/app/nav.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { me } from '#web/app/session.ts';
import type { ProgrammeRole, ProgrammeSummary } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { LinkButton } from '#web/components/ui/button.tsx';
import { CardLink } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Icon } from '#web/components/ui/icon.tsx';

const ROLE: Record<ProgrammeRole, MessageKey> = {
  facilitator: 'role.facilitator',
  reviewer: 'role.reviewer',
  participant: 'role.participant',
};

export function ProgrammesPage() {
  const list = useResource<{ programmes: ProgrammeSummary[] }>('/api/programmes');
  const canCreate = canCreateProgramme(me.value);
  useTitle(t('programmes.title'));

  const newButton = canCreate && (
    <LinkButton href="/programmes/new">
      <Icon name="plus" />
      {t('programmes.new')}
    </LinkButton>
  );

  return (
    <div>
      <div class="page-head">
        <h1>{t('programmes.title')}</h1>
        {list.data && list.data.programmes.length > 0 && newButton}
      </div>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.programmes.length === 0 && (
        <EmptyState
          title={t('programmes.emptyTitle')}
          action={
            canCreate ? (
              newButton
            ) : (
              <LinkButton href="/join" variant="secondary">
                {t('programmes.joinWithCode')}
              </LinkButton>
            )
          }
        >
          {canCreate ? t('programmes.emptyTextCreate') : t('programmes.emptyText')}
        </EmptyState>
      )}
      {list.data && list.data.programmes.length > 0 && (
        <div class="grid">
          {list.data.programmes.map((p) => (
            <CardLink key={p.id} href={`/p/${encodeURIComponent(p.id)}`} data-testid="programme-card">
              <h2 class="card__title">{p.name}</h2>
              <p class="muted" style={{ margin: 0 }}>
                {t('home.dates', { start: fmt.date(p.startsOn), end: fmt.date(p.endsOn) })}
              </p>
              {p.venue && <p style={{ margin: 0 }}>{p.venue}</p>}
              {p.myRole && <span class="badge">{t(ROLE[p.myRole])}</span>}
            </CardLink>
          ))}
        </div>
      )}
    </div>
  );
}
