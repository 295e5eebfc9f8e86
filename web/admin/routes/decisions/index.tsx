import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The 重大行政决策 admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  decisions: () => import('./ListPage.js'),
  'decisions/catalogue': () => import('./CataloguePage.js'),
  'decisions/:id': () => import('./DetailPage.js'),
});

/** Where the workbench opens a decision's clocks. */
export const recordLinks = { major_decision: '/decisions/:id' };
