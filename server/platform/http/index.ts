/** The HTTP kernel as modules see it: the route plugin type, the guards, and the app builder for route tests. */
export { buildApp } from './build-app.js';
export { requireLogin, requirePermission } from './guards.js';
export type { App, AppDeps, HttpDeps, RoutePlugin, SessionInfo } from './types.js';
