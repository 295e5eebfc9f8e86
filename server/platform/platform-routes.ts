import { calendarRoutes } from './calendar/routes.js';
import { clockRoutes } from './clocks/routes.js';
import type { RoutePlugin } from './http/types.js';
import { authRoutes } from './org/auth-routes.js';
import { orgRoutes } from './org/routes.js';
import { importedFigureRoutes } from './reports/imported-figures/routes.js';
import { metricRoutes } from './reports/routes.js';
import { workbenchRoutes } from './workbench/routes.js';

/** The kernel's own HTTP surface, mounted before the modules'. */
export const platformRoutes: RoutePlugin[] = [
  authRoutes,
  orgRoutes,
  calendarRoutes,
  clockRoutes,
  metricRoutes,
  importedFigureRoutes,
  workbenchRoutes,
];
