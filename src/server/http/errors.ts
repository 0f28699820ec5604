import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '#core/errors.ts';
import { describeError, describeFieldIssue } from '#core/i18n/error-message.ts';
import type { AppEnv } from './context.ts';
import { translatorFor } from './i18n.ts';

/** The one mapping from error code to HTTP status. */
export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  invalid_json: 400,
  invalid_image: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  join_pin_mismatch: 401,
  current_password_wrong: 400,
  forbidden: 403,
  bad_origin: 403,
  not_found: 404,
  join_code_invalid: 404,
  invitation_invalid: 404,
  conflict: 409,
  stale_version: 409,
  email_taken: 409,
  rate_limited: 429,
  data_dir_locked: 409,
  internal: 500,
};

export function errorBody(c: Context<AppEnv>, error: AppError) {
  const tr = translatorFor(c.get('locale') ?? 'id');
  const t = (key: string, params?: Record<string, string | number>) => tr.t(key as never, params);
  return {
    error: {
      code: error.code,
      message: describeError(t, error.code, error.params),
      // Numbers a client may act on (the newest version, the minutes to wait); never anything internal.
      ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}),
      fields: error.fields.map((issue) => ({ ...issue, message: describeFieldIssue(t, issue, tr.has) })),
    },
  };
}

/** Hono's onError: AppErrors become their status and translated body; anything else is logged and a 500. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof AppError) {
    if (error.code === 'rate_limited' && error.params.minutes) {
      c.header('Retry-After', String(Number(error.params.minutes) * 60));
    }
    return c.json(errorBody(c, error), STATUS_OF[error.code]);
  }
  console.error('[http] unexpected error', c.req.method, c.req.path, error);
  return c.json(errorBody(c, new AppError('internal')), 500);
}
