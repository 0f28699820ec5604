/** The caption checks, run as the caption is typed: each warning with why it matters and how to fix it. */
import { useMemo } from 'preact/hooks';
import { formatNumber } from '#core/i18n/format.ts';
import type { CaptionWarning } from '#core/review/caption-checks.ts';
import { captionWarningMessage } from '#core/review/caption-messages.ts';
import { locale, t } from '#web/app/i18n.ts';
import { Icon } from '#web/components/ui/icon.tsx';
import { checkPost } from './caption.ts';
import type { ContentPlatform } from './types.ts';

export const warningTitle = (w: CaptionWarning) => t(`caption.${w.code}.title`);
export const warningMessage = (w: CaptionWarning) => captionWarningMessage(t, w, locale.value);

export function CaptionChecks({ caption, platform }: { caption: string; platform: ContentPlatform }) {
  const report = useMemo(() => checkPost(caption, platform), [caption, platform]);
  if (!report) return null;
  const n = (v: number) => formatNumber(locale.value, v, 0);
  return (
    <section class="c-checks-box" aria-label={t('campaign.checks.title')} data-testid="caption-checks">
      <p class="c-meta" data-testid="caption-length">
        {t('campaign.checks.length', {
          length: n(report.length),
          limit: n(report.limit),
          platform: t(`caption.platform.${report.platform}`),
        })}
      </p>
      {report.warnings.length === 0 ? (
        <p class="c-ok" data-testid="caption-ok">
          <Icon name="check" size={16} /> {t('campaign.checks.none')}
        </p>
      ) : (
        <ul class="c-warnings" aria-live="polite">
          {report.warnings.map((w) => (
            <li key={w.code} data-testid="caption-warning" data-code={w.code}>
              <p>
                <Icon name="alert" size={16} /> <strong>{warningTitle(w)}</strong> — {warningMessage(w)}
              </p>
              <details>
                <summary>{t('campaign.checks.whyHow')}</summary>
                <p>
                  <strong>{t('campaign.checks.why')}</strong> {t(`caption.${w.code}.why`)}
                </p>
                <p>
                  <strong>{t('campaign.checks.how')}</strong> {t(`caption.${w.code}.fix`)}
                </p>
              </details>
            </li>
          ))}
        </ul>
      )}
      <p class="c-meta">{t('caption.heuristic')}</p>
    </section>
  );
}
