import { lazyRoutes } from '../../../../common/lazy-routes.js';

/** The public catalogue and guide pages (under /portal); the disclosure index spreads them in. */
export const proactiveRoutes = lazyRoutes({
  'disclosure/catalogue': () => import('./CataloguePage.js'),
  'disclosure/catalogue/:id': () => import('./ItemPage.js'),
  'disclosure/guide/:orgUnitId': () => import('./GuidePage.js'),
});
