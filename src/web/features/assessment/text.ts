import { locale } from '#web/app/i18n.ts';
import type { LocalText } from './types.ts';

/** Instrument text in the reader's language. */
export function local(text: LocalText | undefined): string {
  if (!text) return '';
  return locale.value === 'en' ? text.en : text.id;
}
