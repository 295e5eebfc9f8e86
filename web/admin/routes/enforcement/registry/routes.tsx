import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { page } from '../lazy-page.js';

const BodiesPage = lazy(() => import('./BodiesPage.js'));
const BenchmarksPage = lazy(() => import('./BenchmarksPage.js'));
const FeesPage = lazy(() => import('./FeesPage.js'));
const InspectionsPage = lazy(() => import('./InspectionsPage.js'));
const PlanDetailPage = lazy(() => import('./PlanDetailPage.js'));

/** Bodies, officers, settings and catalogue; benchmarks; fees; inspection plans and inspections. */
export const registryRoutes: RouteObject[] = [
  { path: 'enforcement/bodies', element: page(BodiesPage) },
  { path: 'enforcement/benchmarks', element: page(BenchmarksPage) },
  { path: 'enforcement/fees', element: page(FeesPage) },
  { path: 'enforcement/inspections', element: page(InspectionsPage) },
  { path: 'enforcement/inspections/plans/:id', element: page(PlanDetailPage) },
];
