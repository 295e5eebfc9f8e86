import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The power list's admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  powers: () => import('./ListPage.js'),
  'powers/new': () => import('./EditPage.js'),
  'powers/:id': () => import('./DetailPage.js'),
  'powers/:id/edit': () => import('./EditPage.js'),
});

/** Where the workbench opens a power item's clocks. */
export const recordLinks = { power_item: '/powers/:id' };
