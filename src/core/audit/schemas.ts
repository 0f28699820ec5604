/** The audit's inputs, checked once at the boundary (HTTP, CLI) and shared with the web forms. */
import { z } from 'zod';
import { isValidTimeZone } from '../i18n/format.ts';
import { IMPORT_FORMATS } from './import/outcome.ts';
import { PLATFORMS } from './model.ts';

/** `@Serikat.Kita ` → `serikat.kita`: handles compare without `@`, spaces or case. */
export function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}

const handle = z
  .string()
  .trim()
  .transform(normaliseHandle)
  .pipe(
    z
      .string()
      .min(1)
      .max(100)
      .regex(/^[\p{L}\p{N}._-]+$/u, 'handle'),
  );
const timeZone = z.string().trim().min(1).max(64).refine(isValidTimeZone, 'time_zone');
const isoDate = z.iso.date();

export const CRITIQUE_KINDS = ['strength', 'weakness', 'idea'] as const;
export type CritiqueKind = (typeof CRITIQUE_KINDS)[number];

export const CreateAccountInput = z.strictObject({
  organisationId: z.uuid(),
  platform: z.enum(PLATFORMS),
  handle,
  displayName: z.string().trim().max(160).optional(),
  timeZone: timeZone.optional(),
});

export const UpdateAccountInput = z.strictObject({
  displayName: z.string().trim().max(160).optional(),
  timeZone: timeZone.optional(),
});

export const FollowerSnapshotInput = z.strictObject({
  date: isoDate,
  followers: z.number().int().min(0).max(2_000_000_000),
});

/** The columns of a generic CSV: field → the file's header name. */
export const ColumnMappingInput = z
  .record(z.string().min(1).max(40), z.string().trim().min(1).max(200))
  .refine((m) => typeof m.post_id === 'string' && typeof m.published_at === 'string', 'mapping_incomplete');

/** Options of an upload, sent as query parameters beside the file's bytes. */
export const ImportQuery = z.strictObject({
  preview: z.enum(['0', '1']).optional(),
  fileName: z.string().trim().max(255).optional(),
  format: z.enum(IMPORT_FORMATS).optional(),
  platform: z.enum(PLATFORMS).optional(),
  timeZone: timeZone.optional(),
  exportDate: isoDate.optional(),
  /** JSON of a ColumnMappingInput, for a generic CSV. */
  mapping: z.string().max(4000).optional(),
});

export const KpiQuery = z.strictObject({
  from: z.string().trim().max(40).optional(),
  to: z.string().trim().max(40).optional(),
});

export const CritiqueInput = z.strictObject({
  kind: z.enum(CRITIQUE_KINDS),
  body: z.string().trim().min(3).max(1000),
  anonymous: z.boolean().default(false),
});

export const PinInput = z.strictObject({ pinned: z.boolean() });

const rate = z.number().finite().min(0).max(1);
/** A programme's departures from the default flag thresholds (docs/metrics.md), for one platform. */
export const PlatformThresholdsInput = z.strictObject({
  maxLongestGapDays: z.number().finite().min(1).max(365).optional(),
  maxGapCv: z.number().finite().min(0).max(10).optional(),
  minActiveWeeksShare: rate.optional(),
  minReachRate: rate.optional(),
  minFollowerGrowthPer30Days: z.number().finite().min(-1).max(10).optional(),
  underusedMinRateRatio: z.number().finite().min(1).max(10).optional(),
  underusedMaxShare: rate.optional(),
  minEngagementRateFollowers: rate.optional(),
});

export const AuditThresholdsInput = z.strictObject({
  instagram: PlatformThresholdsInput.optional(),
  facebook: PlatformThresholdsInput.optional(),
  tiktok: PlatformThresholdsInput.optional(),
});

/** `?programme=` picks the programme whose thresholds the flags use. */
export const KpiContextQuery = z.strictObject({
  from: z.string().trim().max(40).optional(),
  to: z.string().trim().max(40).optional(),
  programme: z.uuid().optional(),
});
