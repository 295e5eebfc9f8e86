import type { RouteObject } from 'react-router';
import { caseRoutes } from './cases/routes.js';
import { registryRoutes } from './registry/routes.js';

/** The enforcement module's admin pages (relative to the app root). */
export const routes: RouteObject[] = [...caseRoutes, ...registryRoutes];

/** Where the workbench opens a case's clocks and an officer's certificate reminder. */
export const recordLinks = {
  enforcement_case: '/enforcement/cases/:id',
  enforcement_officer: '/enforcement/bodies',
};
