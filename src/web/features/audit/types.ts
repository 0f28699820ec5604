/** Response shapes of the audit API (src/server/features/audit), as the web app reads them. */
import type { EvidenceReason, FlagCode } from '#core/audit/flags.ts';
import type { FileProblemReason, ImportFormat, RejectReason } from '#core/audit/import/outcome.ts';
// The KPIs exactly as the server computes them: one definition, in the core.
import type { KpisJson } from '#core/audit/kpis.ts';
import type { ImportedPost, Platform, PostType } from '#core/audit/model.ts';
import type { ReferenceFigure } from '#core/audit/references.ts';
import type { CritiqueKind } from '#core/audit/schemas.ts';

export type {
  CritiqueKind,
  EvidenceReason,
  FlagCode,
  ImportedPost,
  ImportFormat,
  KpisJson,
  Platform,
  PostType,
};

export interface AuditAccount {
  id: string;
  organisationId: string;
  platform: Platform;
  handle: string;
  displayName: string;
  timeZone: string;
  columnMapping: Record<string, string> | null;
  canManage: boolean;
}

export interface ListedAccount extends AuditAccount {
  organisationName: string;
}

export interface AccountList {
  accounts: ListedAccount[];
  /** Where the person may add an account. */
  organisations: { id: string; name: string }[];
}

export interface ImportEntry {
  id: string;
  fileName: string;
  format: ImportFormat;
  rows: number;
  imported: number;
  updated: number;
  skippedForeign: number;
  at: string;
}

export interface FollowerEntry {
  date: string;
  followers: number;
  source: string;
}

export interface AccountDetail {
  account: AuditAccount;
  followers: FollowerEntry[];
  imports: ImportEntry[];
}

export interface RowIssue<R extends string> {
  line: number;
  reason: R;
  column?: string;
}

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
  rejected: RowIssue<RejectReason>[];
  rejected_count: number;
  problems: RowIssue<FileProblemReason>[];
  committed: boolean;
  sample: ImportedPost[];
  own_account: { accountId: string | null; handle: string | null } | null;
}

export interface Evidence {
  reason: EvidenceReason;
  key: string;
  value: number;
  threshold: number | null;
  params: Record<string, number | string>;
  post_ids?: string[];
}

export interface Flag {
  code: FlagCode;
  evidence: Evidence[];
}

export interface FormatMixRow {
  type: PostType;
  posts: number;
  share: number;
  engagement_rate: number | null;
}

export interface BestTimeCell {
  weekday: number;
  hour: number;
  posts: number;
  engagementRate: number | null;
}

export interface WeekPoint {
  week: string;
  posts: number;
  medianAudience: number | null;
  medianRate: number | null;
}

export interface RankedPost {
  id: string;
  publishedAt: string;
  type: PostType;
  caption: string | null;
  permalink: string | null;
  interactions: number | null;
  audience: number | null;
  rate: number;
}

export interface Growth {
  first: { date: string; followers: number };
  last: { date: string; followers: number };
  days: number;
  changePer30Days: number;
  relativePer30Days: number | null;
}

export interface AuditFigures {
  kpis: KpisJson;
  basis: 'reach' | 'views';
  followers: { date: string; followers: number } | null;
  growth: Growth | null;
  thresholds: Record<string, number>;
  didNotTravel: string[];
  bestTimes: BestTimeCell[];
  weeks: WeekPoint[];
  posts: { best: RankedPost[]; worst: RankedPost[] };
  references: ReferenceFigure[];
}

/** What `/kpis` answers: the figures, or `kpis: null` for an account with no posts yet. */
export type AuditAnswer = AuditFigures | { kpis: null; references: ReferenceFigure[] };

export const hasFigures = (answer: AuditAnswer | undefined): answer is AuditFigures =>
  !!answer && answer.kpis !== null;

export interface Critique {
  id: string;
  kind: CritiqueKind;
  body: string;
  author: string | null;
  anonymous: boolean;
  pinned: boolean;
  createdAt: string;
  votes: number;
  voted: boolean;
  mine: boolean;
}

export interface CritiqueList {
  canPin: boolean;
  critiques: Critique[];
}

/** One account of `/api/audit/compare`: its KPIs over the common window, or null without posts. */
export interface CompareRow {
  account: ListedAccount;
  kpis: KpisJson | null;
}

export interface CompareAnswer {
  platform: Platform;
  basis: 'reach' | 'views';
  accounts: CompareRow[];
}
