import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The public 重大行政决策 pages, under /portal: drafts open for comment, published decisions, the catalogue. */
export const routes = lazyRoutes({
  decisions: () => import('./DecisionsPage.js'),
  'decisions/comments/:code': () => import('./CommentStatusPage.js'),
  'decisions/:id': () => import('./DecisionPage.js'),
});

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  {
    path: '/decisions',
    label: { 'zh-CN': '重大行政决策', 'en-US': 'Major decisions' },
    icon: 'BankOutlined',
  },
];
