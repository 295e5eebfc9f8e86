import { lazyRoutes } from '../../../common/lazy-routes.js';

/** The 规范性文件 admin pages (relative to the app root); each loads on first visit. */
export const routes = lazyRoutes({
  'normative-docs': () => import('./ListPage.js'),
  'normative-docs/cleanups': () => import('./CleanupsPage.js'),
  'normative-docs/laws': () => import('./LawsPage.js'),
  'normative-docs/:id': () => import('./DetailPage.js'),
});

/** Where the workbench opens a document's clocks. */
export const recordLinks = { normative_doc: '/normative-docs/:id' };
