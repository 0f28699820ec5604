/**
 * The facilitator's field sessions of a programme: each with its join code, the volunteers' QR code, the
 * printable strip of the variants' tracked links and the live dashboard; and the form for a new session.
 */
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { formatDateTime } from '#core/i18n/format.ts';
import { type ApiError, api, asApiError } from '#web/app/api.ts';
import { fieldText, locale, t } from '#web/app/i18n.ts';
import { fromLocalInput, toLocalInput } from '#web/app/local-input.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import type { Team } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Checkbox, Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { SUGGESTED_EXTRAS } from './choices.ts';
import type { SessionView } from './dashboard.ts';
import { variantsFromLines } from './session-form.ts';
import './sessions.css';

export function FieldSessionsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  useTitle(t('field.sessions.title'));
  const list = useResource<{ sessions: SessionView[] }>(
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
        sessions.map((s) => <SessionCard key={s.id} session={s} />)
      )}
      <NewSession programmeId={id} teams={teams.data?.teams ?? []} onCreated={list.reload} />
    </div>
  );
}

function SessionCard({ session }: { session: SessionView }) {
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

interface PosterChoice {
  campaignId: string;
  assetId: string;
  name: string;
}

/** Posters of the programme's campaign plans, to test as variants (each keeps its link to its plan). */
function PosterPicker({
  programmeId,
  chosen,
  onChosen,
}: {
  programmeId: string;
  chosen: PosterChoice[];
  onChosen: (next: PosterChoice[]) => void;
}) {
  const campaigns = useResource<{
    campaigns: Array<{ id: string; title: string; team: { name: string } | null }>;
  }>(`/api/programmes/${encodeURIComponent(programmeId)}/campaigns`);
  const [campaignId, setCampaignId] = useState('');
  const assets = useResource<{ assets: Array<{ id: string; title: string; kind: string }> }>(
    campaignId ? `/api/campaigns/${encodeURIComponent(campaignId)}/assets` : null,
  );
  const list = campaigns.data?.campaigns ?? [];
  if (list.length === 0) return null;
  return (
    <fieldset class="field-form__set">
      <legend>{t('field.form.posters')}</legend>
      <p class="field__hint">{t('field.form.postersHint')}</p>
      <Select
        label={t('field.form.campaign')}
        value={campaignId}
        onValue={setCampaignId}
        options={[
          { value: '', label: t('field.form.campaignNone') },
          ...list.map((c) => ({ value: c.id, label: c.team ? `${c.title} · ${c.team.name}` : c.title })),
        ]}
      />
      {campaignId &&
        (assets.data?.assets ?? [])
          .filter((a) => a.kind === 'poster')
          .map((a) => (
            <Checkbox
              key={a.id}
              label={a.title}
              checked={chosen.some((p) => p.assetId === a.id)}
              onValue={(on) =>
                onChosen(
                  on
                    ? [...chosen, { campaignId, assetId: a.id, name: a.title }]
                    : chosen.filter((p) => p.assetId !== a.id),
                )
              }
            />
          ))}
    </fieldset>
  );
}

function NewSession({
  programmeId,
  teams,
  onCreated,
}: {
  programmeId: string;
  teams: Team[];
  onCreated: () => void;
}) {
  // The next full hour, written in the place's zone (Jakarta unless changed below).
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const [name, setName] = useState('');
  const [place, setPlace] = useState('');
  const [startsAt, setStartsAt] = useState(toLocalInput(start.toISOString(), 'Asia/Jakarta'));
  const [endsAt, setEndsAt] = useState(
    toLocalInput(new Date(start.getTime() + 4 * 3_600_000).toISOString(), 'Asia/Jakarta'),
  );
  const [timeZone, setTimeZone] = useState('Asia/Jakarta');
  const [variants, setVariants] = useState('');
  const [targets, setTargets] = useState('');
  const [posters, setPosters] = useState<PosterChoice[]>([]);
  const [extras, setExtras] = useState<string[]>([]);
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [retention, setRetention] = useState('30');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/programmes/${encodeURIComponent(programmeId)}/field-sessions`, {
        name,
        place,
        startsAt: fromLocalInput(startsAt, timeZone) ?? startsAt,
        endsAt: fromLocalInput(endsAt, timeZone) ?? endsAt,
        timeZone,
        variants: variantsFromLines([...posters.map((p) => p.name), variants].join('\n'), targets).map(
          (v, i) => {
            const poster = posters[i];
            return poster ? { ...v, campaignId: poster.campaignId, assetId: poster.assetId } : v;
          },
        ),
        extraOutcomes: SUGGESTED_EXTRAS.filter((e) => extras.includes(e.id)),
        teamIds,
        retentionDays: Number(retention),
      });
      toast(t('field.form.created'));
      setName('');
      setVariants('');
      setTargets('');
      setPosters([]);
      onCreated();
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  return (
    <Card>
      <form onSubmit={submit} noValidate class="field-form">
        <h2>{t('field.form.title')}</h2>
        <FormError error={error && error.fields.length === 0 ? error : null} />
        <Field label={t('field.form.name')} value={name} onValue={setName} error={fieldText(error, 'name')} />
        <Field
          label={t('field.form.place')}
          value={place}
          onValue={setPlace}
          error={fieldText(error, 'place')}
        />
        <div class="field-form__row">
          <Field
            label={t('field.form.starts')}
            type="datetime-local"
            value={startsAt}
            onValue={setStartsAt}
            error={fieldText(error, 'startsAt')}
          />
          <Field
            label={t('field.form.ends')}
            type="datetime-local"
            value={endsAt}
            onValue={setEndsAt}
            error={fieldText(error, 'endsAt')}
          />
        </div>
        <Field
          label={t('field.form.timeZone')}
          value={timeZone}
          onValue={setTimeZone}
          error={fieldText(error, 'timeZone')}
        />
        <TextArea
          label={t('field.form.variants')}
          hint={t('field.form.variantsHint')}
          rows={3}
          value={variants}
          onValue={setVariants}
          error={fieldText(error, 'variants')}
        />
        <PosterPicker programmeId={programmeId} chosen={posters} onChosen={setPosters} />
        <TextArea label={t('field.form.target')} rows={3} value={targets} onValue={setTargets} />
        <fieldset class="field-form__set">
          <legend>{t('field.form.extras')}</legend>
          {SUGGESTED_EXTRAS.map((e) => (
            <Checkbox
              key={e.id}
              label={locale.value === 'en' ? e.label.en : e.label.id}
              checked={extras.includes(e.id)}
              onValue={(on) => setExtras(toggle(extras, e.id, on))}
            />
          ))}
        </fieldset>
        {teams.length > 0 && (
          <fieldset class="field-form__set">
            <legend>{t('field.form.teams')}</legend>
            {teams.map((team) => (
              <Checkbox
                key={team.id}
                label={team.name}
                checked={teamIds.includes(team.id)}
                onValue={(on) => setTeamIds(toggle(teamIds, team.id, on))}
              />
            ))}
          </fieldset>
        )}
        <Field
          label={t('field.form.retention')}
          type="number"
          min={0}
          max={365}
          inputMode="numeric"
          value={retention}
          onValue={setRetention}
          error={fieldText(error, 'retentionDays')}
        />
        <Button type="submit" busy={busy}>
          {t('field.form.submit')}
        </Button>
      </form>
    </Card>
  );
}
