import type { RoutePlugin } from '../../../platform/http/types.js';

/** The staff API of disclosure requests (filled in below as the services land). */
export const requestRoutes: RoutePlugin = () => {};
