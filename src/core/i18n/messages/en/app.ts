import type { app as source } from '../id/app.ts';

export const app: Record<keyof typeof source, string> = {
  'app.name': 'Lantang',
  'app.tagline': 'Measure and build your union’s digital campaigning power.',
};
