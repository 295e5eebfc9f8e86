import type { RoutePlugin } from '../../../platform/http/types.js';

/** Filled in by the filings work of issue #3. */
export const filingsRoutes: RoutePlugin = async () => {};
