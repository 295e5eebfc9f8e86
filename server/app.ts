import type { Config } from './config.js';
import { installedModules } from './modules/index.js';
import type { Db } from './platform/db/client.js';
import { buildApp } from './platform/http/build-app.js';
import { resolveSession, SESSION_COOKIE } from './platform/org/index.js';
import { platformRoutes } from './platform/platform-routes.js';

/** The whole HTTP application on a database: used by the server and by route tests alike. */
export function createApp(db: Db, config: Config, opts: { serveWeb?: boolean; logger?: boolean } = {}) {
  return buildApp({
    db,
    config,
    authenticate: async (token, now) => {
      const session = await resolveSession(db, token, { now, idleMinutes: config.SESSION_IDLE_MINUTES });
      return session && { actor: session.actor, csrfToken: session.csrfToken };
    },
    sessionCookie: SESSION_COOKIE,
    platformRoutes,
    modules: installedModules,
    serveWeb: opts.serveWeb,
    logger: opts.logger === false ? false : undefined,
  });
}
