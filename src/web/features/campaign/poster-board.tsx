/**
 * One poster under review: every version side by side with its pins (pins placed on an earlier version
 * are carried onto later ones and marked "dari v1"); reviewers tap a spot to pin a comment there.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS } from '#core/review/rubric.ts';
import { api } from '#web/app/api.ts';
import { fieldText, fmt, t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { TextArea } from '#web/components/ui/field.tsx';
import { VersionUpload } from './asset-upload.tsx';
import { Replies, verdictLabel } from './bits.tsx';
import { nudge, numberPins, type Point, pinStyle, pinsOnVersion, pointInBox } from './pins.ts';
import type { Asset, AssetVersion, Pin, Verdict } from './types.ts';

interface Pending extends Point {
  version: AssetVersion;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function VersionImage({
  asset,
  version,
  canPin,
  pending,
  onPlace,
  onNudge,
}: {
  asset: Asset;
  version: AssetVersion;
  canPin: boolean;
  pending: Pending | null;
  onPlace: (point: Point) => void;
  onNudge: (dx: number, dy: number) => void;
}) {
  const placed = pinsOnVersion(asset.pins, version.version);
  const marker = useRef<HTMLButtonElement>(null);
  const here = pending && pending.version.id === version.id ? pending : null;
  useEffect(() => {
    if (here) marker.current?.focus({ preventScroll: true });
  }, [here?.version.id]);
  return (
    <figure class="c-board__version" data-testid="board-version" data-version={version.version}>
      {/* Sized from the version's own dimensions, so the box (and every pin) is right before the image loads. */}
      <div
        class="c-pinbox"
        style={{
          aspectRatio: `${version.width} / ${version.height}`,
          width: `min(100%, calc(80vh * ${version.width / Math.max(1, version.height)}))`,
        }}
      >
        <img
          src={version.imageUrl}
          alt={t('campaign.assets.versionAlt', { title: asset.title, n: version.version })}
          width={version.width}
          height={version.height}
          loading="lazy"
          draggable={false}
        />
        {canPin && (
          <button
            type="button"
            class="c-pinbox__hit"
            data-testid="pin-surface"
            aria-label={t('campaign.pin.place', { n: version.version })}
            onClick={(e) => {
              // A keyboard "click" has no position: start at the centre, then move with the arrow keys.
              if (e.detail === 0) onPlace({ x: 0.5, y: 0.5 });
              else onPlace(pointInBox(e.clientX, e.clientY, e.currentTarget.getBoundingClientRect()));
            }}
          />
        )}
        {placed.map(({ pin, number, carried }) => (
          <span
            key={pin.id}
            class={`c-pin ${carried ? 'c-pin--carried' : ''} ${pin.resolved ? 'c-pin--resolved' : ''}`}
            style={pinStyle(pin)}
            data-testid="pin-marker"
            data-pin-id={pin.id}
            data-carried={carried}
            aria-hidden="true"
            title={carried ? t('campaign.pin.from', { n: pin.version }) : undefined}
          >
            {number}
          </span>
        ))}
        {here && (
          <button
            type="button"
            ref={marker}
            class="c-pin c-pin--pending"
            style={pinStyle(here)}
            aria-label={t('campaign.pin.pending', {
              x: Math.round(here.x * 100),
              y: Math.round(here.y * 100),
            })}
            data-testid="pin-pending"
            onKeyDown={(e) => {
              const step = ARROWS[e.key];
              if (!step) return;
              e.preventDefault();
              onNudge(step[0], step[1]);
            }}
          >
            +
          </button>
        )}
      </div>
      <figcaption class="c-meta">
        <strong>{t('campaign.version.short', { n: version.version })}</strong> ·{' '}
        {version.uploadedBy ?? t('campaign.someone')} · {fmt.dateTime(version.createdAt)}
      </figcaption>
    </figure>
  );
}

function PinForm({
  assetId,
  pending,
  onDone,
  onCancel,
}: {
  assetId: string;
  pending: Pending;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [body, setBody] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('perlu_diperbaiki');
  const action = useAction();
  return (
    <form
      class="card stack c-pin-form"
      noValidate
      data-testid="pin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!body.trim()) return;
        const ok = await action.run(() =>
          api.post(`/api/assets/${encodeURIComponent(assetId)}/pins`, {
            assetVersionId: pending.version.id,
            x: pending.x,
            y: pending.y,
            body: body.trim(),
            verdict: verdict || null,
          }),
        );
        if (ok) {
          toast(t('campaign.pin.saved'));
          onDone();
        }
      }}
    >
      <p>
        <strong>{t('campaign.pin.newTitle', { n: pending.version.version })}</strong>
      </p>
      <p class="c-meta">{t('campaign.pin.moveHint')}</p>
      <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
      <TextArea
        label={t('campaign.pin.body')}
        value={body}
        onValue={setBody}
        rows={3}
        maxLength={2000}
        required
        error={fieldText(action.error, 'body')}
        data-testid="pin-body"
      />
      <fieldset class="c-verdicts">
        <legend class="field__label">{t('campaign.pin.verdict')}</legend>
        {(['', ...VERDICTS] as const).map((v) => (
          <label key={v || 'none'} class="c-radio">
            <input
              type="radio"
              name="pin-verdict"
              checked={verdict === v}
              onChange={() => setVerdict(v)}
              data-testid={`pin-verdict-${v || 'none'}`}
            />
            <span>{v ? verdictLabel(v) : t('campaign.pin.noVerdict')}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <Button type="submit" busy={action.busy} disabled={!body.trim()} data-testid="pin-save">
          {t('campaign.pin.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function PinItem({
  pin,
  number,
  canResolve,
  onChanged,
}: {
  pin: Pin;
  number: number;
  canResolve: boolean;
  onChanged: () => void;
}) {
  const action = useAction();
  return (
    <li class={`c-pin-item ${pin.resolved ? 'is-resolved' : ''}`} data-testid="pin-item" data-pin-id={pin.id}>
      <div class="c-pin-item__head">
        <span class="c-pin c-pin--static" aria-hidden="true">
          {number}
        </span>
        <span class="visually-hidden">{t('campaign.pin.number', { n: number })}</span>
        <span class="badge">{t('campaign.pin.on', { n: pin.version })}</span>
        {pin.verdict && (
          <span class={`badge c-verdict c-verdict--${pin.verdict}`}>{verdictLabel(pin.verdict)}</span>
        )}
        {pin.resolved && <span class="badge">{t('campaign.pin.resolved')}</span>}
      </div>
      <p class="c-pre" data-testid="pin-body-text">
        {pin.body}
      </p>
      <p class="c-meta">
        {pin.author ?? t('campaign.someone')} · {fmt.dateTime(pin.createdAt)}
      </p>
      <Replies
        replies={pin.replies}
        postUrl={`/api/pins/${encodeURIComponent(pin.id)}/replies`}
        onAdded={onChanged}
        testId="pin-replies"
      />
      {canResolve && (
        <Button
          variant="ghost"
          size="small"
          busy={action.busy}
          data-testid="pin-resolve"
          onClick={async () => {
            const ok = await action.run(() =>
              api.patch(`/api/pins/${encodeURIComponent(pin.id)}`, { resolved: !pin.resolved }),
            );
            if (ok) onChanged();
          }}
        >
          {pin.resolved ? t('campaign.pin.reopen') : t('campaign.pin.resolve')}
        </Button>
      )}
      <FormError error={action.error} />
    </li>
  );
}

export function PosterBoard({
  asset,
  canReview,
  canEdit,
  onChanged,
}: {
  asset: Asset;
  canReview: boolean;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [pending, setPending] = useState<Pending | null>(null);
  const numbers = numberPins(asset.pins);
  const pins = [...asset.pins].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return (
    <section
      class="card stack c-board"
      data-testid="poster-board"
      data-asset-id={asset.id}
      aria-labelledby={`board-${asset.id}`}
    >
      <h3 id={`board-${asset.id}`}>{asset.title}</h3>
      {canReview && <p class="c-meta">{t('campaign.pin.hint')}</p>}
      <div class={`c-board__versions ${asset.versions.length > 1 ? 'is-many' : ''}`}>
        {asset.versions.map((version) => (
          <VersionImage
            key={version.id}
            asset={asset}
            version={version}
            canPin={canReview}
            pending={pending}
            onPlace={(point) => setPending({ ...point, version })}
            onNudge={(dx, dy) => pending && setPending({ ...pending, ...nudge(pending, dx, dy) })}
          />
        ))}
      </div>
      {pending && (
        <PinForm
          assetId={asset.id}
          pending={pending}
          onCancel={() => setPending(null)}
          onDone={() => {
            setPending(null);
            onChanged();
          }}
        />
      )}
      {pins.length > 0 ? (
        <ol class="c-pin-list" aria-label={t('campaign.pin.list')} data-testid="pin-list">
          {pins.map((pin) => (
            <PinItem
              key={pin.id}
              pin={pin}
              number={numbers.get(pin.id) ?? 0}
              canResolve={canReview || canEdit}
              onChanged={onChanged}
            />
          ))}
        </ol>
      ) : (
        <p class="muted">{t('campaign.pin.none')}</p>
      )}
      {canEdit && (
        <VersionUpload
          assetId={asset.id}
          nextVersion={(asset.versions.at(-1)?.version ?? 0) + 1}
          onUploaded={onChanged}
        />
      )}
    </section>
  );
}
