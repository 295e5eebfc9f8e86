import type { RouteObject } from 'react-router';
import { lazyRoutes } from '../../../common/lazy-routes.js';
import { proactiveRoutes } from './proactive/routes.js';

/** The disclosure module's admin pages (relative to the app root): requests, table 三, proactive register. */
export const routes: RouteObject[] = [
  ...lazyRoutes({
    'disclosure/requests': () => import('./RequestListPage.js'),
    'disclosure/requests/new': () => import('./RegisterPage.js'),
    'disclosure/requests/:id': () => import('./DetailPage.js'),
    'disclosure/table3': () => import('./Table3Page.js'),
    'disclosure/settings': () => import('./SettingsPage.js'),
  }),
  ...proactiveRoutes,
];

/** Where the workbench opens a request's clocks. */
export const recordLinks = { disclosure_request: '/disclosure/requests/:id' };
