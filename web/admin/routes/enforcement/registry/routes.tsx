import { lazyRoutes } from '../../../../common/lazy-routes.js';

/** Bodies, officers, settings and catalogue; benchmarks; fees; inspection plans and inspections. */
export const registryRoutes = lazyRoutes({
  'enforcement/bodies': () => import('./BodiesPage.js'),
  'enforcement/benchmarks': () => import('./BenchmarksPage.js'),
  'enforcement/fees': () => import('./FeesPage.js'),
  'enforcement/inspections': () => import('./InspectionsPage.js'),
  'enforcement/inspections/plans/:id': () => import('./PlanDetailPage.js'),
});
