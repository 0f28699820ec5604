import { z } from 'zod';
import { MIN_K } from './groups.ts';
import type { Answer, Item } from './model.ts';

export const ROUNDS = ['baseline', 'follow_up', 'named'] as const;
export type Round = (typeof ROUNDS)[number];

export const CreateAssessmentInput = z.strictObject({
  name: z.string().trim().min(1).max(160),
  round: z.enum(ROUNDS),
  roundLabel: z.string().trim().max(80).optional(),
  instrument: z.string().trim().max(80).optional(),
  k: z.number().int().min(MIN_K).max(100).optional(),
});

export const UpdateAssessmentInput = z.strictObject({
  name: z.string().trim().min(1).max(160).optional(),
  status: z.enum(['open', 'closed']).optional(),
  k: z.number().int().min(MIN_K).max(100).optional(),
});

/** A personal code like `K7QM-3XPA`, typed by hand: case and spaces do not matter. */
export const personalCode = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/, 'invalid'))
  .transform((s) => (s.includes('-') ? s : `${s.slice(0, 4)}-${s.slice(4)}`));

export const StartResponseInput = z.strictObject({
  personalCode: personalCode.nullish(),
  organisationId: z.uuid().nullish(),
  teamId: z.uuid().nullish(),
});

export const AnswerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('option'), option: z.string().min(1).max(20) }),
  z.strictObject({ type: z.literal('options'), options: z.array(z.string().min(1).max(20)).max(30) }),
  z.strictObject({ type: z.literal('number'), value: z.number().finite() }),
  z.strictObject({ type: z.literal('text'), value: z.string().max(2000) }),
]);

/** Answers keyed by item id; `null` clears an answer. */
export const SaveAnswersInput = z.strictObject({
  answers: z.record(z.string().min(1).max(40), AnswerSchema.nullable()),
});

/** Whether an answer is one this item can take (right kind, known options, number within range). */
export function answerFits(item: Item, answer: Answer): boolean {
  switch (item.type) {
    case 'single_choice':
    case 'scenario':
      return answer.type === 'option' && item.options.some((o) => o.id === answer.option);
    case 'checklist':
      return (
        answer.type === 'options' &&
        new Set(answer.options).size === answer.options.length &&
        answer.options.every((id) => item.options.some((o) => o.id === id))
      );
    case 'numeric':
      return answer.type === 'number' && answer.value >= item.inputMin && answer.value <= item.inputMax;
    case 'open_text':
      return answer.type === 'text';
  }
}
