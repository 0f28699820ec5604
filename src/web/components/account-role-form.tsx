import { useState } from 'preact/hooks';
import { fieldText } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';

export interface AccountRoleFormProps<R extends string> {
  labels: { email: string; role: string; submit: string; done: string; noAccount: string };
  roles: ReadonlyArray<{ value: R; label: string }>;
  initialRole: R;
  /** Sends the email and role; an unknown email comes back as a validation error on `email`. */
  submit: (email: string, role: R) => Promise<unknown>;
  onDone: () => void;
}

/**
 * Give an existing account a role somewhere (an organisation, a programme) by its email. When no account
 * has that email, it says so and how to go on, instead of a generic validation message.
 */
export function AccountRoleForm<R extends string>({
  labels,
  roles,
  initialRole,
  submit,
  onDone,
}: AccountRoleFormProps<R>) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<R>(initialRole);
  const action = useAction();
  const noAccount =
    action.error?.fields.some((f) => f.field === 'email' && f.rule === 'unknown_account') ?? false;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          await submit(email.trim(), role);
          setEmail('');
          toast(labels.done);
          onDone();
        });
      }}
    >
      {noAccount ? (
        <Alert tone="error">
          <p>{labels.noAccount}</p>
        </Alert>
      ) : (
        <FormError error={action.error} />
      )}
      <div class="row">
        <Field
          label={labels.email}
          type="email"
          inputMode="email"
          required
          value={email}
          onValue={setEmail}
          error={noAccount ? undefined : fieldText(action.error, 'email')}
        />
        <Select label={labels.role} value={role} onValue={(v) => setRole(v as R)} options={[...roles]} />
        <Button type="submit" busy={action.busy}>
          {labels.submit}
        </Button>
      </div>
    </form>
  );
}
