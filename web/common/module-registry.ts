import type { RouteObject } from 'react-router';
import type { LocalizedLabel } from './i18n.js';

/** A nav entry as `/api/v1/modules` sends it (from the server module's manifest). */
export interface ServerNavEntry {
  path: string;
  label: LocalizedLabel;
  icon: string;
  permission?: string;
  portal?: boolean;
}

export interface ServerModule {
  key: string;
  label: LocalizedLabel;
  nav: ServerNavEntry[];
}

/** What `web/<app>/routes/<module>/index.tsx` exports: routes relative to the app root ('powers', 'powers/:id'). */
export interface WebModule {
  routes: RouteObject[];
  /**
   * Admin only: the page of a record by its subject type (as clocks and reminders name it), a route pattern
   * with `:id`, e.g. `{ enforcement_case: '/enforcement/cases/:id' }`: the workbench links due items to it.
   */
  recordLinks?: Record<string, string>;
  /** Portal only: the public nav entries, used when the server's list is not available to visitors. */
  nav?: Omit<ServerNavEntry, 'portal' | 'permission'>[];
}

export type ModuleRegistry = Record<string, () => Promise<WebModule>>;

/** Loads the registered web modules among `keys`; one that fails to load is left out (logged), not fatal. */
export async function loadModules(registry: ModuleRegistry, keys: string[]): Promise<Map<string, WebModule>> {
  const wanted = keys.filter((k) => Object.hasOwn(registry, k));
  const loaded = await Promise.all(
    wanted.map(async (key) => {
      try {
        return [key, await registry[key]!()] as const;
      } catch (error) {
        console.error(`web module "${key}" failed to load`, error);
        return null;
      }
    }),
  );
  return new Map(loaded.filter((x): x is readonly [string, WebModule] => x !== null));
}
