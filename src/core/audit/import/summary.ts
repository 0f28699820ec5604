/**
 * A file's import in figures, built row by row so a caller can store posts in batches and still say
 * at the end what was read: `rows` data rows = `posts` + rows of daily values + `rejectedCount`.
 * Only the first rejections are kept in full (a broken 100k-row file would otherwise return 100k of
 * them); the count is always exact.
 */
import type { Platform } from '../model.ts';
import type {
  Detection,
  ExportLanguage,
  FileProblem,
  ImportFormat,
  ImportRow,
  Rejection,
} from './outcome.ts';
import { type OwnAccount, OwnerTally } from './owner.ts';

export interface ImportSummary {
  format: ImportFormat;
  platform: Platform | null;
  language: ExportLanguage | null;
  /** Data rows read (each ends as a post, a row of values, or a rejection). */
  rows: number;
  posts: number;
  /** Rows of daily values or follower counts. */
  valueRows: number;
  values: number;
  snapshots: number;
  rejected: Rejection[];
  rejectedCount: number;
  problems: FileProblem[];
  ownAccount: OwnAccount | null;
  /** Posts owned by another account than the own one (collab rows). */
  foreignPosts: number;
}

export const DEFAULT_MAX_REJECTIONS = 1000;

export class ImportSummariser {
  private readonly owners = new OwnerTally();
  private readonly summary: ImportSummary;

  constructor(
    detection: Pick<Detection, 'format' | 'platform' | 'language'>,
    private readonly maxRejections = DEFAULT_MAX_REJECTIONS,
  ) {
    this.summary = {
      format: detection.format,
      platform: detection.platform,
      language: detection.language,
      rows: 0,
      posts: 0,
      valueRows: 0,
      values: 0,
      snapshots: 0,
      rejected: [],
      rejectedCount: 0,
      problems: [],
      ownAccount: null,
      foreignPosts: 0,
    };
  }

  add(row: ImportRow): void {
    const s = this.summary;
    switch (row.kind) {
      case 'post':
        s.rows++;
        s.posts++;
        this.owners.add(row.post);
        break;
      case 'values':
        s.rows++;
        s.valueRows++;
        s.values += row.values.length;
        if (row.followers !== null) s.snapshots++;
        break;
      case 'rejected': {
        s.rows++;
        s.rejectedCount++;
        const { kind: _kind, ...rejection } = row;
        if (s.rejected.length < this.maxRejections) s.rejected.push(rejection);
        break;
      }
      case 'problem': {
        const { kind: _kind, ...problem } = row;
        s.problems.push(problem);
        break;
      }
    }
  }

  result(): ImportSummary {
    return {
      ...this.summary,
      rejected: [...this.summary.rejected],
      problems: [...this.summary.problems],
      ownAccount: this.owners.own(),
      foreignPosts: this.owners.foreign(),
    };
  }
}
