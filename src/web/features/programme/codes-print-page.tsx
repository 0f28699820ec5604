import { useRoute } from 'preact-iso';
import { t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import type { JoinCode } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button } from '#web/components/ui/button.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Icon } from '#web/components/ui/icon.tsx';

/** One card per active code: QR, the code in large type, the link and the programme name; A4 on print. */
function Sheet({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  const base = `/api/programmes/${encodeURIComponent(programmeId)}/join-codes`;
  const codes = useResource<{ joinCodes: JoinCode[] }>(base);
  if (codes.error) return <LoadError error={codes.error} onRetry={codes.reload} />;
  if (!codes.data) return <Loading />;
  const active = codes.data.joinCodes.filter((c) => c.active);
  if (active.length === 0) return <EmptyState title={t('codes.printEmpty')} />;
  return (
    <div class="qr-sheet">
      {active.map((code) => (
        <article class="qr-card" key={code.id}>
          <h2>{programmeName}</h2>
          <p>{t('codes.printScan')}</p>
          <img
            src={`${base}/${code.id}/qr.svg`}
            alt={t('codes.qrAlt', { code: code.code })}
            width={220}
            height={220}
          />
          <p class="qr-card__code">{code.code}</p>
          <p class="qr-card__url">{code.url}</p>
          {code.label && <p class="muted">{code.label}</p>}
          <p class="muted">{t('codes.printHow')}</p>
        </article>
      ))}
    </div>
  );
}

export function CodesPrintPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  useTitle(t('codes.printTitle'));
  return (
    <ProgrammeGate id={id} manage>
      {(detail) => (
        <div>
          <div class="page-head no-print">
            <a href={`/p/${encodeURIComponent(id)}/codes`}>{t('codes.backToCodes')}</a>
            <Button onClick={() => window.print()}>
              <Icon name="print" />
              {t('codes.printNow')}
            </Button>
          </div>
          <Sheet programmeId={id} programmeName={detail.programme.name} />
        </div>
      )}
    </ProgrammeGate>
  );
}
