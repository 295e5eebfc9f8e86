import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The public petitions page under /portal: submit online (网上信访) and track with the code. */
export const routes = lazyRoutes({ petitions: () => import('./PetitionPage.js') });

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  { path: '/petitions', label: { 'zh-CN': '网上信访', 'en-US': 'Online petitions' }, icon: 'MailOutlined' },
];
