/** Small pieces the audit pages share: platform marks, the "how is this computed?" toggletip, a figure. */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { hasMessage, locale, type MessageKey, t, tLoose } from '#web/app/i18n.ts';
import type { ProgrammeSummary } from '#web/app/types.ts';
import { canManageProgramme, thresholdsHref } from './audit-programme.ts';
import type { Words } from './figures.ts';
import type { Platform } from './types.ts';

const PLATFORM_PATHS: Record<Platform, string> = {
  instagram:
    'M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5zm0 2a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3zm5 3.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zm0 2a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zm5.5-4a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  facebook: 'M14 8V6.5c0-.8.2-1.5 1.5-1.5H17V2h-2.6C11.5 2 10.5 3.8 10.5 6.3V8H8v3h2.5v11H14V11h2.6l.4-3z',
  tiktok:
    'M16.5 2h-3v13.2a2.8 2.8 0 1 1-2-2.7V9.4a6 6 0 1 0 5 5.9V8.6A7.6 7.6 0 0 0 21 10V7a4.5 4.5 0 0 1-4.5-5z',
};

export const platformLabel = (platform: Platform): string => t(`audit.platform.${platform}`);

/** The platform's mark beside its name (the name carries the meaning; the mark is decoration). */
export function PlatformMark({ platform, withName = true }: { platform: Platform; withName?: boolean }) {
  return (
    <span class={`platform platform--${platform}`}>
      <svg
        width="20"
        height="20"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
        fill="currentColor"
      >
        <path d={PLATFORM_PATHS[platform]} fill-rule="evenodd" />
      </svg>
      {withName && <span>{platformLabel(platform)}</span>}
    </span>
  );
}

/** The words for the pure helpers, in the current language. */
export function currentWords(): Words {
  return { locale: locale.value, t: tLoose, has: hasMessage };
}

/** "How is this computed?": a disclosure (button + text it shows), by touch and keyboard; printed open. */
export function HowComputed({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="howto">
      <button
        type="button"
        class="howto__toggle"
        aria-expanded={open}
        aria-controls={`${id}-help`}
        data-testid="kpi-help"
        onClick={() => setOpen(!open)}
      >
        {t('audit.kpi.help')}
      </button>
      <p id={`${id}-help`} class="howto__text" hidden={!open} data-testid="kpi-help-text">
        {text}
      </p>
    </div>
  );
}

/** One figure: its name, value, an optional note, and how it is computed. */
export function Stat({
  name,
  label,
  value,
  note,
  help,
}: {
  name: string;
  label: MessageKey;
  value: string;
  note?: ComponentChildren;
  help: MessageKey;
}) {
  return (
    <div class="stat" data-testid={`kpi-${name}`}>
      <p class="stat__label">{t(label)}</p>
      <p class="stat__value" data-testid="kpi-value">
        {value}
      </p>
      {note && <p class="stat__note">{note}</p>}
      <HowComputed text={t(help)} />
    </div>
  );
}

/** Which thresholds the flags use (a programme's or the defaults), and for its facilitators where to change them. */
export function ThresholdsNote({ programme }: { programme: ProgrammeSummary | null }) {
  return (
    <p class="muted small" data-testid="thresholds-note">
      {programme
        ? t('audit.thresholds.applied', { programme: programme.name })
        : t('audit.thresholds.appliedDefaults')}
      {programme && canManageProgramme(programme) && (
        <>
          {' '}
          <a class="no-print" href={thresholdsHref(programme.id)} data-testid="thresholds-link">
            {t('audit.thresholds.edit')}
          </a>
        </>
      )}
    </p>
  );
}
