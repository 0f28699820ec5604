/**
 * The programme whose flag thresholds the audit pages apply. Accounts belong to organisations, not to
 * programmes, while a facilitator sets thresholds per programme: the figures are read "in" one programme
 * the person can see. It is the one named in the address (`?programme=`), else the one running today,
 * else the one that started last, else the next to start. Without any, the defaults apply.
 */
import { useLocation } from 'preact-iso';
import { fmt } from '#web/app/i18n.ts';
import { me } from '#web/app/session.ts';
import type { ProgrammeSummary } from '#web/app/types.ts';
import { useResource } from '#web/app/use-api.ts';

export function pickProgramme(
  programmes: readonly ProgrammeSummary[],
  wanted: string | undefined,
  todayIn: (timeZone: string) => string,
): ProgrammeSummary | null {
  const named = wanted ? programmes.find((p) => p.id === wanted) : undefined;
  if (named) return named;
  const latestFirst = [...programmes].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const started = latestFirst.filter((p) => p.startsOn <= todayIn(p.timeZone));
  return started.find((p) => todayIn(p.timeZone) <= p.endsOn) ?? started[0] ?? latestFirst.at(-1) ?? null;
}

/** A path with `programme=` added, whatever query it already has. */
export function withProgramme(path: string, programmeId: string | null | undefined): string {
  if (!programmeId) return path;
  return `${path}${path.includes('?') ? '&' : '?'}programme=${encodeURIComponent(programmeId)}`;
}

/** Where a facilitator edits a programme's thresholds. */
export const thresholdsHref = (programmeId: string) =>
  `/audit?programme=${encodeURIComponent(programmeId)}#thresholds`;

export function canManageProgramme(programme: ProgrammeSummary): boolean {
  return programme.myRole === 'facilitator' || me.value?.user.isPlatformAdmin === true;
}

export interface AuditProgramme {
  /** False until the programme list has answered (or failed: the defaults then apply). */
  ready: boolean;
  programme: ProgrammeSummary | null;
  programmes: ProgrammeSummary[];
}

export function useAuditProgramme(): AuditProgramme {
  const { query } = useLocation();
  const list = useResource<{ programmes: ProgrammeSummary[] }>('/api/programmes');
  const programmes = list.data?.programmes ?? [];
  return {
    ready: !!list.data || !!list.error,
    programme: pickProgramme(programmes, query.programme, fmt.todayIn),
    programmes,
  };
}
