/** "Copy and adapt": asks a name in both languages, copies the instrument, opens the copy in the editor. */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Instrument } from '#core/assessment/model.ts';
import { api } from '#web/app/api.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { ConfirmDialog } from '#web/components/ui/dialog.tsx';
import { Field } from '#web/components/ui/field.tsx';
import type { LocalText } from './types.ts';

/** The name offered for a copy; the same words the server uses when no name is given, in each language. */
export function copyName(name: LocalText): LocalText {
  return { id: `${name.id} (salinan)`, en: `${name.en} (copy)` };
}

export function instrumentPath(programmeId: string, instrumentId: string): string {
  return `/p/${encodeURIComponent(programmeId)}/instruments/${encodeURIComponent(instrumentId)}`;
}

export function CopyDialog({
  programmeId,
  source,
  onClose,
}: {
  programmeId: string;
  /** What to copy (`id@version`) and its name; null while the dialog is closed. */
  source: { ref: string; name: LocalText } | null;
  onClose: () => void;
}) {
  const [name, setName] = useState<LocalText>({ id: '', en: '' });
  const action = useAction();
  const { route } = useLocation();
  useEffect(() => {
    if (source) setName(copyName(source.name));
    action.setError(null);
  }, [source?.ref]);

  async function copy() {
    if (!source) return;
    await action.run(async () => {
      const answer = await api.post<{ instrument: Instrument }>(
        `/api/programmes/${encodeURIComponent(programmeId)}/instruments`,
        { from: source.ref, name: { id: name.id.trim(), en: name.en.trim() } },
      );
      toast(t('instruments.copy.done'));
      onClose();
      route(instrumentPath(programmeId, answer.instrument.id));
    });
  }

  return (
    <ConfirmDialog
      open={source !== null}
      title={t('instruments.copy.title')}
      confirmLabel={t('instruments.copy.submit')}
      cancelLabel={t('common.cancel')}
      busy={action.busy}
      onConfirm={() => void copy()}
      onCancel={onClose}
    >
      <p class="muted">{t('instruments.copy.text')}</p>
      <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
      <Field
        label={t('instruments.inLang', {
          label: t('instruments.editor.name'),
          lang: t('instruments.lang.id'),
        })}
        value={name.id}
        onValue={(id) => setName((n) => ({ ...n, id }))}
        maxLength={160}
        required
        lang="id"
        error={fieldText(action.error, 'name')}
        data-testid="copy-name-id"
      />
      <Field
        label={t('instruments.inLang', {
          label: t('instruments.editor.name'),
          lang: t('instruments.lang.en'),
        })}
        value={name.en}
        onValue={(en) => setName((n) => ({ ...n, en }))}
        maxLength={160}
        required
        lang="en"
        error={fieldText(action.error, 'name')}
        data-testid="copy-name-en"
      />
    </ConfirmDialog>
  );
}
