import type { RoutePlugin } from '../../../platform/http/types.js';

/** Filled in by the publication work of issue #3. */
export const publicationRoutes: RoutePlugin = async () => {};
