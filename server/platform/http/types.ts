import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
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
