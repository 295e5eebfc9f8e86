import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Db } from '../platform/db/client.js';
import type { App, RoutePlugin } from '../platform/http/types.js';
import { defineModule, type ModuleManifest } from '../platform/modules.js';

// The session helpers live apart so a kernel-only test world can use them without the modules.
export { loginAs, type TestSession } from './session.js';

export interface TestAppOptions {
  /** The modules to install and mount; default every installed module, [] for the kernel alone. */
  modules?: readonly ModuleManifest[];
  /** Environment settings on top of the test defaults, e.g. { TRUSTED_PROXIES: '10.0.0.1' }. */
  env?: Record<string, string>;
}

/**
 * The real application on a test database (no web build, no jobs, quiet logs): the kernel's routes and the
 * chosen modules, wired exactly as the server wires them (createApp), so a route test sees the production
 * session, CSRF and error handling.
 */
export async function buildTestApp(db: Db, opts: TestAppOptions = {}): Promise<App> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...opts.env });
  const app = await createApp(db, config, { serveWeb: false, logger: false, modules: opts.modules });
  await app.ready();
  return app;
}

/**
 * A manifest that mounts one route plugin and declares nothing, for a test of a single plugin of a module.
 * Its key is `<key>-test`, never the module's own: the real manifest is installed under that key (the db
 * projects install every module) and installing another manifest under it is refused. The plugin's
 * permissions and clocks come from the real manifest, which is already installed.
 */
export function testModule(spec: {
  key: string;
  routes: RoutePlugin;
  ledgers?: ModuleManifest['ledgers'];
}): ModuleManifest {
  // The db projects reuse a worker's modules across files (decision 0044): two files that mount the same
  // plugin under one key get the same manifest, which installing again accepts.
  const made = testModules.get(spec.key);
  if (made && made.routes === spec.routes && sameItems(made.ledgers, spec.ledgers)) return made;
  const manifest = defineModule({
    key: `${spec.key}-test`,
    label: { 'zh-CN': `测试：${spec.key}`, 'en-US': `Test: ${spec.key}` },
    nav: [],
    permissions: {},
    auditActions: [],
    routes: spec.routes,
    ledgers: spec.ledgers,
  });
  testModules.set(spec.key, manifest);
  return manifest;
}

const testModules = new Map<string, ModuleManifest>();

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  return (a ?? []).length === (b ?? []).length && (a ?? []).every((item, i) => item === b?.[i]);
}
