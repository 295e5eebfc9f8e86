import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../../config.js';
import type { Actor } from '../context.js';
import type { ModuleManifest } from '../modules.js';
import type { Ctx } from '../context.js';
import type { Db } from '../db/client.js';

/** The Fastify instance every route file receives: zod schemas type the handlers and feed OpenAPI. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface HttpDeps {
  db: Db;
  config: Config;
}

/** A route file: `export const powersRoutes: RoutePlugin = async (app, deps) => { app.get(...) }`. */
export type RoutePlugin = (app: App, deps: HttpDeps) => Promise<void> | void;

declare module 'fastify' {
  interface FastifyRequest {
    /** Actor (or null for the public), request id, now/today, db: built for every request. */
    ctx: Ctx;
  }
}

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
  /** A one-time password not yet changed: the session may only change it (decision 0030). */
  mustChangePassword?: boolean;
}

export interface AppDeps {
  db: Db;
  config: Config;
  /** Resolves a session cookie to its actor (platform/org); injected so http stays independent of org. */
  authenticate(token: string, now: Date): Promise<SessionInfo | null>;
  sessionCookie: string;
  /** Kernel route plugins (auth, org, calendar, clocks, metrics) and the installed modules. */
  platformRoutes: RoutePlugin[];
  modules: readonly ModuleManifest[];
  /** Serve the built web app from web/dist (off in API tests). */
  serveWeb?: boolean;
  logger?: FastifyServerOptions['logger'];
}
