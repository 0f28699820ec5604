/**
 * Catalogues that come with their feature's pages: each is fetched the first time a page of the feature
 * opens, in the language in use (and again in the other language if the reader switches).
 */
import type { Locale } from '#core/i18n/locales.ts';

export type Catalogue = Readonly<Record<string, string>>;
export const FEATURES = ['audit', 'campaign', 'field', 'instruments'] as const;
export type Feature = (typeof FEATURES)[number];

type Loader = () => Promise<Catalogue>;

const LOADERS: Record<Feature, Record<Locale, Loader>> = {
  audit: {
    id: () => import('#core/i18n/messages/id/audit.ts').then((m) => m.audit),
    en: () => import('#core/i18n/messages/en/audit.ts').then((m) => m.audit),
  },
  // Campaign pages run the caption checks, whose warnings and explanations are their own catalogue.
  campaign: {
    id: () =>
      Promise.all([
        import('#core/i18n/messages/id/campaign.ts'),
        import('#core/i18n/messages/id/caption.ts'),
      ]).then(([a, b]) => ({ ...a.campaign, ...b.caption })),
    en: () =>
      Promise.all([
        import('#core/i18n/messages/en/campaign.ts'),
        import('#core/i18n/messages/en/caption.ts'),
      ]).then(([a, b]) => ({ ...a.campaign, ...b.caption })),
  },
  field: {
    id: () => import('#core/i18n/messages/id/field-manage.ts').then((m) => m.fieldManage),
    en: () => import('#core/i18n/messages/en/field-manage.ts').then((m) => m.fieldManage),
  },
  instruments: {
    id: () => import('#core/i18n/messages/id/instruments.ts').then((m) => m.instruments),
    en: () => import('#core/i18n/messages/en/instruments.ts').then((m) => m.instruments),
  },
};

export const loadFeatureCatalogue = (feature: Feature, locale: Locale): Promise<Catalogue> =>
  LOADERS[feature][locale]();

export const loadBaseCatalogue = (locale: Locale): Promise<Catalogue> =>
  locale === 'id' ? import('./id-base.ts').then((m) => m.base) : import('./en-base.ts').then((m) => m.base);
