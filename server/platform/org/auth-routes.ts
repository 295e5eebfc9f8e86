import { z } from 'zod';
import type { Config } from '../../config.js';
import { AppError, unauthenticated } from '../errors.js';
import { requireLogin } from '../http/guards.js';
import type { RoutePlugin } from '../http/types.js';
import { ChangePasswordBody, LoginBody, MeResponse, OkResponse } from './contracts.js';
import type { ThrottleSettings } from './login-throttle.js';
import { presentMe } from './presenter.js';
import { hashSessionToken, login, logout, resolveSession, SESSION_COOKIE } from './sessions.js';
import { changePassword } from './user-service.js';

const tags = ['auth'];

/** Login, logout, who-am-I and password change; the session lives in an HttpOnly SameSite=Strict cookie. */
export const authRoutes: RoutePlugin = async (app, deps) => {
  const throttle = throttleSettingsOf(deps.config);
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: '/',
    secure: deps.config.cookieSecure,
  };

  app.post(
    '/api/v1/auth/login',
    {
      // Basis: GB/T 22239-2019 8.1.4.1 (限制非法登录次数); a per-IP cap on top of the login throttle.
      config: { public: true, csrfExempt: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags, summary: '登录', body: LoginBody, response: { 200: MeResponse } },
    },
    async (request, reply) => {
      const { db, now } = request.ctx;
      const previous = request.cookies[SESSION_COOKIE];
      const session = await login(
        db,
        {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: String(request.id),
        },
        { now, idleMinutes: deps.config.SESSION_IDLE_MINUTES, maxHours: deps.config.SESSION_MAX_HOURS },
        throttle,
      ).catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'LOGIN_THROTTLED') {
          reply.header('retry-after', retryAfterSeconds(e, now));
        }
        throw e;
      });
      if (previous) await logout(db, previous, now, String(request.id));
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieOptions,
        maxAge: deps.config.SESSION_MAX_HOURS * 3600,
      });
      return presentMe(db, session.actor, session.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    // Public so that a stale cookie can always be cleared; a live session still needs its CSRF token.
    { config: { public: true }, schema: { tags, summary: '退出登录', response: { 200: OkResponse } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(request.ctx.db, token, request.ctx.now, String(request.id));
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true };
    },
  );

  app.get(
    '/api/v1/auth/me',
    { preHandler: requireLogin, schema: { tags, summary: '当前用户', response: { 200: MeResponse } } },
    async (request) => {
      const { db, now } = request.ctx;
      const session = await resolveSession(db, request.cookies[SESSION_COOKIE] ?? '', {
        now,
        idleMinutes: deps.config.SESSION_IDLE_MINUTES,
      });
      if (!session) throw unauthenticated();
      return presentMe(db, session.actor, session.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      preHandler: requireLogin,
      schema: {
        tags,
        summary: '修改本人密码',
        body: ChangePasswordBody,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (request) => {
      const token = request.cookies[SESSION_COOKIE];
      await changePassword(request.ctx, {
        ...request.body,
        keepSessionTokenHash: token ? hashSessionToken(token) : undefined,
      });
      return { ok: true };
    },
  );
};

/** The login throttle's settings from the configuration (decision 0020). */
function throttleSettingsOf(config: Config): ThrottleSettings {
  return {
    pairMaxFailures: config.LOGIN_PAIR_MAX_FAILURES,
    accountMaxFailures: config.LOGIN_ACCOUNT_MAX_FAILURES,
    firstWaitMinutes: config.LOGIN_FIRST_WAIT_MINUTES,
    maxWaitMinutes: config.LOGIN_MAX_WAIT_MINUTES,
    memoryHours: config.LOGIN_FAILURE_MEMORY_HOURS,
  };
}

function retryAfterSeconds(e: AppError, now: Date): string {
  const at = Date.parse(String(e.details?.retryAt));
  return String(Math.max(1, Math.ceil((at - now.getTime()) / 1000)));
}
