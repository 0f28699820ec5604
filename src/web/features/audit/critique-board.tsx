/** The open critique board beside the figures: add (optionally without a name), +1, pin, export. */
import { useState } from 'preact/hooks';
import { api } from '#web/app/api.ts';
import { downloadText } from '#web/app/download.ts';
import { fieldText, fmt, t } from '#web/app/i18n.ts';
import { FormError, LoadError, Loading } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { useResource } from '#web/app/use-api.ts';
import { toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Checkbox, TextArea } from '#web/components/ui/field.tsx';
import { Icon } from '#web/components/ui/icon.tsx';
import { critiquesCsv } from './critique-csv.ts';
import type { Critique, CritiqueKind, CritiqueList } from './types.ts';

/** The kinds in the order the form offers them (the server's schema lists the same three). */
export const CRITIQUE_KINDS = ['strength', 'weakness', 'idea'] as const satisfies readonly CritiqueKind[];

const kindLabel = (kind: CritiqueKind) => t(`audit.critique.kind.${kind}`);

function AddCritique({ accountId, onAdded }: { accountId: string; onAdded: () => void }) {
  const [kind, setKind] = useState<CritiqueKind>('weakness');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const action = useAction();
  return (
    <form
      class="stack critique-form"
      noValidate
      data-testid="critique-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const ok = await action.run(() =>
          api.post(`/api/audit/accounts/${encodeURIComponent(accountId)}/critiques`, {
            kind,
            body: body.trim(),
            anonymous,
          }),
        );
        if (ok) {
          toast(t('audit.critique.sent'));
          setBody('');
          onAdded();
        }
      }}
    >
      <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
      <fieldset class="critique-kinds">
        <legend>{t('audit.critique.kind')}</legend>
        {CRITIQUE_KINDS.map((k) => (
          <label key={k} class={`choice choice--${k}`}>
            <input
              type="radio"
              name="critique-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              data-testid={`critique-kind-${k}`}
            />
            <span>{kindLabel(k)}</span>
          </label>
        ))}
      </fieldset>
      <TextArea
        label={t('audit.critique.body')}
        hint={t('audit.critique.bodyHint')}
        value={body}
        onValue={setBody}
        rows={3}
        maxLength={1000}
        error={fieldText(action.error, 'body')}
        data-testid="critique-body"
      />
      <div>
        <Checkbox label={t('audit.critique.anonymous')} checked={anonymous} onValue={setAnonymous} />
        <p class="field__hint" id="anonymous-hint">
          {t('audit.critique.anonymousHint')}
        </p>
      </div>
      <Button type="submit" block busy={action.busy} data-testid="critique-submit">
        {t('audit.critique.submit')}
      </Button>
    </form>
  );
}

function CritiqueItem({
  critique,
  canPin,
  onChanged,
}: {
  critique: Critique;
  canPin: boolean;
  onChanged: () => void;
}) {
  const action = useAction();
  const base = `/api/audit/critiques/${encodeURIComponent(critique.id)}`;
  return (
    <li
      class={`critique critique--${critique.kind} ${critique.pinned ? 'is-pinned' : ''}`}
      data-testid="critique"
      data-kind={critique.kind}
      data-pinned={String(critique.pinned)}
    >
      <p class="critique__meta">
        <span class={`badge critique__kind critique__kind--${critique.kind}`}>
          {kindLabel(critique.kind)}
        </span>
        {critique.pinned && (
          <span class="badge badge--accent" data-testid="critique-pinned">
            {t('audit.critique.pinned')}
          </span>
        )}
        <span class="muted small" data-testid="critique-author">
          {critique.anonymous
            ? t('audit.critique.anonymousAuthor')
            : critique.mine
              ? t('audit.critique.mine')
              : critique.author}
          {' · '}
          {fmt.dateTime(critique.createdAt)}
        </span>
      </p>
      <p class="critique__body">{critique.body}</p>
      <FormError error={action.error} />
      <div class="critique__actions">
        <button
          type="button"
          class={`vote ${critique.voted ? 'is-on' : ''}`}
          aria-pressed={critique.voted}
          aria-label={t(critique.voted ? 'audit.critique.unvoteLabel' : 'audit.critique.voteLabel', {
            n: critique.votes,
          })}
          disabled={action.busy}
          data-testid="critique-vote"
          onClick={async () => {
            const ok = await action.run(() =>
              critique.voted ? api.del(`${base}/vote`) : api.put(`${base}/vote`),
            );
            if (ok) onChanged();
          }}
        >
          <span aria-hidden="true">{t('audit.critique.vote')}</span>
          <span class="vote__count" data-testid="critique-votes">
            {critique.votes}
          </span>
        </button>
        {canPin && (
          <Button
            variant="ghost"
            size="small"
            busy={action.busy}
            data-testid="critique-pin"
            onClick={async () => {
              const ok = await action.run(() => api.patch(base, { pinned: !critique.pinned }));
              if (ok) onChanged();
            }}
          >
            {t(critique.pinned ? 'audit.critique.unpin' : 'audit.critique.pin')}
          </Button>
        )}
      </div>
    </li>
  );
}

export function CritiqueBoard({ accountId, handle }: { accountId: string; handle: string }) {
  const list = useResource<CritiqueList>(`/api/audit/accounts/${encodeURIComponent(accountId)}/critiques`);
  const exportCsv = (critiques: Critique[]) =>
    downloadText(
      `kritik-${handle}.csv`,
      critiquesCsv(
        critiques,
        {
          kind: t('audit.critique.csv.kind'),
          body: t('audit.critique.csv.body'),
          author: t('audit.critique.csv.author'),
          votes: t('audit.critique.csv.votes'),
          pinned: t('audit.critique.csv.pinned'),
          createdAt: t('audit.critique.csv.createdAt'),
        },
        {
          kind: kindLabel,
          anonymous: t('audit.critique.anonymousAuthor'),
          yes: t('audit.critique.yes'),
          no: t('audit.critique.no'),
        },
      ),
    );
  return (
    <section
      class="section card critique-board"
      aria-labelledby="critique-title"
      data-testid="critique-board"
    >
      <h2 id="critique-title">{t('audit.critique.title')}</h2>
      <p class="muted">{t('audit.critique.intro')}</p>
      <AddCritique accountId={accountId} onAdded={list.reload} />
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.critiques.length === 0 ? (
        <p class="muted" data-testid="critique-empty">
          {t('audit.critique.empty')}
        </p>
      ) : (
        <>
          <ul class="critiques" data-testid="critiques">
            {list.data.critiques.map((c) => (
              <CritiqueItem
                key={c.id}
                critique={c}
                canPin={list.data?.canPin ?? false}
                onChanged={list.reload}
              />
            ))}
          </ul>
          <Button
            variant="secondary"
            size="small"
            data-testid="critique-export"
            onClick={() => exportCsv(list.data?.critiques ?? [])}
          >
            <Icon name="download" /> {t('audit.critique.export')}
          </Button>
        </>
      )}
    </section>
  );
}
