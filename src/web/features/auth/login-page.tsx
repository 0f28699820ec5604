import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isErrorCode } from '#core/errors.ts';
import { safeNext } from '#core/navigation.ts';
import { ApiError, api, asApiError } from '#web/app/api.ts';
import { fieldText, t, tOptional } from '#web/app/i18n.ts';
import { LangSwitch } from '#web/app/lang-switch.tsx';
import { FormError } from '#web/app/page-state.tsx';
import { me, setMe } from '#web/app/session.ts';
import type { Me, Meta } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Field } from '#web/components/ui/field.tsx';

function DemoCard({ meta, onPick }: { meta: Meta; onPick: (email: string, password: string) => void }) {
  return (
    <Card accent data-testid="demo-accounts">
      <h2>{t('login.demo.title')}</h2>
      <p class="muted">{t('login.demo.text', { password: meta.demoPassword ?? '' })}</p>
      <ul class="list">
        {meta.demoAccounts.map((account) => (
          <li key={account.email}>
            <div class="list__main">{account.email}</div>
            <div class="list__meta">{tOptional(`login.demo.role.${account.role}`, account.role)}</div>
            <div class="list__actions">
              <Button
                variant="secondary"
                size="small"
                onClick={() => onPick(account.email, meta.demoPassword ?? '')}
                aria-label={t('login.demo.useAccount', { email: account.email })}
              >
                {t('login.demo.use')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {meta.demoJoinCode && (
        <p style={{ marginTop: 'var(--s-4)' }}>
          {t('login.demo.joinCode')} <span class="code-box">{meta.demoJoinCode}</span>{' '}
          <a href={`/join/${encodeURIComponent(meta.demoJoinCode)}`}>{t('login.demo.tryJoin')}</a>
        </p>
      )}
    </Card>
  );
}

function errorFromQuery(query: Record<string, string | undefined>): ApiError | null {
  const code = query.error;
  if (!isErrorCode(code)) return null;
  const minutes = Number(query.minutes);
  return new ApiError(code, 0, '', [], minutes > 0 ? { minutes } : {});
}

export function LoginPage() {
  const { query, route } = useLocation();
  const meta = useResource<Meta>('/api/meta');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  // A sign-in sent before the app took the page over comes back from the server with its error's code.
  const [error, setError] = useState<ApiError | null>(() => errorFromQuery(query));
  const next = safeNext(query.next);
  useTitle(t('login.title'));

  useEffect(() => {
    if (me.value) route(next, true);
  }, [next, route]);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await setMe(await api.post<Me>('/api/auth/login', { email: email.trim(), password }));
      route(next);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="auth-page stack">
      <div class="auth-top">
        <span class="muted">{t('app.tagline')}</span>
        <LangSwitch />
      </div>
      <Card>
        <h1>{t('login.title')}</h1>
        <form
          method="post"
          onSubmit={submit}
          noValidate
          data-testid="login-form"
          aria-label={t('login.title')}
        >
          <FormError error={error} />
          <Field
            label={t('login.email')}
            type="email"
            name="email"
            autocomplete="username"
            inputMode="email"
            required
            value={email}
            onValue={setEmail}
            error={fieldText(error, 'email')}
          />
          <Field
            label={t('login.password')}
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onValue={setPassword}
            error={fieldText(error, 'password')}
          />
          <Button type="submit" block size="big" busy={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
      </Card>
      <Card>
        <h2>{t('login.joinTitle')}</h2>
        <p class="muted">{t('login.joinText')}</p>
        <a class="btn btn--secondary btn--block" href="/join">
          {t('login.joinLink')}
        </a>
      </Card>
      {meta.data?.demo && (
        <DemoCard
          meta={meta.data}
          onPick={(pickedEmail, pickedPassword) => {
            setEmail(pickedEmail);
            setPassword(pickedPassword);
          }}
        />
      )}
    </div>
  );
}
