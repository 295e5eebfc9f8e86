import { lazyRoutes } from '../../../../common/lazy-routes.js';

/** Cases, the legal reviewers' queue and the major-penalty filings (relative to the app root). */
export const caseRoutes = lazyRoutes({
  'enforcement/cases': () => import('./CaseListPage.js'),
  'enforcement/cases/new': () => import('./OpenCasePage.js'),
  'enforcement/cases/:id': () => import('./CaseDetailPage.js'),
  'enforcement/reviews': () => import('./ReviewQueuePage.js'),
  'enforcement/filings': () => import('./FilingsPage.js'),
});
