import type { FastifyRequest } from 'fastify';
import { negotiateLocale } from '../../../common/text/localized.js';
import { makeCtx } from '../context.js';
import { AppError, unauthenticated } from '../errors.js';
import type { App, AppDeps } from './types.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const PORTAL_PREFIX = '/api/v1/portal/';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (portal, login, the due-date calculator). */
    public?: boolean;
    /** Login only: it acts on no existing session (and SameSite=Strict cookies keep other sites out). */
    csrfExempt?: boolean;
  }
}

/**
 * Every request gets its ctx (actor from the session cookie). Non-public API routes answer 401 before
 * any validation (so route walks read 401 → 400 → 403 → 404), and cookie-authenticated writes must
 * echo the session's CSRF token in `x-csrf-token`.
 */
export function registerSecurity(app: App, deps: AppDeps): void {
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request) => {
    const now = new Date();
    const token = isPortal(request) ? undefined : request.cookies[deps.sessionCookie];
    const session = token ? await deps.authenticate(token, now) : null;
    const locale = negotiateLocale(request.headers['accept-language']);
    request.ctx = makeCtx(deps.db, session?.actor ?? null, String(request.id), now, locale);
    // The matched route decides, never the raw URL: /%61pi/v1/… routes to /api/v1/… (issue #11).
    if (!request.routeOptions.url?.startsWith('/api/v1/')) return;
    if (!SAFE_METHODS.has(request.method)) refuseCrossSite(request);
    if (!session) {
      if (!isPublic(request)) throw unauthenticated();
      return;
    }
    refuseUntilPasswordChanged(request, session.mustChangePassword === true);
    const exempt = request.routeOptions.config?.csrfExempt === true;
    if (
      !exempt &&
      !SAFE_METHODS.has(request.method) &&
      request.headers['x-csrf-token'] !== session.csrfToken
    ) {
      throw new AppError('CSRF_TOKEN_INVALID', '安全校验失败（CSRF 令牌缺失或不符），请刷新页面后重试');
    }
  });
}

/** The routes a one-time password still reaches: who am I, change it, leave. */
const ONE_TIME_PASSWORD_ROUTES = new Set(['/api/v1/auth/me', '/api/v1/auth/password', '/api/v1/auth/logout']);

/** A session on a one-time password may only change it (README "start empty"; decision 0030). */
function refuseUntilPasswordChanged(request: FastifyRequest, mustChange: boolean): void {
  if (!mustChange || ONE_TIME_PASSWORD_ROUTES.has(request.routeOptions.url ?? '')) return;
  throw new AppError(
    'PASSWORD_CHANGE_REQUIRED',
    request.ctx.locale === 'en-US'
      ? 'This is a one-time password: change it before doing anything else'
      : '初始密码只能使用一次：请先修改密码，再进行其他操作',
  );
}

/**
 * A write must come from this site: browsers name the requesting site in `Sec-Fetch-Site` and `Origin`.
 * Clients that send neither (the CLI, scripts) are judged by the session and CSRF token alone.
 */
function refuseCrossSite(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const crossSite =
    site === 'cross-site' ||
    (origin !== undefined && originHost(origin) !== originHost(`${request.protocol}://${request.host}`));
  if (crossSite) throw new AppError('CSRF_TOKEN_INVALID', '安全校验失败：请求来自其他网站，已拒绝');
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * The public portal's API acts for the public, never on a session: a staff cookie in the same browser is
 * ignored there, so the portal (which holds no CSRF token) can submit, and the public's request is not
 * recorded as the officer's (issue #11; decision 0024 §1). Cross-site writes are still refused.
 */
function isPortal(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith(PORTAL_PREFIX) === true;
}

function isPublic(request: FastifyRequest): boolean {
  // Unknown routes fall through to the 404 handler; they reveal nothing either way.
  return request.routeOptions.config?.public === true || !request.routeOptions.url;
}
