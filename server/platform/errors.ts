/** One error type for the whole application; the code is a stable, public identifier. */
export interface FieldError {
  path: string;
  message: string;
}

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  IMPORT_REJECTED: 422,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  // No longer answered (decision 0020: LOGIN_THROTTLED); kept so that the code stays known.
  ACCOUNT_LOCKED: 423,
  LOGIN_THROTTLED: 429,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  TRANSITION_NOT_ALLOWED: 409,
  GATE_BLOCKED: 409,
  RULE_VIOLATION: 422,
  CALENDAR_YEAR_MISSING: 422,
  CALENDAR_YEAR_NOT_LOADED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
  // LibreOffice is optional: without it a PDF cannot be made (the .docx always can).
  PDF_UNAVAILABLE: 503,
  PDF_CONVERSION_FAILED: 502,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS | (string & {});

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return (ERROR_STATUS as Record<string, number>)[this.code] ?? 422;
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或无权查看`);
export const forbidden = (why = '无权执行此操作') => new AppError('FORBIDDEN', why);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录');
export const conflict = (message: string) => new AppError('CONFLICT', message);
/** A domain rule refused the change; the code names the rule (e.g. LEGALITY_REVIEW_REQUIRED). */
export const ruleViolation = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(code, message, undefined, details);
export const validationFailed = (fields: FieldError[], message = '输入有误，请检查标出的字段') =>
  new AppError('VALIDATION_FAILED', message, fields);
