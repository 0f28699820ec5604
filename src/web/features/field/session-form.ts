/** The new-session form's rules, apart from the page: local times in the session's zone, variants by line. */
import { TZDate } from '@date-fns/tz';

/** `2024-05-12T06:00` read in `timeZone` → ISO 8601 with that zone's offset; null when not a date and time. */
export function localToInstant(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, 0, timeZone);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export interface VariantDraft {
  name: string;
  targetUrl: string | null;
}

/** One variant per non-empty line; the n-th target line belongs to the n-th variant (blank: none). */
export function variantsFromLines(names: string, targets: string): VariantDraft[] {
  const urls = targets.split('\n').map((l) => l.trim());
  return names
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((name, i) => ({ name, targetUrl: urls[i] ? (urls[i] as string) : null }));
}

/** A moment as a `datetime-local` value in `timeZone`, to the minute (`2024-05-12T06:00`). */
export function instantToLocal(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
