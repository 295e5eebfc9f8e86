import type { RouteObject } from 'react-router';
import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The reconsideration module's admin pages: the case ledger and the case page. */
export const routes: RouteObject[] = lazyRoutes({
  'reconsideration/cases': () => import('./CaseListPage.js'),
  'reconsideration/cases/new': () => import('./RegisterPage.js'),
  'reconsideration/cases/:id': () => import('./CaseDetailPage.js'),
});

/** Where the workbench opens a case's clocks. */
export const recordLinks = { reconsideration_case: '/reconsideration/cases/:id' };
