import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The public 规范性文件 pages, under /portal: the valid documents (the authority for citing) and cleanup lists. */
export const routes = lazyRoutes({
  'normative-docs': () => import('./ListPage.js'),
  'normative-docs/cleanups': () => import('./CleanupsPage.js'),
  'normative-docs/:id': () => import('./DocPage.js'),
});

/** The portal menu entries for visitors (the server's manifest says the same). */
export const nav = [
  {
    path: '/normative-docs',
    label: { 'zh-CN': '现行有效规范性文件', 'en-US': 'Valid normative documents' },
    icon: 'FileProtectOutlined',
  },
  {
    path: '/normative-docs/cleanups',
    label: { 'zh-CN': '规范性文件清理结果', 'en-US': 'Document cleanup results' },
    icon: 'ClearOutlined',
  },
];
