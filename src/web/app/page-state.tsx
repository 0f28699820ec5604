import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Skeleton } from '#web/components/ui/list.tsx';
import type { ApiError } from './api.ts';
import { errorText, t } from './i18n.ts';

export function Loading() {
  return (
    <div role="status" aria-live="polite">
      <span class="visually-hidden">{t('common.loading')}</span>
      <Skeleton />
    </div>
  );
}

/** A failed load: says what happened and offers to try again. 403/404 read as "no access". */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const noAccess = error.code === 'forbidden' || error.code === 'not_found';
  return (
    <Alert tone="error">
      <p>{noAccess ? t('common.noAccess') : errorText(error)}</p>
      {onRetry && !noAccess && (
        <Button variant="secondary" size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

export function FormError({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return (
    <Alert tone="error">
      <p>{errorText(error)}</p>
    </Alert>
  );
}
