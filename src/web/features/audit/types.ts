/**
 * Response shapes of the audit API (src/server/features/audit), as the web app reads them. The KPIs, the
 * import report and the series are the core's own types: one definition for the server and the page.
 */
import type { BestTimeCell } from '#core/audit/best-times.ts';
import type { EvidenceReason, FlagCode } from '#core/audit/flags.ts';
import type { ImportFormat } from '#core/audit/import/outcome.ts';
import type { ImportReport } from '#core/audit/import/report.ts';
import type { FlagEvidenceJson, KpisJson } from '#core/audit/kpis.ts';
import type { ImportedPost, Platform, PostType } from '#core/audit/model.ts';
import type { ReferenceFigure } from '#core/audit/references.ts';
import type { CritiqueKind } from '#core/audit/schemas.ts';
import type { RankedPost, WeekPoint } from '#core/audit/series.ts';

export type Evidence = FlagEvidenceJson;
export type Flag = KpisJson['flags'][number];
export type FormatMixRow = KpisJson['format_mix'][number];

export type {
  BestTimeCell,
  CritiqueKind,
  EvidenceReason,
  FlagCode,
  ImportedPost,
  ImportFormat,
  ImportReport,
  KpisJson,
  Platform,
  PostType,
  RankedPost,
  WeekPoint,
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
