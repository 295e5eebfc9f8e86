import type { RoutePlugin } from '../../../platform/http/types.js';

/** The public portal's request API: submit, track, departments. */
export const portalRequestRoutes: RoutePlugin = () => {};
