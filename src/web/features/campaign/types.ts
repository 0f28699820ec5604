/** Response shapes of the campaign routes (docs/api.md, "Campaigns"), as the web app reads them. */
import type { FieldResponse } from '#core/campaign/field-response.ts';
import type {
  BEAT_KINDS,
  CampaignPlan,
  CHANNELS,
  CONTENT_PLATFORMS,
  CONTENT_STATUSES,
} from '#core/campaign/plan.ts';
import type {
  Criterion,
  CriterionSummary,
  ReviewScores,
  ReviewTarget,
  Verdict,
} from '#core/review/rubric.ts';

export type { CampaignPlan, Criterion, CriterionSummary, FieldResponse, ReviewScores, ReviewTarget, Verdict };
export type Channel = (typeof CHANNELS)[number];
export type BeatKind = (typeof BEAT_KINDS)[number];
export type ContentPlatform = (typeof CONTENT_PLATFORMS)[number];
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export type Beat = CampaignPlan['storyline'][number];
export type FieldPlan = CampaignPlan['fieldPlan'];

export interface TeamRef {
  id: string;
  name: string;
  organisationId: string | null;
}

export interface CampaignList {
  themes: string[];
  campaigns: Array<{
    id: string;
    team: TeamRef;
    title: string;
    theme: string;
    version: number;
    updatedAt: string;
  }>;
  /** Teams the reader may start a campaign for. */
  teams: TeamRef[];
}

export interface ContentItem {
  id: string;
  scheduledAt: string | null;
  platform: ContentPlatform;
  format: string;
  caption: string;
  assetIds: string[];
  status: ContentStatus;
  link: string | null;
  version: number;
}

export interface CampaignComment {
  id: string;
  body: string;
  author: string | null;
  createdAt: string;
}

export interface ActivityEntry {
  action: string;
  details: Record<string, unknown>;
  at: string;
  actor: string | null;
}

export interface Campaign {
  id: string;
  programmeId: string;
  team: TeamRef;
  version: number;
  plan: CampaignPlan;
  updatedAt: string;
  canEdit: boolean;
  canReview: boolean;
}

export interface CampaignDetail {
  campaign: Campaign;
  content: ContentItem[];
  comments: CampaignComment[];
  activity: ActivityEntry[];
}

export interface Reply {
  id: string;
  body: string;
  author: string | null;
  createdAt: string;
}

export interface Pin {
  id: string;
  assetVersionId: string;
  /** The version number it was placed on. */
  version: number;
  x: number;
  y: number;
  body: string;
  verdict: Verdict | null;
  resolved: boolean;
  author: string | null;
  createdAt: string;
  replies: Reply[];
}

export interface AssetVersion {
  id: string;
  version: number;
  format: string;
  width: number;
  height: number;
  bytes: number;
  createdAt: string;
  uploadedBy: string | null;
  imageUrl: string;
  thumbnailUrl: string;
}

export interface Asset {
  id: string;
  title: string;
  kind: 'poster' | 'image';
  createdAt: string;
  createdBy: string | null;
  /** Oldest first. */
  versions: AssetVersion[];
  /** Pins of every version. */
  pins: Pin[];
}

export interface AssetList {
  canEdit: boolean;
  canReview: boolean;
  assets: Asset[];
}

export interface Review {
  id: string;
  target: ReviewTarget;
  targetId: string | null;
  reviewer: { id: string; name: string | null };
  mine: boolean;
  scores: ReviewScores;
  summary: string;
  createdAt: string;
  updatedAt: string;
  replies: Reply[];
}

export interface ReviewSummary {
  target: ReviewTarget;
  targetId: string | null;
  reviewers: number;
  criteria: CriterionSummary[];
}

export interface ReviewList {
  rubric: Criterion[];
  rubricIsDefault: boolean;
  canEdit: boolean;
  canReview: boolean;
  reviews: Review[];
  summaries: ReviewSummary[];
}

/** `GET /api/programmes/:id/rubric`. */
export interface ProgrammeRubric {
  rubric: Criterion[];
  isDefault: boolean;
  defaultRubric: Criterion[];
  /** What to send as `baseVersion` with the next save. */
  version: string;
}

/** `GET /api/campaigns/:id/field-response`. */
export type CampaignFieldResponse = FieldResponse & { campaignId: string };
