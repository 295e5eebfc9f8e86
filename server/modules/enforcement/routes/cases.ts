import type { RoutePlugin } from '../../../platform/http/types.js';

/** Filled in by the cases work of issue #3. */
export const casesRoutes: RoutePlugin = async () => {};
