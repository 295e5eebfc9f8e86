import { lazyRoutes } from '../../../../common/lazy-routes.js';

/** The proactive register's admin pages (relative to the app root); the disclosure index spreads them in. */
export const proactiveRoutes = lazyRoutes({
  'disclosure/proactive': () => import('./ListPage.js'),
  'disclosure/proactive/:id': () => import('./DetailPage.js'),
});
