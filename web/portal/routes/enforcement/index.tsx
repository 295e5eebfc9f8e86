import { lazyRoutes } from '../../../common/lazy-routes.js';

/**
 * The public enforcement pages, under /portal (国办发〔2018〕118号): published decisions (事后公开), the
 * confirmed bodies with their basis and scope, and the fee catalogue (事前公开).
 */
export const routes = lazyRoutes({
  enforcement: () => import('./DecisionsPage.js'),
  'enforcement/decisions/:id': () => import('./DecisionPage.js'),
  'enforcement/bodies': () => import('./BodiesPage.js'),
  'enforcement/fees': () => import('./FeesPage.js'),
});

/** The portal menu entry for visitors (the server's manifest says the same); the pages link to each other. */
export const nav = [
  {
    path: '/enforcement',
    label: { 'zh-CN': '执法公示', 'en-US': 'Enforcement decisions' },
    icon: 'AuditOutlined',
  },
];
