import type { RoutePlugin } from '../../../../platform/http/index.js';
import { benchmarkRoutes, majorCatalogueRoutes } from './benchmarks.js';
import { bodyRoutes, settingsRoutes } from './bodies.js';
import { feeRoutes } from './fees.js';
import { officerRoutes } from './officers.js';

/**
 * The registers of administrative enforcement (decision 0011 §7): settings, bodies, officers, benchmarks,
 * the major-decision catalogue and the fee catalogue. Importing the service registers the certificate
 * reminders (platform/reminders) as well.
 */
export const registryRoutes: RoutePlugin = async (app, deps) => {
  await settingsRoutes(app, deps);
  await bodyRoutes(app, deps);
  await officerRoutes(app, deps);
  await benchmarkRoutes(app, deps);
  await majorCatalogueRoutes(app, deps);
  await feeRoutes(app, deps);
};
