import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The 建议提案 admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  proposals: () => import('./ListPage.js'),
  'proposals/overview': () => import('./OverviewPage.js'),
  'proposals/:id': () => import('./DetailPage.js'),
});

/** Where the workbench opens an item's clocks. */
export const recordLinks = { proposal_item: '/proposals/:id' };
