/**
 * Meta Business Suite's audience file (Insights → Audience → Export): UTF-16LE, `sep=,`, then sections
 * separated by blank lines, each a title line, a header and rows. Only the section titled
 * `Instagram followers` (or its Facebook / Indonesian equivalent) matters to the audit: it is the one
 * place any Meta export states the follower count, which engagement by followers needs. The other
 * sections (age, gender, cities as percentage text) are skipped and are not counted as rows.
 *
 * The file is not dated, so the snapshot takes the export date the caller knows (or today's date the
 * caller passes in): the core never reads a clock.
 */
import type { Platform } from '../model.ts';
import { META_AUDIENCE_FOLLOWER_SECTIONS, matchesName } from './headers.ts';
import { type NumberStyle, numberStyleOf, parseCount } from './numbers.ts';
import type { ImportRow } from './outcome.ts';
import { isUnreadable, type RecordItem } from './records.ts';

export interface MetaAudienceOptions {
  /** `YYYY-MM-DD` the snapshot is dated; null when the caller knows no date. */
  date: string | null;
}

/** The platform a follower section's title names, so one file can say which account it describes. */
export function audienceSectionPlatform(title: string): Platform | null {
  if (matchesName(title, META_AUDIENCE_FOLLOWER_SECTIONS) === null) return null;
  return /facebook/i.test(title) ? 'facebook' : 'instagram';
}

export async function* importMetaAudience(
  records: AsyncIterable<RecordItem>,
  options: MetaAudienceOptions,
): AsyncGenerator<ImportRow> {
  // Where we are: at a section's title, inside a follower section (before or after its count), elsewhere.
  let state: 'title' | 'followers' | 'done' | 'other' = 'title';
  let found = false;
  let titleLine = 1;
  let style: NumberStyle = 'en';
  for await (const item of records) {
    if (isUnreadable(item)) {
      yield { kind: 'rejected', line: item.line, reason: 'unreadable' };
      return;
    }
    if (item.cells.length === 0) {
      state = 'title';
      continue;
    }
    if (state === 'title') {
      titleLine = item.line;
      const title = item.cells.length === 1 ? (item.cells[0] ?? '') : '';
      const isFollowers = audienceSectionPlatform(title) !== null;
      style = numberStyleOf(matchesName(title, META_AUDIENCE_FOLLOWER_SECTIONS));
      state = isFollowers && !found ? 'followers' : 'other';
      continue;
    }
    if (state !== 'followers') continue;
    // The section's own header (`IG_ACCOUNT,FOLLOW,UNIQUE_USERS`) is text; the count is the first number.
    const cell = item.cells[0] ?? '';
    if (!/\d/.test(cell)) continue;
    found = true;
    state = 'done';
    const followers = parseCount(cell, style);
    if (followers === 'invalid' || followers === null || followers < 0) {
      yield { kind: 'rejected', line: item.line, reason: 'not_a_number' };
    } else if (options.date === null) {
      yield { kind: 'rejected', line: item.line, reason: 'no_export_date' };
    } else {
      yield { kind: 'values', line: item.line, values: [], followers: { date: options.date, followers } };
    }
  }
  if (!found)
    yield { kind: 'problem', line: titleLine, reason: 'missing_column', column: 'Instagram followers' };
}
