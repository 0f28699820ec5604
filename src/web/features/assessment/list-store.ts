/** The assessments of a programme, shared by the navigation, the programme home and the assessments page. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { api } from '#web/app/api.ts';
import type { AssessmentSummary } from './types.ts';

const lists = signal<Record<string, AssessmentSummary[]>>({});
const inFlight = new Set<string>();

export function refreshAssessments(programmeId: string): void {
  if (inFlight.has(programmeId)) return;
  inFlight.add(programmeId);
  api
    .get<{ assessments: AssessmentSummary[] }>(
      `/api/programmes/${encodeURIComponent(programmeId)}/assessments`,
    )
    .then(
      (answer) => {
        lists.value = { ...lists.value, [programmeId]: answer.assessments };
      },
      () => {
        // No list, no link: the pages that need it show their own error.
      },
    )
    .finally(() => inFlight.delete(programmeId));
}

/** `undefined` while unknown. */
export function useAssessments(programmeId: string | null): AssessmentSummary[] | undefined {
  const list = programmeId ? lists.value[programmeId] : undefined;
  useEffect(() => {
    if (programmeId && !lists.value[programmeId]) refreshAssessments(programmeId);
  }, [programmeId]);
  return list;
}
