import type { RoutePlugin } from '../../../platform/http/types.js';

/** Filled in by the registry work of issue #3. */
export const registryRoutes: RoutePlugin = async () => {};
