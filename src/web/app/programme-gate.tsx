import type { ComponentChildren } from 'preact';
import { Alert } from '#web/components/ui/alert.tsx';
import { t } from './i18n.ts';
import { LoadError, Loading } from './page-state.tsx';
import { useProgramme } from './programme-store.ts';
import type { ProgrammeDetail } from './types.ts';

/** Loads the programme and, for facilitator pages, checks `can.manage` before rendering. */
export function ProgrammeGate({
  id,
  manage = false,
  children,
}: {
  id: string;
  manage?: boolean;
  children: (detail: ProgrammeDetail) => ComponentChildren;
}) {
  const detail = useProgramme(id);
  if (detail.error) return <LoadError error={detail.error} />;
  if (!detail.data) return <Loading />;
  if (manage && !detail.data.can.manage) {
    return (
      <Alert tone="error">
        <p>{t('common.noAccess')}</p>
      </Alert>
    );
  }
  return <>{children(detail.data)}</>;
}
