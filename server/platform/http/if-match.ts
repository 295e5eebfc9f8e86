/**
 * The HTTP face of optimistic concurrency (decision 0022): a write names the version its user saw in
 * `If-Match: "<version>"`, put on the ctx for the service to check under the row lock; a JSON answer
 * carrying a record's `version` names it in `ETag`, so the client has it to send back.
 */
import { AppError } from '../errors.js';
import type { App } from './types.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// A strong entity tag holding the version, `"3"`; a bare `3` is taken too (scripts). `*` means any version.
const VERSION_TAG = /^\s*"?(\d{1,9})"?\s*$/;

/** The seen version of `If-Match`, undefined when absent or `*`; a malformed tag is refused, never ignored. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return undefined;
  const match = VERSION_TAG.exec(value);
  if (!match) {
    throw new AppError(
      'MALFORMED_REQUEST',
      'If-Match 请求头须为记录的版本号（如 "3"），即上次读取时 ETag 所给的值',
      [{ path: 'headers.if-match', message: '须为一个版本号，如 "3"' }],
    );
  }
  return Number(match[1]);
}

/** The entity tag of a record version. */
export const versionTag = (version: number) => `"${version}"`;

/** Registers the If-Match → ctx and `version` → ETag hooks for the whole API. */
export function registerVersionPreconditions(app: App): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.ctx) return;
    request.ctx.seenVersion = parseIfMatch(request.headers['if-match']);
  });
  app.addHook('preSerialization', async (request, reply, payload: unknown) => {
    if (!request.routeOptions.url?.startsWith('/api/v1/') || reply.statusCode >= 300) return payload;
    // The portal's records are not edited through it (and a published item's `version` is another thing).
    if (request.routeOptions.config?.public === true) return payload;
    const version = (payload as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && Number.isInteger(version)) reply.header('etag', versionTag(version));
    return payload;
  });
}
