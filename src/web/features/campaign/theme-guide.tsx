/** A short guidance card for a campaign theme: the angle that works, who to speak to, what to avoid. */
import { t } from '#web/app/i18n.ts';
import { themeGuide } from './themes.ts';

export function ThemeGuideCard({ theme }: { theme: string }) {
  const guide = themeGuide(theme);
  return (
    <aside
      class="c-guide"
      data-testid="theme-guide"
      data-guide={guide}
      aria-label={t('campaign.guide.label')}
    >
      <p class="c-guide__title">
        <strong>{t(`campaign.guide.${guide}.title`)}</strong>
      </p>
      <p>{t(`campaign.guide.${guide}.angle`)}</p>
      <ul>
        <li>
          <strong>{t('campaign.guide.audience')}</strong> {t(`campaign.guide.${guide}.audience`)}
        </li>
        <li>
          <strong>{t('campaign.guide.message')}</strong> {t(`campaign.guide.${guide}.message`)}
        </li>
        <li>
          <strong>{t('campaign.guide.avoid')}</strong> {t(`campaign.guide.${guide}.avoid`)}
        </li>
      </ul>
    </aside>
  );
}
