import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { fieldText, t } from '#web/app/i18n.ts';
import { LangSwitch } from '#web/app/lang-switch.tsx';
import { FormError, Loading } from '#web/app/page-state.tsx';
import { setMe } from '#web/app/session.ts';
import type { InvitationInfo, Me } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Field } from '#web/components/ui/field.tsx';

export function InvitePage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const token = params.token ?? '';
  const invitation = useResource<InvitationInfo>(`/api/invitations/${encodeURIComponent(token)}`);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  useTitle(t('invite.title'));

  useEffect(() => {
    if (invitation.data?.name) setName(invitation.data.name);
  }, [invitation.data]);

  return (
    <div class="auth-page stack">
      <div class="auth-top">
        <span />
        <LangSwitch />
      </div>
      <Card>
        <h1>{t('invite.title')}</h1>
        {invitation.error && (
          <Alert tone="error">
            <p>{t('error.invitation_invalid')}</p>
          </Alert>
        )}
        {!invitation.data && !invitation.error && <Loading />}
        {invitation.data && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void action.run(async () => {
                const result = await api.post<Me>(`/api/invitations/${encodeURIComponent(token)}/accept`, {
                  name: name.trim(),
                  password,
                });
                await setMe(result);
                const programme = invitation.data?.programme;
                route(programme ? `/p/${encodeURIComponent(programme.id)}` : '/');
              });
            }}
          >
            <p>{t('invite.intro', { email: invitation.data.email })}</p>
            {invitation.data.programme && (
              <p>{t('invite.programme', { name: invitation.data.programme.name })}</p>
            )}
            {invitation.data.organisation && (
              <p>{t('invite.organisation', { name: invitation.data.organisation.name })}</p>
            )}
            <FormError error={action.error} />
            <Field
              label={t('invite.name')}
              autocomplete="name"
              required
              value={name}
              onValue={setName}
              error={fieldText(action.error, 'name')}
            />
            <Field
              label={t('invite.password')}
              hint={t('invite.passwordHint')}
              type="password"
              autocomplete="new-password"
              required
              value={password}
              onValue={setPassword}
              error={fieldText(action.error, 'password')}
            />
            <Button type="submit" block size="big" busy={action.busy}>
              {t('invite.submit')}
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
}
