import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { RouteObject } from 'react-router';
import { api } from '../common/api.js';
import type { LocalizedLabel } from '../common/i18n.js';
import { loadModules, type ServerModule, type WebModule } from '../common/module-registry.js';
import { adminModules, SHELL_MODULE_KEYS } from './modules.js';

/** A menu entry; built-in ones name a catalogue key, module ones carry the manifest's label. */
export interface NavItem {
  path: string;
  label?: LocalizedLabel;
  labelKey?: string;
  icon: string;
  /** Shown only to users holding it. */
  permission?: string;
}

export interface NavGroup {
  key: string;
  label?: LocalizedLabel;
  items: NavItem[];
}

export interface Shell {
  nav: NavGroup[];
  routes: RouteObject[];
  /** Module key → the module's web routes, e.g. to link a due item to its record. */
  webModules: Map<string, WebModule>;
  serverModules: ServerModule[];
}

const BUILT_IN: NavGroup[] = [
  { key: 'home', items: [{ path: '/', labelKey: 'admin.nav.home', icon: 'HomeOutlined' }] },
  {
    key: 'screen',
    items: [
      {
        path: '/screen',
        labelKey: 'admin.nav.screen',
        icon: 'DashboardOutlined',
        permission: 'clocks.view_overview',
      },
    ],
  },
  {
    key: 'calendar',
    items: [{ path: '/calendar', labelKey: 'admin.nav.calendar', icon: 'CalendarOutlined' }],
  },
  {
    key: 'documents',
    items: [{ path: '/documents/prefixes', labelKey: 'admin.nav.documents', icon: 'FileTextOutlined' }],
  },
  {
    key: 'users',
    items: [
      { path: '/users', labelKey: 'admin.nav.users', icon: 'TeamOutlined', permission: 'users.manage' },
    ],
  },
];

/** The menu: built-in pages, then each landed module's admin entries (portal entries live in the portal). */
export function buildNav(serverModules: ServerModule[], landed: Set<string>): NavGroup[] {
  const seen = new Set(BUILT_IN.flatMap((g) => g.items.map((i) => i.path)));
  const groups = [...BUILT_IN];
  for (const m of serverModules) {
    if (!landed.has(m.key)) continue;
    const items = m.nav.filter((n) => !n.portal && !seen.has(n.path));
    for (const i of items) seen.add(i.path);
    if (items.length) groups.push({ key: m.key, label: m.label, items });
  }
  return groups;
}

async function loadShell(): Promise<Shell> {
  const { modules } = await api.get<{ modules: ServerModule[] }>('/modules');
  const keys = [...new Set([...SHELL_MODULE_KEYS, ...modules.map((m) => m.key)])];
  const webModules = await loadModules(adminModules, keys);
  return {
    nav: buildNav(modules, new Set(webModules.keys())),
    routes: [...webModules.values()].flatMap((m) => m.routes),
    webModules,
    serverModules: modules,
  };
}

/** Loads the server's module list and the matching web modules once per session. */
export function useShellQuery() {
  return useQuery({ queryKey: ['shell'], queryFn: loadShell, staleTime: Number.POSITIVE_INFINITY });
}

export const ShellContext = createContext<Shell | null>(null);

/** The loaded shell (inside the authenticated layout). */
export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell() outside the admin layout');
  return shell;
}
