/** The one way the web talks to the server: JSON over fetch, cookie session, CSRF header on writes. */

export interface FieldError {
  path: string;
  message: string;
}

export interface RowError {
  row: number;
  column?: string;
  message: string;
}

/** A failed request, carrying the server's stable code and zh-CN message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly rows: RowError[];

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    rows: RowError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.rows = rows;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let requestLanguage = 'zh-CN';

/** The language server-made text should come back in (the language switch's choice; decision 0030). */
export function setRequestLanguage(locale: string): void {
  requestLanguage = locale;
}
let onUnauthorized: ((path: string) => void) | null = null;

/** The session's CSRF token, echoed in `x-csrf-token` on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when an authenticated call answers 401 (the admin app sends the user to /login). */
export function setUnauthorizedHandler(handler: ((path: string) => void) | null): void {
  onUnauthorized = handler;
}

/** Builds `/api/v1{path}?query`, dropping empty values. */
export function apiUrl(path: string, query?: Query): string {
  const base = path.startsWith('/api/') ? path : `/api/v1${path.startsWith('/') ? '' : '/'}${path}`;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldError[]; rows?: RowError[] };
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = null;
  }
  const e = body?.error;
  const fallback = response.status >= 500 ? '服务器出错，请稍后再试' : `请求失败（${response.status}）`;
  return new ApiError(
    response.status,
    e?.code ?? `HTTP_${response.status}`,
    e?.message ?? fallback,
    e?.fields,
    e?.rows,
  );
}

/** A write's options: `version`, the record version the user saw, sent as `If-Match` (decision 0022). */
export interface WriteOptions {
  version?: number;
}

async function send(
  method: string,
  path: string,
  init: { query?: Query; body?: BodyInit; json?: unknown; accept?: string; version?: number } = {},
) {
  const headers: Record<string, string> = {
    accept: init.accept ?? 'application/json',
    'accept-language': requestLanguage,
  };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (init.version !== undefined) headers['if-match'] = `"${init.version}"`;
  let body = init.body;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, init.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && onUnauthorized) onUnauthorized(path);
    throw error;
  }
  return response;
}

async function json<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The file name from `Content-Disposition` (RFC 5987 `filename*` first). */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() ?? fallback;
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const api = {
  get: async <T>(path: string, query?: Query): Promise<T> => json<T>(await send('GET', path, { query })),
  post: async <T>(path: string, body?: unknown, opts: WriteOptions = {}): Promise<T> =>
    json<T>(await send('POST', path, { json: body ?? {}, version: opts.version })),
  put: async <T>(path: string, body?: unknown, opts: WriteOptions = {}): Promise<T> =>
    json<T>(await send('PUT', path, { json: body ?? {}, version: opts.version })),
  patch: async <T>(path: string, body?: unknown, opts: WriteOptions = {}): Promise<T> =>
    json<T>(await send('PATCH', path, { json: body ?? {}, version: opts.version })),
  del: async <T>(path: string): Promise<T> => json<T>(await send('DELETE', path)),
  /** Multipart upload of one file (field `file`) plus plain fields. */
  upload: async <T>(path: string, file: File | Blob, fields?: Record<string, string>): Promise<T> => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields ?? {})) form.append(k, v);
    form.append('file', file, file instanceof File ? file.name : 'upload');
    return json<T>(await send('POST', path, { body: form }));
  },
  /** Fetches a file and saves it under the server's file name. */
  download: async (path: string, query?: Query): Promise<void> => {
    const response = await send('GET', path, { query, accept: '*/*' });
    const fallback = path.split('/').pop() || 'download';
    saveBlob(await response.blob(), filenameFrom(response.headers.get('content-disposition'), fallback));
  },
};
