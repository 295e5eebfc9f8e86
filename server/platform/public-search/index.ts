/** The portal's cross-module search: modules declare `publicSearch` in their manifest; the kernel mounts one route. */
export { definePublicSearch, type PublicSearchSource } from './define-public-search.js';
export { registerPublicSearch } from './routes.js';
