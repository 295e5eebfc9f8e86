import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The calendar's admin routes (relative to the app root); the page itself loads on first visit. */
export const routes = lazyRoutes({ calendar: () => import('./CalendarPage.js') });
