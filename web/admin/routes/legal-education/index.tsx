import { lazyRoutes } from '../../../common/lazy-routes.js';

/** 学法、普法 and 第一责任人 admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  'legal-education/study': () => import('./StudyPage.js'),
  'legal-education/study/leaders/:id': () => import('./LeaderPage.js'),
  'legal-education/popularisation': () => import('./PopularisationPage.js'),
  'legal-education/reports': () => import('./ReportsPage.js'),
  'legal-education/reports/:id': () => import('./ReportPage.js'),
});
