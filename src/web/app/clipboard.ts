import { toast } from '#web/components/ui/alert.tsx';
import { t } from './i18n.ts';

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toast(t('common.copied'));
  } catch {
    // Clipboard access can be refused (plain http, old browsers): the text stays visible to copy by hand.
    toast(t('common.copyFailed'));
  }
}
