/** The modules an agenda activity can point at. Kept free of zod so the web bundle can use it. */
export const ACTIVITY_MODULES = [
  'general',
  'assessment',
  'audit',
  'campaign',
  'field',
  'review',
  'simulation',
] as const;
export type ActivityModule = (typeof ACTIVITY_MODULES)[number];
