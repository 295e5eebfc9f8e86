import type { RouteObject } from 'react-router';
import { lazyRoutes } from '../../../common/lazy-routes.js';
import { proactiveRoutes } from './proactive/routes.js';

/** The public disclosure pages, under /portal: the catalogue (主动公开), applying online, tracking. */
export const routes: RouteObject[] = [
  ...lazyRoutes({
    disclosure: () => import('./LandingPage.js'),
    'disclosure/apply': () => import('./ApplyPage.js'),
    'disclosure/apply/submitted': () => import('./SubmittedPage.js'),
    'disclosure/track': () => import('./TrackPage.js'),
  }),
  ...proactiveRoutes,
];

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  {
    path: '/disclosure',
    label: { 'zh-CN': '政府信息公开', 'en-US': 'Information disclosure' },
    icon: 'FileSearchOutlined',
  },
];
