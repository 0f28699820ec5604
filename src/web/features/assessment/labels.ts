import type { MessageKey } from '#web/app/i18n.ts';
import type { AssessmentSummary, Level, RoundKind } from './types.ts';

export const ROUND_LABEL: Record<RoundKind, MessageKey> = {
  baseline: 'assessment.round.baseline',
  follow_up: 'assessment.round.follow_up',
  named: 'assessment.round.named',
};

export const LEVEL_LABEL: Record<Level, MessageKey> = {
  individual: 'assessment.level.individual',
  team: 'assessment.level.team',
  organisation: 'assessment.level.organisation',
};

export const LEVEL_ORDER: Level[] = ['individual', 'team', 'organisation'];

/** "Awal (baseline)", or the round's own label when it has one. */
export function roundName(
  a: Pick<AssessmentSummary, 'round' | 'roundLabel'>,
  translate: (k: MessageKey) => string,
) {
  return a.roundLabel?.trim() || translate(ROUND_LABEL[a.round]);
}
