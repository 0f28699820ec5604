import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { LangSwitch } from '#web/app/lang-switch.tsx';
import { FormError } from '#web/app/page-state.tsx';
import { forgetProgrammes } from '#web/app/programme-store.ts';
import { me, signOut } from '#web/app/session.ts';
import { useAction } from '#web/app/use-action.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Field } from '#web/components/ui/field.tsx';

function ChangePassword() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  return (
    <Card>
      <h2>{t('account.passwordTitle')}</h2>
      {done && (
        <Alert tone="success">
          <p>{t('account.passwordChanged')}</p>
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setDone(false);
          void action.run(async () => {
            await api.post('/api/auth/password', { currentPassword, newPassword });
            setCurrent('');
            setNew('');
            setDone(true);
          });
        }}
      >
        <FormError error={action.error} />
        <Field
          label={t('account.currentPassword')}
          type="password"
          autocomplete="current-password"
          required
          value={currentPassword}
          onValue={setCurrent}
          error={
            action.error?.code === 'current_password_wrong'
              ? t('error.current_password_wrong')
              : fieldText(action.error, 'currentPassword')
          }
        />
        <Field
          label={t('account.newPassword')}
          type="password"
          autocomplete="new-password"
          required
          value={newPassword}
          onValue={setNew}
          error={fieldText(action.error, 'newPassword')}
        />
        <Button type="submit" busy={action.busy}>
          {t('account.changePassword')}
        </Button>
      </form>
    </Card>
  );
}

export function AccountPage() {
  const { route } = useLocation();
  const current = me.value;
  useTitle(t('account.title'));
  if (!current) return null;
  return (
    <div class="page-narrow stack">
      <h1>{t('account.title')}</h1>
      <Card>
        <p class="list__main">{current.user.name}</p>
        <p class="muted">{current.user.email ?? t('account.joinedWithCode')}</p>
      </Card>
      <Card>
        <h2>{t('account.language')}</h2>
        <p class="muted">{t('account.languageHint')}</p>
        <LangSwitch />
      </Card>
      {current.user.email && <ChangePassword />}
      <Card>
        <h2>{t('account.signOutTitle')}</h2>
        {!current.user.email && <p class="muted">{t('account.signOutCodeHint')}</p>}
        <Button
          variant="secondary"
          onClick={async () => {
            await signOut();
            forgetProgrammes();
            route('/login');
          }}
        >
          {t('nav.signOut')}
        </Button>
      </Card>
    </div>
  );
}
