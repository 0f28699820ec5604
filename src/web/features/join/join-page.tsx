import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ApiError, api, asApiError } from '#web/app/api.ts';
import { errorText, fieldText, fmt, t } from '#web/app/i18n.ts';
import { LangSwitch } from '#web/app/lang-switch.tsx';
import { FormError } from '#web/app/page-state.tsx';
import { setMe } from '#web/app/session.ts';
import type { JoinInfo, Me } from '#web/app/types.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { Field, Select } from '#web/components/ui/field.tsx';
import { isValidPin, joinBody, normaliseCode, sanitisePin } from './join.ts';

type JoinResult = Me & { programmeId: string; returning: boolean };

export function JoinPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const [code, setCode] = useState(normaliseCode(params.code ?? ''));
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [pinProblem, setPinProblem] = useState(false);
  useTitle(t('join.title'));

  async function lookUp(value: string) {
    const clean = normaliseCode(value);
    if (!clean) {
      setError(new ApiError('validation', 400, 'code', [{ field: 'code', rule: 'required' }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setInfo(await api.get<JoinInfo>(`/api/join/${encodeURIComponent(clean)}`));
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  // A link or QR code with the code in it skips the first step.
  useEffect(() => {
    if (params.code) void lookUp(params.code);
  }, [params.code]);

  async function join(event: Event) {
    event.preventDefault();
    if (!isValidPin(pin)) {
      setPinProblem(true);
      return;
    }
    setPinProblem(false);
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<JoinResult>('/api/join', joinBody(code, name, pin, organisationId));
      await setMe(result);
      route(`/p/${encodeURIComponent(result.programmeId)}`);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setBusy(false);
    }
  }

  const codeError =
    error && (error.code === 'join_code_invalid' || error.code === 'not_found')
      ? errorText(error)
      : fieldText(error, 'code');

  return (
    <div class="join-page">
      <div class="auth-top">
        <a href="/login">{t('join.haveAccount')}</a>
        <LangSwitch />
      </div>
      {!info ? (
        <form
          method="post"
          onSubmit={(e) => {
            e.preventDefault();
            void lookUp(code);
          }}
          noValidate
        >
          <h1>{t('join.title')}</h1>
          <p>{t('join.codeIntro')}</p>
          {error &&
            error.code !== 'join_code_invalid' &&
            error.code !== 'not_found' &&
            error.code !== 'validation' && <FormError error={error} />}
          <Field
            label={t('join.code')}
            class="input--code"
            name="code"
            autocomplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            enterKeyHint="go"
            data-testid="join-code-input"
            value={code}
            onValue={(v) => setCode(normaliseCode(v))}
            error={codeError}
          />
          <div class="join-actions">
            <Button type="submit" block size="big" busy={busy} data-testid="join-submit">
              {t('join.next')}
            </Button>
          </div>
        </form>
      ) : (
        <form onSubmit={join} noValidate>
          <Card accent>
            <p class="muted" style={{ margin: 0 }}>
              {t('join.programmeLabel')}
            </p>
            <h1 style={{ margin: 0 }}>{info.programme.name}</h1>
            <p class="muted" style={{ margin: 0 }}>
              {t('join.programmeDates', {
                start: fmt.date(info.programme.startsOn),
                end: fmt.date(info.programme.endsOn),
              })}
              {info.programme.venue ? ` · ${info.programme.venue}` : ''}
            </p>
          </Card>
          <div style={{ height: 'var(--s-4)' }} />
          <FormError error={error} />
          <Field
            label={t('join.name')}
            name="name"
            autocomplete="name"
            required
            data-testid="join-name"
            value={name}
            onValue={setName}
            error={fieldText(error, 'name')}
          />
          <Field
            label={t('join.pin')}
            hint={t('join.pinHint')}
            name="pin"
            type="password"
            inputMode="numeric"
            pattern="[0-9]*"
            autocomplete="off"
            maxLength={6}
            required
            data-testid="join-pin"
            value={pin}
            onValue={(v) => setPin(sanitisePin(v))}
            error={pinProblem ? t('join.pinInvalid') : fieldText(error, 'pin')}
          />
          {info.organisations.length > 0 && (
            <Select
              label={t('join.organisation')}
              value={organisationId}
              onValue={setOrganisationId}
              error={fieldText(error, 'organisationId')}
              options={[
                { value: '', label: t('join.organisationNone') },
                ...info.organisations.map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
          )}
          <Alert tone="info">
            <p>{t('join.comeBack', { code })}</p>
          </Alert>
          <div class="join-actions">
            <Button type="submit" block size="big" busy={busy} data-testid="join-submit">
              {t('join.submit')}
            </Button>
            <Button
              variant="ghost"
              block
              style={{ marginTop: 'var(--s-2)' }}
              onClick={() => {
                setInfo(null);
                setError(null);
              }}
            >
              {t('join.otherCode')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
