import { lazyRoutes } from '../../../common/lazy-routes.js';

/** 用户管理: the district's accounts, the login throttle lifted, accounts enabled or disabled (decision 0020). */
export const routes = lazyRoutes({ users: () => import('./UsersPage.js') });
