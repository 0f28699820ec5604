/**
 * The facilitator's field sessions of a programme: each with its join code, the volunteers' QR code, the
 * printable strip of the variants' tracked links, the live dashboard and its settings to change; and the form
 * for a new session (session-editor.tsx, the same form).
 */
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { formatDateTime } from '#core/i18n/format.ts';
import { locale, t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import type { Team } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { EditSession, NewSession } from './session-editor.tsx';
import type { EditableSession } from './session-form.ts';
import './sessions.css';

export function FieldSessionsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  useTitle(t('field.sessions.title'));
  const list = useResource<{ sessions: EditableSession[] }>(
    `/api/programmes/${encodeURIComponent(id)}/field-sessions`,
  );
  const teams = useResource<{ teams: Team[] }>(`/api/programmes/${encodeURIComponent(id)}/teams`);
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const sessions = list.data.sessions;
  return (
    <div class="page field-sessions">
      <h1>{t('field.sessions.title')}</h1>
      <p>{t('field.sessions.intro')}</p>
      {sessions.length === 0 ? (
        <EmptyState title={t('field.sessions.title')}>{t('field.sessions.empty')}</EmptyState>
      ) : (
        sessions.map((s) => (
          <SessionCard
            key={s.id}
            session={s}
            programmeId={id}
            teams={teams.data?.teams ?? []}
            onChanged={list.reload}
          />
        ))
      )}
      <NewSession programmeId={id} teams={teams.data?.teams ?? []} onCreated={list.reload} />
    </div>
  );
}

function SessionCard({
  session,
  programmeId,
  teams,
  onChanged,
}: {
  session: EditableSession;
  programmeId: string;
  teams: Team[];
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <Card>
        <EditSession
          programmeId={programmeId}
          teams={teams}
          session={session}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      </Card>
    );
  // In the place's own time, whatever the facilitator's laptop says.
  const at = (iso: string) => formatDateTime(locale.value, iso, session.timeZone);
  const window = `${at(session.startsAt)} – ${at(session.endsAt)} (${session.timeZone})`;
  const stripUrl = `/api/field/sessions/${encodeURIComponent(session.id)}/links.svg`;
  return (
    <Card>
      <div class="field-session" data-testid="field-session">
        <div>
          <h2>{session.name}</h2>
          <p>
            {session.place && `${session.place} · `}
            {window}
          </p>
          <p class="field-session__code">{t('field.sessions.code', { code: session.joinCode })}</p>
          <p>
            <a href={`/f/${encodeURIComponent(session.joinCode)}`}>{`/f/${session.joinCode}`}</a>
          </p>
          <div class="field-session__actions">
            <LinkButton href={`/field/${encodeURIComponent(session.id)}/live`}>
              {t('field.sessions.live')}
            </LinkButton>
            <LinkButton variant="secondary" href={stripUrl} target="_blank" rel="noopener">
              {t('field.sessions.print')}
            </LinkButton>
            <Button
              variant="ghost"
              onClick={() => setEditing(true)}
              aria-label={t('field.sessions.editNamed', { name: session.name })}
              data-testid="field-session-edit"
            >
              {t('common.edit')}
            </Button>
          </div>
          <ul class="field-session__variants">
            {session.variants.map((v) => (
              <li key={v.id}>
                {v.name}: <a href={v.shortUrl}>{v.shortUrl}</a>
              </li>
            ))}
          </ul>
        </div>
        <figure class="field-session__qr">
          <img
            src={`/api/field/sessions/${encodeURIComponent(session.id)}/qr.svg`}
            alt={t('field.qr.join')}
            width={160}
            height={160}
          />
          <figcaption>{t('field.sessions.joinQr')}</figcaption>
        </figure>
      </div>
    </Card>
  );
}
