import type { ModuleRegistry } from '../common/module-registry.js';

/**
 * The admin pages of each business module, by module key (the server manifest's `key`). A module's nav
 * entries from `/api/v1/modules` show only when its key is here, so a module appears when it lands.
 *
 * To add a module, create `web/admin/routes/<key>/index.tsx` exporting
 *   `export const routes: RouteObject[] = [{ path: '<key>', element: <ListPage /> }, { path: '<key>/:id', … }];`
 * (paths relative to the app root, pages ideally `lazy()` inside) and add one line here:
 *   `<key>: () => import('./routes/<key>/index.js'),`
 */
export const adminModules: ModuleRegistry = {
  calendar: () => import('./routes/calendar/index.js'),
  documents: () => import('./routes/documents/index.js'),
  users: () => import('./routes/users/index.js'),
  powers: () => import('./routes/powers/index.js'),
  disclosure: () => import('./routes/disclosure/index.js'),
  enforcement: () => import('./routes/enforcement/index.js'),
  proposals: () => import('./routes/proposals/index.js'),
  'legal-affairs': () => import('./routes/legal-affairs/index.js'),
  decisions: () => import('./routes/decisions/index.js'),
  reconsideration: () => import('./routes/reconsideration/index.js'),
  mediation: () => import('./routes/mediation/index.js'),
  petitions: () => import('./routes/petitions/index.js'),
  'legal-education': () => import('./routes/legal-education/index.js'),
  reports: () => import('./routes/reports/index.js'),
  coordination: () => import('./routes/coordination/index.js'),
  corrections: () => import('./routes/corrections/index.js'),
  litigation: () => import('./routes/litigation/index.js'),
  assessment: () => import('./routes/assessment/index.js'),
  'normative-docs': () => import('./routes/normative-docs/index.js'),
};

/** Shell pages that are not server modules but are mounted the same way (always loaded). */
export const SHELL_MODULE_KEYS = ['calendar', 'documents', 'users'];
