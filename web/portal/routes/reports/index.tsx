import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The published annual reports, under /portal. */
export const routes = lazyRoutes({
  reports: () => import('./ListPage.js'),
  'reports/:id': () => import('./ReportPage.js'),
});

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  { path: '/reports', label: { 'zh-CN': '年度报告', 'en-US': 'Annual reports' }, icon: 'FileTextOutlined' },
];
