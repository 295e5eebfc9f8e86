import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The petitions admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  petitions: () => import('./ListPage.js'),
  'petitions/new': () => import('./RegisterPage.js'),
  'petitions/:id': () => import('./DetailPage.js'),
});

/** Where the workbench opens a petition's clocks. */
export const recordLinks = { petition: '/petitions/:id' };
