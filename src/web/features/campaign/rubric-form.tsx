/** A reviewer's scoring of one thing against the rubric: 1–4 per criterion (with its descriptors), a verdict, a comment. */
import { useState } from 'preact/hooks';
import { criteriaFor, VERDICTS } from '#core/review/rubric.ts';
import { api } from '#web/app/api.ts';
import { t } from '#web/app/i18n.ts';
import { FormError } from '#web/app/page-state.tsx';
import { useAction } from '#web/app/use-action.ts';
import { Alert, toast } from '#web/components/ui/alert.tsx';
import { Button } from '#web/components/ui/button.tsx';
import { Field, Select, TextArea } from '#web/components/ui/field.tsx';
import { criterionName, localText, verdictLabel } from './bits.tsx';
import type { Criterion, Review, ReviewTarget, Verdict } from './types.ts';

export interface TargetOption {
  target: ReviewTarget;
  targetId: string | null;
  label: string;
}

export const targetKey = (target: ReviewTarget, targetId: string | null) => `${target}|${targetId ?? ''}`;

interface Score {
  score: number | null;
  verdict: Verdict | null;
  comment: string;
}

function scoresFrom(rubric: readonly Criterion[], target: ReviewTarget, review: Review | undefined) {
  const out: Record<string, Score> = {};
  for (const c of criteriaFor(rubric, target)) {
    const given = review?.scores.find((s) => s.criterion === c.id);
    out[c.id] = {
      score: given?.score ?? null,
      verdict: given?.verdict ?? null,
      comment: given?.comment ?? '',
    };
  }
  return out;
}

function TargetForm({
  campaignId,
  rubric,
  option,
  mine,
  onSaved,
}: {
  campaignId: string;
  rubric: readonly Criterion[];
  option: TargetOption;
  mine: Review | undefined;
  onSaved: () => void;
}) {
  const criteria = criteriaFor(rubric, option.target);
  const [scores, setScores] = useState(() => scoresFrom(rubric, option.target, mine));
  const [summary, setSummary] = useState(mine?.summary ?? '');
  const [missing, setMissing] = useState<string[]>([]);
  const action = useAction();
  const set = (id: string, patch: Partial<Score>) =>
    setScores({
      ...scores,
      [id]: { ...(scores[id] ?? { score: null, verdict: null, comment: '' }), ...patch },
    });
  return (
    <form
      class="stack"
      noValidate
      data-testid="rubric-form"
      data-target={targetKey(option.target, option.targetId)}
      onSubmit={async (e) => {
        e.preventDefault();
        const gaps = criteria.filter((c) => !scores[c.id]?.score || !scores[c.id]?.verdict);
        setMissing(gaps.map(criterionName));
        if (gaps.length > 0) return;
        const ok = await action.run(() =>
          api.put(`/api/campaigns/${encodeURIComponent(campaignId)}/reviews`, {
            target: option.target,
            targetId: option.targetId,
            summary: summary.trim(),
            scores: criteria.map((c) => ({
              criterion: c.id,
              score: scores[c.id]?.score,
              verdict: scores[c.id]?.verdict,
              comment: scores[c.id]?.comment.trim() ?? '',
            })),
          }),
        );
        if (ok) {
          toast(t('campaign.rubric.saved'));
          onSaved();
        }
      }}
    >
      {criteria.map((c) => {
        const current = scores[c.id];
        return (
          <fieldset class="c-criterion" key={c.id} data-testid="criterion" data-criterion={c.id}>
            <legend>
              <strong>{criterionName(c)}</strong>
            </legend>
            <div class="c-scale">
              {c.descriptors.map((descriptor, i) => (
                <label class="choice c-scale__option" key={i}>
                  <input
                    type="radio"
                    name={`score-${c.id}`}
                    value={i + 1}
                    checked={current?.score === i + 1}
                    onChange={() => set(c.id, { score: i + 1 })}
                    data-testid={`score-${i + 1}`}
                  />
                  <span>
                    <strong>{i + 1}</strong> — {localText(descriptor)}
                  </span>
                </label>
              ))}
            </div>
            <div class="c-verdicts" role="radiogroup" aria-label={t('campaign.rubric.verdict')}>
              {VERDICTS.map((v) => (
                <label key={v} class="c-radio">
                  <input
                    type="radio"
                    name={`verdict-${c.id}`}
                    checked={current?.verdict === v}
                    onChange={() => set(c.id, { verdict: v })}
                    data-testid={`verdict-${v}`}
                  />
                  <span>{verdictLabel(v)}</span>
                </label>
              ))}
            </div>
            <Field
              label={t('campaign.rubric.comment')}
              hint={t('common.optional')}
              value={current?.comment ?? ''}
              onValue={(v) => set(c.id, { comment: v })}
              maxLength={2000}
              data-testid="criterion-comment"
            />
          </fieldset>
        );
      })}
      <TextArea
        label={t('campaign.rubric.summary')}
        hint={t('campaign.rubric.summaryHint')}
        value={summary}
        onValue={setSummary}
        rows={3}
        maxLength={4000}
        data-testid="rubric-summary"
      />
      {missing.length > 0 && (
        <Alert tone="error">
          <p>{t('campaign.rubric.missing', { criteria: missing.join(', ') })}</p>
        </Alert>
      )}
      <FormError error={action.error} />
      <Button type="submit" busy={action.busy} data-testid="rubric-save">
        {mine ? t('campaign.rubric.update') : t('campaign.rubric.save')}
      </Button>
    </form>
  );
}

export function RubricForm({
  campaignId,
  rubric,
  options,
  reviews,
  onSaved,
}: {
  campaignId: string;
  rubric: readonly Criterion[];
  options: readonly TargetOption[];
  reviews: readonly Review[];
  onSaved: () => void;
}) {
  const [key, setKey] = useState(options[0] ? targetKey(options[0].target, options[0].targetId) : '');
  const option = options.find((o) => targetKey(o.target, o.targetId) === key) ?? options[0];
  if (!option) return null;
  const mine = reviews.find((r) => r.mine && r.target === option.target && r.targetId === option.targetId);
  return (
    <section class="card stack" aria-labelledby="rubric-title" data-testid="rubric">
      <h2 id="rubric-title">{t('campaign.rubric.title')}</h2>
      <Select
        label={t('campaign.rubric.target')}
        value={targetKey(option.target, option.targetId)}
        onValue={setKey}
        options={options.map((o) => ({ value: targetKey(o.target, o.targetId), label: o.label }))}
        data-testid="rubric-target"
      />
      {mine && <p class="c-meta">{t('campaign.rubric.editing')}</p>}
      <TargetForm
        key={`${key}|${mine?.updatedAt ?? ''}`}
        campaignId={campaignId}
        rubric={rubric}
        option={option}
        mine={mine}
        onSaved={onSaved}
      />
    </section>
  );
}
