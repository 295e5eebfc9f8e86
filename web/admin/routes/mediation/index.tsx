import { lazyRoutes } from '../../../common/lazy-routes.js';

/** Grassroots mediation's admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  mediation: () => import('./MediationPage.js'),
  'mediation/cases/:id': () => import('./CasePage.js'),
  'mediation/villages/:id': () => import('./VillagePage.js'),
});
