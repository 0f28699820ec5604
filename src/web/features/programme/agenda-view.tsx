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

/** The module an activity belongs to, as a label only: the modules have no pages yet. */
export function ModuleBadge({ module }: { module: ActivityModule }) {
  return (
    <span class={`badge ${module === 'general' ? '' : 'badge--accent'}`}>
      <span class="visually-hidden">{t('agenda.moduleLabel')}</span>
      {t(MODULE_LABEL[module] ?? 'module.general')}
    </span>
  );
}

export function ActivityItem({ activity }: { activity: Activity }) {
  return (
    <li class="activity" data-testid="activity">
      <span class="activity__time">{timeRange(activity)}</span>
      <span>
        <span class="activity__title">{activity.title}</span> <ModuleBadge module={activity.module} />
      </span>
      {activity.notes && <span class="activity__notes">{activity.notes}</span>}
    </li>
  );
}

export function ActivityList({ activities }: { activities: Activity[] }) {
  if (activities.length === 0) return <p class="muted">{t('agenda.noActivities')}</p>;
  return (
    <ul class="list">
      {sortActivities(activities).map((a) => (
        <ActivityItem key={a.id} activity={a} />
      ))}
    </ul>
  );
}

export function DayBlock({ day, headingLevel = 3 }: { day: AgendaDay; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="agenda-day" data-testid="agenda-day" aria-label={fmt.day(day.date)}>
      <Heading>
        {fmt.day(day.date)}
        {day.title ? ` · ${day.title}` : ''}
      </Heading>
      <ActivityList activities={day.activities} />
    </section>
  );
}
