/** Diskusi: the team's comments, and the history of every change, upload, review and reply. */
import { useState } from 'preact/hooks';
import { api } from '#web/app/api.ts';
import { fieldText, fmt, hasMessage, t, tLoose } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { Button } from '#web/components/ui/button.tsx';
import { TextArea } from '#web/components/ui/field.tsx';
import type { ActivityEntry, CampaignDetail } from './types.ts';

/** One history line: "Agus menyimpan rencana (versi 3)". Unknown actions read plainly rather than vanish. */
function activityText(entry: ActivityEntry): string {
  const key = `campaign.activity.${entry.action}`;
  const details = entry.details;
  const params = {
    name: entry.actor ?? t('campaign.someone'),
    version: typeof details.version === 'number' ? details.version : '',
    title: typeof details.title === 'string' ? details.title : '',
  };
  return hasMessage(key)
    ? tLoose(key, params)
    : t('campaign.activity.other', { ...params, action: entry.action });
}

export function DiscussionTab({
  campaignId,
  detail,
  onChanged,
}: {
  campaignId: string;
  detail: CampaignDetail;
  onChanged: () => void;
}) {
  const [body, setBody] = useState('');
  const action = useAction();
  return (
    <div class="c-two c-two--wide">
      <section class="stack" aria-labelledby="comments-title" data-testid="comments">
        <h2 id="comments-title">{t('campaign.talk.comments')}</h2>
        {detail.comments.length === 0 ? (
          <p class="muted">{t('campaign.talk.none')}</p>
        ) : (
          <ul class="c-comments">
            {detail.comments.map((c) => (
              <li key={c.id} data-testid="comment">
                <p class="c-meta">
                  <strong>{c.author ?? t('campaign.someone')}</strong> · {fmt.dateTime(c.createdAt)}
                </p>
                <p class="c-pre">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
        <form
          class="stack"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!body.trim()) return;
            const ok = await action.run(() =>
              api.post(`/api/campaigns/${encodeURIComponent(campaignId)}/comments`, { body: body.trim() }),
            );
            if (ok) {
              setBody('');
              onChanged();
            }
          }}
        >
          <FormError error={action.error && action.error.fields.length === 0 ? action.error : null} />
          <TextArea
            label={t('campaign.talk.add')}
            value={body}
            onValue={setBody}
            rows={3}
            maxLength={4000}
            error={fieldText(action.error, 'body')}
            data-testid="comment-body"
          />
          <Button type="submit" busy={action.busy} disabled={!body.trim()} data-testid="comment-send">
            {t('campaign.talk.send')}
          </Button>
        </form>
      </section>
      <section class="stack" aria-labelledby="history-title" data-testid="history">
        <h2 id="history-title">{t('campaign.talk.history')}</h2>
        <ol class="c-history">
          {detail.activity.map((entry, i) => (
            <li key={`${entry.at}-${i}`} data-testid="history-entry" data-action={entry.action}>
              <span>{activityText(entry)}</span>
              <time class="c-meta" dateTime={entry.at}>
                {fmt.dateTime(entry.at)}
              </time>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
