/** A programme's instruments for facilitators: the built-in ones to copy, and its own to edit. */
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import type { ProgrammeDetail } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { CopyDialog, instrumentPath } from './instrument-copy.tsx';
import { local } from './text.ts';
import type { InstrumentSummary, LocalText } from './types.ts';

function InstrumentCard({
  programmeId,
  instrument,
  onCopy,
}: {
  programmeId: string;
  instrument: InstrumentSummary;
  onCopy: () => void;
}) {
  return (
    <Card data-testid="instrument-card" data-instrument-id={instrument.id}>
      <h3 class="card__title">{local(instrument.name)}</h3>
      <p class="row" style={{ alignItems: 'center' }}>
        {instrument.builtIn && <span class="badge badge--accent">{t('instruments.builtIn')}</span>}
        <span class="badge" data-testid="instrument-version">
          {t('instruments.version', { version: instrument.version })}
        </span>
      </p>
      <p class="muted">
        {t('instruments.counts', {
          items: instrument.items,
          scored: instrument.scoredItems,
          dimensions: instrument.dimensions,
        })}
      </p>
      {!instrument.builtIn && instrument.inUse && (
        <p class="muted" data-testid="instrument-in-use">
          {t('instruments.inUse')}
        </p>
      )}
      {instrument.basedOn && <p class="muted">{t('instruments.basedOn', { source: instrument.basedOn })}</p>}
      <div class="list__actions">
        <LinkButton
          href={instrumentPath(programmeId, instrument.id)}
          variant={instrument.builtIn ? 'ghost' : 'primary'}
          data-testid="instrument-edit"
        >
          {instrument.builtIn ? t('instruments.view') : t('instruments.edit')}
        </LinkButton>
        <Button variant="secondary" onClick={onCopy} data-testid="instrument-copy">
          {t('instruments.copy')}
        </Button>
      </div>
    </Card>
  );
}

function Instruments({ detail }: { detail: ProgrammeDetail }) {
  const programmeId = detail.programme.id;
  const list = useResource<{ instruments: InstrumentSummary[] }>(
    `/api/programmes/${encodeURIComponent(programmeId)}/instruments`,
  );
  const [copying, setCopying] = useState<{ ref: string; name: LocalText } | null>(null);
  useTitle(t('instruments.title'));
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  const all = list.data.instruments;
  const builtIn = all.filter((i) => i.builtIn);
  const own = all.filter((i) => !i.builtIn);
  const card = (i: InstrumentSummary) => (
    <InstrumentCard
      key={i.id}
      programmeId={programmeId}
      instrument={i}
      onCopy={() => setCopying({ ref: `${i.id}@${i.version}`, name: i.name })}
    />
  );
  return (
    <div class="stack">
      <div>
        <p>
          <a href={`/p/${encodeURIComponent(programmeId)}/assessments`}>{t('assessment.list.title')}</a>
        </p>
        <h1>{t('instruments.title')}</h1>
        <p class="muted">{t('instruments.intro')}</p>
      </div>
      <section aria-labelledby="own-instruments">
        <h2 id="own-instruments">{t('instruments.ownTitle')}</h2>
        {own.length === 0 ? (
          <EmptyState title={t('instruments.ownTitle')}>{t('instruments.ownEmpty')}</EmptyState>
        ) : (
          <div class="grid">{own.map(card)}</div>
        )}
      </section>
      <section aria-labelledby="built-in-instruments">
        <h2 id="built-in-instruments">{t('instruments.builtInTitle')}</h2>
        <div class="grid">{builtIn.map(card)}</div>
      </section>
      <CopyDialog programmeId={programmeId} source={copying} onClose={() => setCopying(null)} />
    </div>
  );
}

export function InstrumentsPage() {
  const { params } = useRoute();
  return (
    <ProgrammeGate id={params.id ?? ''} manage>
      {(detail) => <Instruments detail={detail} />}
    </ProgrammeGate>
  );
}
