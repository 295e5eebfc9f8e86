import type { RouteObject } from 'react-router';

/** Bodies, officers, benchmarks, fees, settings and inspection plans (filled in by the registry screens work). */
export const registryRoutes: RouteObject[] = [];
