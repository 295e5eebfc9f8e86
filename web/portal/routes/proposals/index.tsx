import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The public 建议提案 pages, under /portal: the published answers and a deputy's or member's personal link. */
export const routes = lazyRoutes({
  proposals: () => import('./AnswersPage.js'),
  'proposals/status/:token': () => import('./StatusPage.js'),
});

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  {
    path: '/proposals',
    label: { 'zh-CN': '建议提案复文', 'en-US': 'Published answers' },
    icon: 'SolutionOutlined',
  },
];
