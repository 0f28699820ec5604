/**
 * The live dashboard's figures, kept out of the components: the comparison (from the server, or worked out
 * here from the summary with the same core function) and the shares of each breakdown. The verdict's words
 * come from `verdictParams` in the core, shared with the campaign scorecard.
 */
import { type Comparison, compareVariants } from '#core/field/compare.ts';
import { formatShare } from '#core/field/verdict-params.ts';
import type { Counts, FieldSummary, SessionOutcome } from './types.ts';

/** A session as the facilitator's pages get it (`GET /api/field/sessions/:id`, the sessions list). */
export interface SessionView {
  id: string;
  programmeId: string;
  name: string;
  place: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  joinCode: string;
  joinUrl: string;
  variants: Array<{
    id: string;
    name: string;
    shortCode: string;
    shortUrl: string;
    targetUrl: string | null;
  }>;
  outcomes: SessionOutcome[];
  teams: Array<{ id: string; name: string | null }>;
  retentionDays: number;
}

/** `GET /api/field/sessions/:id/dashboard`. */
export interface DashboardData {
  summary: FieldSummary;
  comparison?: Comparison | null;
  volunteers: Array<{ id: string; name: string; tallies: number }>;
  flags: Array<{
    volunteer: { id: string; name: string };
    from: string;
    to: string;
    tallies: number;
    rate: number | null;
  }>;
  quotes: Array<{ id: string; quote: string; at: string; variant?: string | null; outcome?: string | null }>;
  photos: Array<{
    id: string;
    imageUrl: string;
    thumbnailUrl: string;
    identifiable: boolean;
    consent: boolean;
  }>;
}

/** A share as a whole percentage in the reader's language (the same words as the verdict's). */
export const percent = formatShare;

/** The comparison the server sent, else the same core function run here on the summary. */
export function comparisonOf(
  data: Pick<DashboardData, 'comparison' | 'summary'>,
  outcomes: readonly { id: string }[],
): Comparison {
  return data.comparison ?? compareVariants(data.summary.by_variant, { outcomes: outcomes.map((o) => o.id) });
}

export interface Segment {
  outcome: string;
  count: number;
  share: number;
}

/** Each outcome's count and share of a row, in the session's order (an empty row has shares of 0). */
export function segments(row: Counts, outcomes: readonly { id: string }[]): Segment[] {
  return outcomes.map((o) => {
    const count = row.by_outcome[o.id] ?? 0;
    return { outcome: o.id, count, share: row.total > 0 ? count / row.total : 0 };
  });
}

/** The hour label of a `by_hour` row (`2024-05-12T06:00:00+07:00` → `06.00` / `06:00`). */
export function hourLabel(iso: string, lang: string): string {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[1]}${lang === 'en' ? ':' : '.'}${match[2]}`;
}

/** Leaders first; ties by name so the projected list does not jump. */
export function ranked(rows: DashboardData['volunteers'], top = 10): DashboardData['volunteers'] {
  return [...rows].sort((a, b) => b.tallies - a.tallies || a.name.localeCompare(b.name)).slice(0, top);
}
