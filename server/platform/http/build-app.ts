import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import '../../../common/contracts/zod-setup.js';
import { mountLedgerRoutes } from '../ledgers/routes.js';
import { mountProcedures } from '../procedures/mount.js';
import { registerPublicSearch } from '../public-search/routes.js';
import { registerOpenApi } from './openapi.js';
import { registerSecurity } from './security.js';
import { registerShellRoutes } from './shell-routes.js';
import { registerStaticWeb } from './static-web.js';
import { errorHandler } from './error-handler.js';
import { refuseControlCharacters } from './control-characters.js';
import { registerVersionPreconditions } from './if-match.js';
import type { App, AppDeps } from './types.js';

/** Builds the Fastify app: security, session → ctx, validation, errors, OpenAPI, routes, the web app. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: deps.logger ?? { level: deps.config.LOG_LEVEL },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // Only the configured proxies may speak for the client (X-Forwarded-For/-Proto): issue #11.
    trustProxy: deps.config.trustedProxies.length ? deps.config.trustedProxies : false,
  }).withTypeProvider() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  limitPublicRoutes(app, deps.config.PUBLIC_RATE_LIMIT);
  await app.register(helmet, helmetOptions());
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1, fields: 20 } });
  await registerOpenApi(app);
  registerSecurity(app, deps);
  registerVersionPreconditions(app);
  refuseControlCharacters(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // HTTPS-only headers only over HTTPS (TLS here or at a trusted proxy): sent over plain HTTP on a LAN
    // address they made browsers upgrade every asset to https and show a blank page (issue #10, #11).
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=15552000');
  });

  const httpDeps = { db: deps.db, config: deps.config };
  await app.register(async (api) => {
    for (const routes of deps.platformRoutes) await routes(api as App, httpDeps);
    for (const module of deps.modules) {
      await module.routes(api as App, httpDeps);
      mountLedgerRoutes(api as App, module.ledgers ?? []);
      mountProcedures(api as App, module.procedures ?? []);
    }
    registerShellRoutes(api as App, deps.modules);
    registerPublicSearch(api as App, deps.modules);
  });
  await registerStaticWeb(app, deps.serveWeb ?? true);
  return app;
}

/** Public routes get a per-IP rate limit unless they declare their own (must run before the plugin's hook). */
function limitPublicRoutes(app: App, perMinute: number): void {
  app.addHook('onRoute', (route) => {
    if (route.config?.public && !route.config.rateLimit && perMinute > 0) {
      route.config = { ...route.config, rateLimit: { max: perMinute, timeWindow: '1 minute' } };
    }
  });
}

function helmetOptions() {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd (CSS-in-JS) and ECharts inject inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
    crossOriginEmbedderPolicy: false,
  };
}
