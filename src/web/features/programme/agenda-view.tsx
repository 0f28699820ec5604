import type { MessageKey } from '#web/app/i18n.ts';
import { fmt, t } from '#web/app/i18n.ts';
import type { Activity, ActivityModule, AgendaDay } from '#web/app/types.ts';
import { sortActivities, timeRange } from './agenda.ts';

export const MODULE_LABEL: Record<ActivityModule, MessageKey> = {
  general: 'module.general',
  assessment: 'module.assessment',
  audit: 'module.audit',
  campaign: 'module.campaign',
  field: 'module.field',
  review: 'module.review',
  simulation: 'module.simulation',
};

/** The module an activity belongs to, as a label. */
export function ModuleBadge({ module }: { module: ActivityModule }) {
  return (
    <span class={`badge ${module === 'general' ? '' : 'badge--accent'}`}>
      <span class="visually-hidden">{t('agenda.moduleLabel')}</span>
      {t(MODULE_LABEL[module] ?? 'module.general')}
    </span>
  );
}

/**
 * One activity; `assessmentsHref` (given only when the programme has an assessment to open) links an
 * assessment activity to it.
 */
export function ActivityItem({
  activity,
  assessmentsHref,
}: {
  activity: Activity;
  assessmentsHref?: string;
}) {
  return (
    <li class="activity" data-testid="activity">
      <span class="activity__time">{timeRange(activity)}</span>
      <span>
        <span class="activity__title">{activity.title}</span> <ModuleBadge module={activity.module} />
      </span>
      {activity.notes && <span class="activity__notes">{activity.notes}</span>}
      {activity.module === 'assessment' && assessmentsHref && (
        <a class="activity__link" href={assessmentsHref} data-testid="activity-assessment">
          {t('assessment.open')}
        </a>
      )}
    </li>
  );
}

export function ActivityList({
  activities,
  assessmentsHref,
}: {
  activities: Activity[];
  assessmentsHref?: string | undefined;
}) {
  if (activities.length === 0) return <p class="muted">{t('agenda.noActivities')}</p>;
  return (
    <ul class="list">
      {sortActivities(activities).map((a) => (
        <ActivityItem key={a.id} activity={a} assessmentsHref={assessmentsHref} />
      ))}
    </ul>
  );
}

export function DayBlock({
  day,
  headingLevel = 3,
  assessmentsHref,
}: {
  day: AgendaDay;
  headingLevel?: 2 | 3;
  assessmentsHref?: string | undefined;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="agenda-day" data-testid="agenda-day" aria-label={fmt.day(day.date)}>
      <Heading>
        {fmt.day(day.date)}
        {day.title ? ` · ${day.title}` : ''}
      </Heading>
      <ActivityList activities={day.activities} assessmentsHref={assessmentsHref} />
    </section>
  );
}
