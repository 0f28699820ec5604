/**
 * The one error type of Lantang. Every failure a user can see carries a stable code; the server maps the
 * code once to an HTTP status and the web/CLI map it once to a translated message (`error.<code>`).
 */
export const ERROR_CODES = [
  'validation',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'bad_origin',
  'not_found',
  'conflict',
  'stale_version',
  'email_taken',
  'rate_limited',
  'join_code_invalid',
  'join_pin_mismatch',
  'current_password_wrong',
  'invitation_invalid',
  'data_dir_locked',
  'invalid_image',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field-level problem; `field` is a dotted path into the input, `rule` a translatable rule id. */
export interface FieldIssue {
  field: string;
  rule: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[];
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    options: { fields?: FieldIssue[]; params?: Record<string, string | number>; cause?: unknown } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.params = options.params ?? {};
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
