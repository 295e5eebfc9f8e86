import type { RouteObject } from 'react-router';

/** Cases, legal review queue and filings (filled in by the cases screens work). */
export const caseRoutes: RouteObject[] = [];
