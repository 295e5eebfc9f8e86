import type { ModuleRegistry } from '../common/module-registry.js';

/**
 * The public pages of each business module, by module key. A module appears in the portal menu when it
 * lands here. Create `web/portal/routes/<key>/index.tsx` exporting
 *   `export const routes: RouteObject[] = [{ path: '<key>', element: … }, { path: '<key>/:id', … }];`
 * (paths relative to /portal) and, for visitors, its menu entries
 *   `export const nav = [{ path: '/<key>', label: { 'zh-CN': '…', 'en-US': '…' }, icon: 'UnorderedListOutlined' }];`
 * then add one line here: `<key>: () => import('./routes/<key>/index.js'),`
 */
export const portalModules: ModuleRegistry = {
  powers: () => import('./routes/powers/index.js'),
  disclosure: () => import('./routes/disclosure/index.js'),
  enforcement: () => import('./routes/enforcement/index.js'),
  proposals: () => import('./routes/proposals/index.js'),
  decisions: () => import('./routes/decisions/index.js'),
  reconsideration: () => import('./routes/reconsideration/index.js'),
  petitions: () => import('./routes/petitions/index.js'),
  reports: () => import('./routes/reports/index.js'),
  'normative-docs': () => import('./routes/normative-docs/index.js'),
};
