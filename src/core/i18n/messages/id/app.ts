/** Interface text (Bahasa Indonesia, the source catalogue). */
export const app = {
  'app.name': 'Lantang',
  'app.tagline': 'Ukur dan bangun kekuatan kampanye digital serikat.',
} as const;
