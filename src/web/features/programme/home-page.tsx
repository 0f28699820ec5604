import { useRoute } from 'preact-iso';
import { fmt, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { useProgramme } from '#web/app/programme-store.ts';
import type { Agenda, Programme } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { LinkButton } from '#web/components/ui/button.tsx';
import { Card, CardLink } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { useAssessments } from '#web/features/assessment/list-store.ts';
import { planToday, sortDays } from './agenda.ts';
import { ActivityList, DayBlock } from './agenda-view.tsx';
import { ROLE_LABEL } from './labels.ts';

function Today({
  agenda,
  programme,
  manage,
  assessmentsHref,
}: {
  agenda: Agenda;
  programme: Programme;
  manage: boolean;
  assessmentsHref: string | undefined;
}) {
  const plan = planToday(agenda.today, agenda.days);
  const span = t('home.runs', { start: fmt.date(programme.startsOn), end: fmt.date(programme.endsOn) });
  return (
    <Card accent data-testid="today" aria-labelledby="today-title">
      <h2 id="today-title">{t('home.today')}</h2>
      {plan.kind === 'today' && (
        <>
          <p class="muted">
            {fmt.day(plan.day.date)}
            {plan.day.title ? ` · ${plan.day.title}` : ''}
          </p>
          <ActivityList activities={plan.day.activities} assessmentsHref={assessmentsHref} />
        </>
      )}
      {plan.kind === 'empty' && (
        <>
          <p>{span}</p>
          <p class="muted">{t('home.agendaEmpty')}</p>
          {manage && (
            <LinkButton href={`/p/${programme.id}/agenda`} variant="secondary">
              {t('home.fillAgenda')}
            </LinkButton>
          )}
        </>
      )}
      {(plan.kind === 'before' || plan.kind === 'between') && (
        <>
          <p>
            {t('home.noActivityToday')} {span}
          </p>
          <h3>{t('home.next', { day: fmt.day(plan.next.date) })}</h3>
          <ActivityList activities={plan.next.activities} assessmentsHref={assessmentsHref} />
        </>
      )}
      {plan.kind === 'after' && (
        <p>
          {span} {t('home.finished')}
        </p>
      )}
    </Card>
  );
}

export function ProgrammeHomePage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const detail = useProgramme(id);
  const agenda = useResource<Agenda>(`/api/programmes/${encodeURIComponent(id)}/agenda`);
  const programme = detail.data?.programme;
  const assessments = useAssessments(id);
  useTitle(programme?.name ?? t('home.title'));

  if (detail.error) return <LoadError error={detail.error} />;
  if (!detail.data || !programme) return <Loading />;
  const manage = detail.data.can.manage;
  const role = detail.data.myRole;
  // Linked only when there is a round to open: never a link to an empty page.
  const assessmentsHref =
    assessments && assessments.length > 0 ? `/p/${encodeURIComponent(id)}/assessments` : undefined;

  return (
    <div class="stack">
      <div>
        <h1>{programme.name}</h1>
        <p class="muted" style={{ margin: 0 }}>
          {t('home.dates', { start: fmt.date(programme.startsOn), end: fmt.date(programme.endsOn) })}
          {programme.venue ? ` · ${programme.venue}` : ''}
        </p>
        {role && <span class="badge">{t('home.yourRole', { role: t(ROLE_LABEL[role]) })}</span>}
      </div>
      {agenda.error && <LoadError error={agenda.error} onRetry={agenda.reload} />}
      {!agenda.data && !agenda.error && <Loading />}
      {agenda.data && (
        <Today agenda={agenda.data} programme={programme} manage={manage} assessmentsHref={assessmentsHref} />
      )}
      {agenda.data && (
        <section data-testid="agenda" aria-labelledby="agenda-title" class="section">
          <div class="page-head">
            <h2 id="agenda-title" style={{ margin: 0 }}>
              {t('home.agenda')}
            </h2>
            {manage && (
              <LinkButton href={`/p/${programme.id}/agenda`} variant="secondary" size="small">
                {t('home.editAgenda')}
              </LinkButton>
            )}
          </div>
          {agenda.data.days.length === 0 ? (
            <EmptyState title={t('home.agendaEmptyTitle')}>{t('home.agendaEmptyText')}</EmptyState>
          ) : (
            sortDays(agenda.data.days).map((day) => (
              <DayBlock key={day.id} day={day} assessmentsHref={assessmentsHref} />
            ))
          )}
        </section>
      )}
      {programme.themes.length > 0 && (
        <section class="section" aria-labelledby="themes-title">
          <h2 id="themes-title">{t('home.themes')}</h2>
          <ul class="row" style={{ listStyle: 'none', padding: 0 }}>
            {programme.themes.map((theme) => (
              <li key={theme} class="badge badge--accent">
                {theme}
              </li>
            ))}
          </ul>
          <CardLink href={`/p/${encodeURIComponent(id)}/campaigns`} data-testid="campaigns-link">
            <p class="card__title">{t('campaign.nav')}</p>
            <p class="muted" style={{ margin: 0 }}>
              {t('campaign.home.text')}
            </p>
          </CardLink>
        </section>
      )}
    </div>
  );
}
