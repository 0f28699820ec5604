import { useLocation } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { t } from '#web/app/i18n.ts';
import { loadMe } from '#web/app/session.ts';
import { useAction } from '#web/app/use-action.ts';
import { useTitle } from '#web/app/use-title.ts';
import { emptyProgrammeForm, programmeBody } from './programme-form.ts';
import { ProgrammeForm } from './programme-form.tsx';

export function NewProgrammePage() {
  const { route } = useLocation();
  const action = useAction();
  useTitle(t('programmeForm.newTitle'));
  return (
    <div class="page-narrow">
      <h1>{t('programmeForm.newTitle')}</h1>
      <p class="muted">{t('programmeForm.newIntro')}</p>
      <ProgrammeForm
        initial={emptyProgrammeForm()}
        submitLabel={t('programmeForm.create')}
        busy={action.busy}
        error={action.error}
        onSubmit={(values) =>
          void action.run(async () => {
            const { programme } = await api.post<{ programme: { id: string } }>(
              '/api/programmes',
              programmeBody(values, 'create'),
            );
            // The creator is now its facilitator: refresh the roles the navigation is built from.
            await loadMe();
            route(`/p/${encodeURIComponent(programme.id)}`);
          })
        }
      />
    </div>
  );
}
