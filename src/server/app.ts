import { Hono } from 'hono';
import { AppError } from '#core/errors.ts';
import { accountRoutes } from './features/accounts/routes.ts';
import { assessmentRoutes } from './features/assessments/routes.ts';
import { auditRoutes } from './features/audit/routes.ts';
import { authFormRoutes } from './features/auth/form.ts';
import { authRoutes } from './features/auth/routes.ts';
import { assetRoutes } from './features/campaigns/asset-routes.ts';
import { reviewRoutes } from './features/campaigns/review-routes.ts';
import { campaignRoutes } from './features/campaigns/routes.ts';
import { linkRoutes } from './features/field/links.ts';
import { fieldRoutes } from './features/field/routes.ts';
import { organisationRoutes } from './features/organisations/routes.ts';
import { programmeRoutes } from './features/programmes/routes.ts';
import { systemRoutes } from './features/system/routes.ts';
import type { AppDeps, AppEnv } from './http/context.ts';
import { handleError } from './http/errors.ts';
import { checkOrigin, limitBody, loadSession, securityHeaders } from './http/middleware.ts';
import { mountWeb } from './http/static.ts';
import { openApiRoutes } from './openapi.ts';

export interface CreateAppOptions {
  /** Folder of the built web app (index.html + assets); null to serve the API only. */
  webRoot?: string | null;
}

/** The whole HTTP application: middleware, error mapping, and one sub-app per feature. */
export function createApp(deps: AppDeps, options: CreateAppOptions = {}) {
  const api = new Hono<AppEnv>()
    .route('/', systemRoutes)
    .route('/', authRoutes)
    .route('/', accountRoutes)
    .route('/', organisationRoutes)
    .route('/', programmeRoutes)
    .route('/', assessmentRoutes)
    .route('/', auditRoutes)
    .route('/', campaignRoutes)
    .route('/', assetRoutes)
    .route('/', reviewRoutes)
    .route('/', fieldRoutes)
    .route('/', openApiRoutes);
  api.all('*', () => {
    throw new AppError('not_found');
  });

  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.use('*', securityHeaders());
  app.use('*', loadSession(deps));
  app.use('/api/*', limitBody());
  app.use('/api/*', checkOrigin());
  app.use('/api/*', async (c, next) => {
    await next();
    // Never cached, unless a route says otherwise (an immutable poster version may be kept privately).
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.route('/api', api);
  app.route('/', authFormRoutes);
  // Tracked links from posters' QR codes: short, outside /api, no sign-in.
  app.route('/', linkRoutes);
  mountWeb(app, options.webRoot ?? null);
  return app;
}
