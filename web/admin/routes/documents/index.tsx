import { lazyRoutes } from '../../../common/lazy-routes.js';

/** 发文机关代字: the organs' prefixes in document numbers (decision 0019); the page loads on first visit. */
export const routes = lazyRoutes({ 'documents/prefixes': () => import('./DocumentPrefixPage.js') });
