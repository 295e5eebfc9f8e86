import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The legal-affairs admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  'legal-affairs/matters': () => import('./MattersPage.js'),
  'legal-affairs/matters/:id': () => import('./MatterPage.js'),
  'legal-affairs/advisers': () => import('./AdvisersPage.js'),
  'legal-affairs/advisers/:id': () => import('./AdviserPage.js'),
});

/** Where the workbench opens a matter's clocks. */
export const recordLinks = { legal_matter: '/legal-affairs/matters/:id' };
