import { useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { t } from '#web/app/i18n.ts';
import { LoadError, Loading } from '#web/app/page-state.tsx';
import { refreshProgramme, useProgramme } from '#web/app/programme-store.ts';
import { useAction } from '#web/app/use-action.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { formFromProgramme, programmeBody } from './programme-form.ts';
import { ProgrammeForm } from './programme-form.tsx';

export function SettingsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const detail = useProgramme(id);
  const action = useAction();
  useTitle(t('settings.title'));
  if (detail.error) return <LoadError error={detail.error} />;
  if (!detail.data) return <Loading />;
  if (!detail.data.can.manage) {
    return (
      <Alert tone="error">
        <p>{t('common.noAccess')}</p>
      </Alert>
    );
  }
  return (
    <div class="page-narrow">
      <h1>{t('settings.title')}</h1>
      <ProgrammeForm
        key={detail.data.programme.id}
        initial={formFromProgramme(detail.data.programme)}
        submitLabel={t('common.save')}
        busy={action.busy}
        error={action.error}
        onSubmit={(values) =>
          void action.run(async () => {
            await api.patch(`/api/programmes/${encodeURIComponent(id)}`, programmeBody(values, 'edit'));
            refreshProgramme(id);
            toast(t('common.saved'));
          })
        }
      />
    </div>
  );
}
