/**
 * The one way the web app talks to the server: JSON in and out, same origin, and every failure turned
 * into an ApiError with a stable code. Messages are translated on display (not here), so a language
 * switch re-translates an error that is already on screen.
 */
import { type ErrorCode, type FieldIssue, isErrorCode } from '#core/errors.ts';

export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly fields: FieldIssue[];
  readonly params: Record<string, string | number>;

  constructor(
    code: ApiErrorCode,
    status: number,
    message: string,
    fields: FieldIssue[] = [],
    params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.params = params;
  }
}

interface ErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    fields?: unknown;
    params?: unknown;
  };
}

function readFields(raw: unknown): FieldIssue[] {
  if (!Array.isArray(raw)) return [];
  const out: FieldIssue[] = [];
  for (const item of raw) {
    if (item && typeof item === 'object' && 'field' in item && 'rule' in item) {
      const { field, rule, params } = item as { field: unknown; rule: unknown; params?: unknown };
      if (typeof field === 'string' && typeof rule === 'string') {
        out.push({ field, rule, params: isParams(params) ? params : undefined });
      }
    }
  }
  return out;
}

function isParams(value: unknown): value is Record<string, string | number> {
  return (
    !!value &&
    typeof value === 'object' &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/** Builds the ApiError for a non-2xx answer from its status, parsed body and Retry-After header. */
export function toApiError(status: number, body: unknown, retryAfter: string | null): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const code: ApiErrorCode = isErrorCode(error?.code)
    ? error.code
    : status === 401
      ? 'unauthenticated'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not_found'
          : status === 429
            ? 'rate_limited'
            : 'internal';
  const params: Record<string, string | number> = isParams(error?.params) ? { ...error.params } : {};
  if (code === 'rate_limited') {
    const seconds = Number(retryAfter);
    params.minutes = Number.isFinite(seconds) && seconds > 0 ? Math.max(1, Math.ceil(seconds / 60)) : 15;
  }
  const message = typeof error?.message === 'string' ? error.message : code;
  return new ApiError(code, status, message, readFields(error?.fields), params);
}

export interface ApiOptions {
  fetcher?: typeof fetch;
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: ApiOptions = {},
): Promise<T> {
  const fetcher = options.fetcher ?? fetch;
  let response: Response;
  try {
    response = await fetcher(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : {
              Accept: 'application/json',
              'Content-Type': 'application/json',
            },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError('network', 0, cause instanceof Error ? cause.message : 'network');
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      // A proxy's HTML error page is not JSON: the status alone decides the code below.
      parsed = null;
    }
  }
  if (!response.ok) throw toApiError(response.status, parsed, response.headers.get('Retry-After'));
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
  del: (path: string) => request<null>('DELETE', path),
};

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('internal', 0, String(error));
}

/** Field issues keyed by the input they belong to (the first segment of the path: `themes.2` → `themes`). */
export function issuesByField(error: ApiError | null): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  for (const issue of error?.fields ?? []) {
    const key = issue.field.split('.')[0] ?? issue.field;
    if (!(key in out)) out[key] = issue;
  }
  return out;
}
