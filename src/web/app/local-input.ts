/**
 * `datetime-local` inputs read and written as wall time in a given zone (a programme's, a session's),
 * whatever the browser's own zone: one rule for every form, the core's for skipped and repeated hours.
 */
import { localDateTimeOf, localToInstant } from '#core/audit/local-time.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) in the zone; '' for none. */
export function toLocalInput(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const t = localDateTimeOf(ms, timeZone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `datetime-local` value read as wall time in the zone, as an ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const ms = localToInstant({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
  return new Date(ms).toISOString();
}
