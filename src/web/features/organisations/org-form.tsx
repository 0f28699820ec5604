import { useState } from 'preact/hooks';
import { api } from '#web/app/api.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { ORGANISATION_KINDS, type OrganisationKind } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { KIND_LABEL } from './labels.ts';

/** Creates an organisation (a root one for admins, or below `parentId`). */
export function NewOrganisationForm({ parentId, onDone }: { parentId: string | null; onDone: () => void }) {
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>(parentId ? 'union' : 'confederation');
  const action = useAction();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const body: Record<string, string> = { name: name.trim(), kind };
          if (shortName.trim()) body.shortName = shortName.trim();
          if (parentId) body.parentId = parentId;
          await api.post('/api/organisations', body);
          setName('');
          setShortName('');
          onDone();
        });
      }}
    >
      <FormError error={action.error} />
      <Field
        label={t('orgs.name')}
        required
        value={name}
        onValue={setName}
        error={fieldText(action.error, 'name')}
      />
      <div class="row">
        <Field
          label={t('orgs.shortName')}
          hint={t('common.optional')}
          value={shortName}
          onValue={setShortName}
          error={fieldText(action.error, 'shortName')}
        />
        <Select
          label={t('orgs.kind')}
          value={kind}
          onValue={(v) => setKind(v as OrganisationKind)}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
          error={fieldText(action.error, 'kind')}
        />
      </div>
      <div style={{ height: 'var(--s-4)' }} />
      <Button type="submit" busy={action.busy}>
        {t('orgs.create')}
      </Button>
    </form>
  );
}
