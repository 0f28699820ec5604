import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { fieldText, fmt, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import {
  ACTIVITY_MODULES,
  type Activity,
  type ActivityModule,
  type Agenda,
  type AgendaDay,
} from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { sortActivities, sortDays, timeRange } from './agenda.ts';
import { MODULE_LABEL, ModuleBadge } from './agenda-view.tsx';

function nextDate(days: AgendaDay[], fallback: string): string {
  const last = sortDays(days).at(-1);
  if (!last) return fallback;
  const d = new Date(`${last.date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function DayForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: { date: string; title: string };
  submitLabel: string;
  onSubmit: (body: { date: string; title: string }) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [date, setDate] = useState(initial.date);
  const [title, setTitle] = useState(initial.title);
  const action = useAction();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() => onSubmit({ date, title: title.trim() }));
      }}
    >
      <FormError error={action.error} />
      <div class="row">
        <Field
          label={t('agendaEdit.date')}
          type="date"
          required
          value={date}
          onValue={setDate}
          error={fieldText(action.error, 'date')}
        />
        <Field
          label={t('agendaEdit.dayTitle')}
          hint={t('common.optional')}
          value={title}
          onValue={setTitle}
          error={fieldText(action.error, 'title')}
        />
      </div>
      <div class="list__actions">
        <Button type="submit" busy={action.busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

interface ActivityValues {
  startsAt: string;
  endsAt: string;
  title: string;
  module: ActivityModule;
  notes: string;
}

function ActivityForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: ActivityValues;
  submitLabel: string;
  onSubmit: (body: ActivityValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const action = useAction();
  const set = <K extends keyof ActivityValues>(key: K, value: ActivityValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(() =>
          onSubmit({ ...values, title: values.title.trim(), notes: values.notes.trim() }),
        );
      }}
    >
      <FormError error={action.error} />
      <div class="row">
        <Field
          label={t('agendaEdit.startsAt')}
          type="time"
          required
          value={values.startsAt}
          onValue={(v) => set('startsAt', v)}
          error={fieldText(action.error, 'startsAt')}
        />
        <Field
          label={t('agendaEdit.endsAt')}
          type="time"
          required
          value={values.endsAt}
          onValue={(v) => set('endsAt', v)}
          error={fieldText(action.error, 'endsAt')}
        />
      </div>
      <div style={{ height: 'var(--s-4)' }} />
      <Field
        label={t('agendaEdit.activityTitle')}
        required
        value={values.title}
        onValue={(v) => set('title', v)}
        error={fieldText(action.error, 'title')}
      />
      <Select
        label={t('agendaEdit.module')}
        hint={t('agendaEdit.moduleHint')}
        value={values.module}
        onValue={(v) => set('module', v as ActivityModule)}
        options={ACTIVITY_MODULES.map((m) => ({ value: m, label: t(MODULE_LABEL[m]) }))}
        error={fieldText(action.error, 'module')}
      />
      <TextArea
        label={t('agendaEdit.notes')}
        hint={t('common.optional')}
        value={values.notes}
        onValue={(v) => set('notes', v)}
        error={fieldText(action.error, 'notes')}
      />
      <div class="list__actions">
        <Button type="submit" busy={action.busy}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

type Pending = { kind: 'day'; day: AgendaDay } | { kind: 'activity'; activity: Activity } | null;

function DayEditor({
  programmeId,
  day,
  onChanged,
  onDelete,
}: {
  programmeId: string;
  day: AgendaDay;
  onChanged: () => void;
  onDelete: (p: Pending) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editingActivity, setEditingActivity] = useState<string | null>(null);
  const base = `/api/programmes/${encodeURIComponent(programmeId)}`;
  const lastEnd = sortActivities(day.activities).at(-1)?.endsAt ?? '09:00';

  return (
    <Card>
      {editing ? (
        <DayForm
          initial={{ date: day.date, title: day.title ?? '' }}
          submitLabel={t('common.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            await api.patch(`${base}/days/${day.id}`, { date: body.date, title: body.title || null });
            setEditing(false);
            toast(t('common.saved'));
            onChanged();
          }}
        />
      ) : (
        <div class="page-head">
          <h2 style={{ margin: 0 }}>
            {fmt.day(day.date)}
            {day.title ? ` · ${day.title}` : ''}
          </h2>
          <div class="row">
            <Button variant="ghost" size="small" onClick={() => setEditing(true)}>
              {t('agendaEdit.editDay')}
            </Button>
            <Button variant="danger" size="small" onClick={() => onDelete({ kind: 'day', day })}>
              {t('agendaEdit.deleteDay')}
            </Button>
          </div>
        </div>
      )}
      {day.activities.length === 0 && <p class="muted">{t('agenda.noActivities')}</p>}
      {day.activities.length > 0 && (
        <ul class="list">
          {sortActivities(day.activities).map((a) => (
            <li key={a.id} data-testid="activity">
              {editingActivity === a.id ? (
                <ActivityForm
                  initial={{ ...a, notes: a.notes ?? '' }}
                  submitLabel={t('common.save')}
                  onCancel={() => setEditingActivity(null)}
                  onSubmit={async (body) => {
                    await api.patch(`${base}/activities/${a.id}`, { ...body, notes: body.notes || null });
                    setEditingActivity(null);
                    toast(t('common.saved'));
                    onChanged();
                  }}
                />
              ) : (
                <>
                  <div class="list__main">
                    <span class="activity__time">{timeRange(a)}</span> {a.title}{' '}
                    <ModuleBadge module={a.module} />
                  </div>
                  {a.notes && <div class="list__meta">{a.notes}</div>}
                  <div class="list__actions">
                    <Button
                      variant="ghost"
                      size="small"
                      onClick={() => setEditingActivity(a.id)}
                      aria-label={t('agendaEdit.editActivityNamed', { title: a.title })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      variant="danger"
                      size="small"
                      onClick={() => onDelete({ kind: 'activity', activity: a })}
                      aria-label={t('agendaEdit.deleteActivityNamed', { title: a.title })}
                    >
                      {t('common.delete')}
                    </Button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div style={{ marginTop: 'var(--s-3)' }}>
        {adding ? (
          <ActivityForm
            initial={{ startsAt: lastEnd, endsAt: lastEnd, title: '', module: 'general', notes: '' }}
            submitLabel={t('agendaEdit.addActivity')}
            onCancel={() => setAdding(false)}
            onSubmit={async (body) => {
              const payload: Record<string, string> = {
                startsAt: body.startsAt,
                endsAt: body.endsAt,
                title: body.title,
                module: body.module,
              };
              if (body.notes) payload.notes = body.notes;
              await api.post(`${base}/days/${day.id}/activities`, payload);
              setAdding(false);
              onChanged();
            }}
          />
        ) : (
          <Button variant="secondary" size="small" onClick={() => setAdding(true)}>
            {t('agendaEdit.addActivity')}
          </Button>
        )}
      </div>
    </Card>
  );
}

function Editor({ programmeId, startsOn }: { programmeId: string; startsOn: string }) {
  const agenda = useResource<Agenda>(`/api/programmes/${encodeURIComponent(programmeId)}/agenda`);
  const [pending, setPending] = useState<Pending>(null);
  const [addingDay, setAddingDay] = useState(false);
  const remove = useAction();
  const base = `/api/programmes/${encodeURIComponent(programmeId)}`;

  if (agenda.error && !agenda.data) return <LoadError error={agenda.error} onRetry={agenda.reload} />;
  if (!agenda.data) return <Loading />;
  const days = sortDays(agenda.data.days);

  const addDay = addingDay ? (
    <Card>
      <h2>{t('agendaEdit.newDay')}</h2>
      <DayForm
        initial={{ date: nextDate(days, startsOn), title: '' }}
        submitLabel={t('agendaEdit.addDay')}
        onCancel={() => setAddingDay(false)}
        onSubmit={async (body) => {
          await api.post(`${base}/days`, body.title ? body : { date: body.date });
          setAddingDay(false);
          agenda.reload();
        }}
      />
    </Card>
  ) : (
    <Button onClick={() => setAddingDay(true)}>{t('agendaEdit.addDay')}</Button>
  );

  return (
    <div class="stack">
      {days.length === 0 && !addingDay && (
        <EmptyState title={t('agendaEdit.emptyTitle')} action={addDay}>
          {t('agendaEdit.emptyText')}
        </EmptyState>
      )}
      {days.map((day) => (
        <DayEditor
          key={day.id}
          programmeId={programmeId}
          day={day}
          onChanged={agenda.reload}
          onDelete={setPending}
        />
      ))}
      {(days.length > 0 || addingDay) && addDay}
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'day' ? t('agendaEdit.confirmDeleteDay') : t('agendaEdit.confirmDeleteActivity')
        }
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        danger
        busy={remove.busy}
        onCancel={() => setPending(null)}
        onConfirm={() =>
          void remove.run(async () => {
            if (pending?.kind === 'day') await api.del(`${base}/days/${pending.day.id}`);
            if (pending?.kind === 'activity') await api.del(`${base}/activities/${pending.activity.id}`);
            setPending(null);
            agenda.reload();
          })
        }
      >
        <p>
          {pending?.kind === 'day'
            ? t('agendaEdit.confirmDeleteDayText', { day: fmt.day(pending.day.date) })
            : pending?.kind === 'activity'
              ? t('agendaEdit.confirmDeleteActivityText', { title: pending.activity.title })
              : ''}
        </p>
        <FormError error={remove.error} />
      </ConfirmDialog>
    </div>
  );
}

export function AgendaEditorPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  useTitle(t('agendaEdit.title'));
  return (
    <ProgrammeGate id={id} manage>
      {(detail) => (
        <>
          <div class="page-head">
            <h1>{t('agendaEdit.title')}</h1>
            <a href={`/p/${encodeURIComponent(id)}`}>{t('agendaEdit.view')}</a>
          </div>
          <p class="muted">{t('agendaEdit.intro')}</p>
          <Editor programmeId={id} startsOn={detail.programme.startsOn} />
        </>
      )}
    </ProgrammeGate>
  );
}
