/**
 * The fields a generic CSV is mapped to, in the importer's order. A module of its own, without the importer's
 * parsers, so the browser's mapping screen can use the same list.
 */
export const GENERIC_METRIC_FIELDS = [
  'views',
  'reach',
  'likes',
  'comments',
  'shares',
  'saves',
  'reactions',
] as const;
export const GENERIC_FIELDS = [
  'post_id',
  'published_at',
  'type',
  'caption',
  'permalink',
  ...GENERIC_METRIC_FIELDS,
] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];
