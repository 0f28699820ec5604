import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api } from '#web/app/api.ts';
import { copyText } from '#web/app/clipboard.ts';
import { errorText, fieldText, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { ProgrammeGate } from '#web/app/programme-gate.tsx';
import type { JoinCode } from '#web/app/types.ts';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { useTitle } from '#web/app/use-title.ts';
import { Alert } from '#web/components/ui/alert.tsx';
import { Button, LinkButton } from '#web/components/ui/button.tsx';
import { Card } from '#web/components/ui/card.tsx';
import { EmptyState } from '#web/components/ui/empty-state.tsx';
import { Field } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';

function NewCode({ programmeId, onDone }: { programmeId: string; onDone: () => void }) {
  const [label, setLabel] = useState('');
  const action = useAction();
  return (
    <Card>
      <h2>{t('codes.newTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            await api.post(
              `/api/programmes/${encodeURIComponent(programmeId)}/join-codes`,
              label.trim() ? { label: label.trim() } : {},
            );
            setLabel('');
            onDone();
          });
        }}
      >
        <FormError error={action.error} />
        <div class="row">
          <Field
            label={t('codes.label')}
            hint={t('codes.labelHint')}
            value={label}
            onValue={setLabel}
            error={fieldText(action.error, 'label')}
          />
          <Button type="submit" busy={action.busy}>
            {t('codes.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function CodeList({ programmeId }: { programmeId: string }) {
  const codes = useResource<{ joinCodes: JoinCode[] }>(
    `/api/programmes/${encodeURIComponent(programmeId)}/join-codes`,
  );
  const toggle = useAction();
  if (codes.error && !codes.data) return <LoadError error={codes.error} onRetry={codes.reload} />;
  if (!codes.data) return <Loading />;
  const list = codes.data.joinCodes;
  const anyActive = list.some((c) => c.active);
  return (
    <div class="stack">
      {anyActive && (
        <div class="row">
          <LinkButton href={`/p/${encodeURIComponent(programmeId)}/codes/print`} variant="secondary">
            <Icon name="print" />
            {t('codes.print')}
          </LinkButton>
        </div>
      )}
      {toggle.error && (
        <Alert tone="error">
          <p>{errorText(toggle.error)}</p>
        </Alert>
      )}
      {list.length === 0 ? (
        <EmptyState title={t('codes.emptyTitle')}>{t('codes.emptyText')}</EmptyState>
      ) : (
        <ul class="list" aria-label={t('codes.title')}>
          {list.map((code) => (
            <li key={code.id} data-testid="join-code-row">
              <div class="list__main">
                <span class="code-box">{code.code}</span>{' '}
                <span class={`badge ${code.active ? 'badge--accent' : ''}`}>
                  {code.active ? t('codes.active') : t('codes.inactive')}
                </span>
              </div>
              {code.label && <div class="list__meta">{code.label}</div>}
              <div class="copy-row" style={{ marginTop: 'var(--s-2)' }}>
                <code>{code.url}</code>
                <Button
                  variant="ghost"
                  size="small"
                  onClick={() => void copyText(code.url)}
                  aria-label={t('codes.copyNamed', { code: code.code })}
                >
                  {t('codes.copy')}
                </Button>
              </div>
              <div class="list__actions">
                <Button
                  variant={code.active ? 'danger' : 'secondary'}
                  size="small"
                  busy={toggle.busy}
                  onClick={() =>
                    void toggle.run(async () => {
                      await api.patch(
                        `/api/programmes/${encodeURIComponent(programmeId)}/join-codes/${code.id}`,
                        {
                          active: !code.active,
                        },
                      );
                      codes.reload();
                    })
                  }
                >
                  {code.active ? t('codes.deactivate') : t('codes.activate')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewCode programmeId={programmeId} onDone={codes.reload} />
    </div>
  );
}

export function CodesPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  useTitle(t('codes.title'));
  return (
    <ProgrammeGate id={id} manage>
      {() => (
        <div>
          <h1>{t('codes.title')}</h1>
          <p class="muted">{t('codes.intro')}</p>
          <CodeList programmeId={id} />
        </div>
      )}
    </ProgrammeGate>
  );
}
