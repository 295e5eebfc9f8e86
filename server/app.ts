import type { Config } from './config.js';
import { installedModules } from './modules/index.js';
import type { Db } from './platform/db/client.js';
import { buildApp } from './platform/http/build-app.js';
import { installModules } from './platform/install-modules.js';
import type { ModuleManifest } from './platform/modules.js';
import { resolveSession, SESSION_COOKIE } from './platform/org/index.js';
import { platformRoutes } from './platform/platform-routes.js';

export interface CreateAppOptions {
  serveWeb?: boolean;
  logger?: boolean;
  /** The modules to install and mount; default every installed module (tests may choose fewer). */
  modules?: readonly ModuleManifest[];
}

/** The whole HTTP application on a database: used by the server and by route tests alike. */
export function createApp(db: Db, config: Config, opts: CreateAppOptions = {}) {
  const modules = opts.modules ?? installedModules;
  installModules(modules);
  return buildApp({
    db,
    config,
    authenticate: async (token, now) => {
      const session = await resolveSession(db, token, { now, idleMinutes: config.SESSION_IDLE_MINUTES });
      return (
        session && {
          actor: session.actor,
          csrfToken: session.csrfToken,
          mustChangePassword: session.mustChangePassword,
        }
      );
    },
    sessionCookie: SESSION_COOKIE,
    platformRoutes,
    modules,
    serveWeb: opts.serveWeb,
    logger: opts.logger === false ? false : undefined,
  });
}
