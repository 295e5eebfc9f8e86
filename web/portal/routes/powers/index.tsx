import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The public power-list pages, under /portal. */
export const routes = lazyRoutes({
  powers: () => import('./SearchPage.js'),
  'powers/:id': () => import('./ItemPage.js'),
});

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  { path: '/powers', label: { 'zh-CN': '权责清单', 'en-US': 'Power list' }, icon: 'UnorderedListOutlined' },
];
