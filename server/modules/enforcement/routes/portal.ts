import type { RoutePlugin } from '../../../platform/http/types.js';

/** Filled in by the portal work of issue #3. */
export const portalRoutes: RoutePlugin = async () => {};
