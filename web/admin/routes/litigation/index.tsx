import { lazyRoutes } from '../../../common/lazy-routes.js';

/** 行政应诉 pages (relative to the app root). */
export const routes = lazyRoutes({
  'litigation/lawsuits': () => import('./LawsuitListPage.js'),
  'litigation/lawsuits/:id': () => import('./LawsuitPage.js'),
});

/** Where the workbench opens a lawsuit's clocks. */
export const recordLinks = { lawsuit: '/litigation/lawsuits/:id' };
