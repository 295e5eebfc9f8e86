/**
 * What a PostgreSQL failure means to the user. A unique or exclusion violation is a conflict with a record
 * someone else just wrote (two creates racing past the service's own check); a serialization failure asks
 * for a retry; a lost connection is the database being away (503), not a server fault (issue #11).
 */
import type { FieldError } from '../errors.js';

interface PgError {
  code: string;
  constraint?: string;
  detail?: string;
}

export interface DatabaseErrorResponse {
  status: 409 | 503;
  code: 'CONFLICT' | 'DATABASE_UNAVAILABLE';
  message: string;
  fields?: FieldError[];
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
// Columns that scope a key (the district, the unit) are not what the user typed twice.
const SCOPE_COLUMNS = new Set(['district_id', 'org_unit_id', 'unit_id']);

/** The response for a database failure anywhere in the error's cause chain, or null when it is none. */
export function databaseErrorResponse(error: unknown): DatabaseErrorResponse | null {
  for (
    let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return unavailable();
    if (
      typeof e.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect/.test(e.message)
    )
      return unavailable();
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return fromSqlState(e as PgError);
  }
  return null;
}

function fromSqlState(e: PgError): DatabaseErrorResponse | null {
  if (e.code === '23505') return duplicate(e);
  if (e.code === '23P01')
    return { status: 409, code: 'CONFLICT', message: '与已有记录冲突（期间或范围重叠），请检查后重试' };
  if (e.code === '40001' || e.code === '40P01')
    return { status: 409, code: 'CONFLICT', message: '记录正被他人同时修改，请刷新后重试' };
  // 08: connection exception; 57P01–57P03: the server is shutting down or not yet accepting; 53300: full.
  if (e.code.startsWith('08') || /^57P0[123]$/.test(e.code) || e.code === '53300') return unavailable();
  return null;
}

function duplicate(e: PgError): DatabaseErrorResponse {
  // detail: Key (district_id, fee_code)=(…, F-01) already exists.
  const columns = /^Key \(([^)]+)\)=/.exec(e.detail ?? '')?.[1]?.split(', ') ?? [];
  const named = columns.filter((c) => !SCOPE_COLUMNS.has(c)).map(camelCase);
  return {
    status: 409,
    code: 'CONFLICT',
    message: '已存在相同的记录（可能刚被他人录入），请检查后重试',
    fields: named.map((path) => ({ path: `body.${path}`, message: '已被使用，不能重复' })),
  };
}

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

const unavailable = (): DatabaseErrorResponse => ({
  status: 503,
  code: 'DATABASE_UNAVAILABLE',
  message: '数据库暂时无法连接，请稍后重试；如持续出现请联系系统管理员',
});
