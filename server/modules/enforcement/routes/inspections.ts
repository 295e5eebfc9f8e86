import type { RoutePlugin } from '../../../platform/http/types.js';

/** Filled in by the inspections work of issue #3. */
export const inspectionsRoutes: RoutePlugin = async () => {};
