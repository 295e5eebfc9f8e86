import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The annual reports' admin pages: the year's reports, and one report to read, edit and take through sign-off. */
export const routes = lazyRoutes({
  reports: () => import('./ListPage.js'),
  'reports/:id': () => import('./ReportPage.js'),
});

/** Where the workbench opens a report's clocks. */
export const recordLinks = { report_draft: '/reports/:id' };
