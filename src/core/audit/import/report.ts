/** What an import says it did (`lantang audit import --json`, the API's preview and commit): one shape. */
import type { ImportedPost, Platform } from '../model.ts';
import type { FileProblem, ImportFormat, Rejection } from './outcome.ts';
import type { OwnAccount } from './owner.ts';

export interface ImportReport {
  account: string;
  accountId: string | null;
  platform: Platform | null;
  format: ImportFormat;
  rows: number;
  imported: number;
  updated: number;
  skipped_foreign: number;
  values: number;
  snapshots: number;
  rejected: Rejection[];
  rejected_count: number;
  problems: FileProblem[];
  /** True when the file was stored; false for a preview or a refused file. */
  committed: boolean;
  /** The first posts as read, for the preview. */
  sample: ImportedPost[];
  own_account: OwnAccount | null;
}
