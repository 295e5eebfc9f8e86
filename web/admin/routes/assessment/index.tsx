import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The 考评 admin page (scoreboard, tree, gap list as tabs); it loads on first visit. */
export const routes = lazyRoutes({
  assessment: () => import('./AssessmentPage.js'),
});
