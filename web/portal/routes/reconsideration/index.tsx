import type { RouteObject } from 'react-router';
import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The public reconsideration pages, under /portal: apply online, track, the published decisions. */
export const routes: RouteObject[] = lazyRoutes({
  reconsideration: () => import('./LandingPage.js'),
  'reconsideration/apply': () => import('./ApplyPage.js'),
  'reconsideration/track': () => import('./TrackPage.js'),
});

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  {
    path: '/reconsideration',
    label: { 'zh-CN': '行政复议', 'en-US': 'Administrative reconsideration' },
    icon: 'AuditOutlined',
  },
];
