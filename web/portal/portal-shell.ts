import { useQuery } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { api } from '../common/api.js';
import { loadModules, type ServerModule, type ServerNavEntry } from '../common/module-registry.js';
import { portalModules } from './modules.js';

export type PortalNavEntry = Omit<ServerNavEntry, 'portal' | 'permission'>;

export interface PortalShell {
  nav: PortalNavEntry[];
  routes: RouteObject[];
}

/** Portal paths are relative to /portal; manifests may write either '/portal/powers' or '/powers'. */
export function portalPath(path: string): string {
  const rest = path.replace(/^\/portal(?=\/|$)/, '');
  return rest.startsWith('/') ? rest : `/${rest}`;
}

async function serverPortalNav(): Promise<Map<string, PortalNavEntry[]> | null> {
  try {
    const { modules } = await api.get<{ modules: ServerModule[] }>('/portal/nav');
    return new Map(modules.map((m) => [m.key, m.nav]));
  } catch {
    // The menu is a courtesy of the server; the modules' own nav exports stand in.
    return null;
  }
}

async function loadPortalShell(): Promise<PortalShell> {
  const [server, webModules] = await Promise.all([
    serverPortalNav(),
    loadModules(portalModules, Object.keys(portalModules)),
  ]);
  const nav: PortalNavEntry[] = [];
  for (const [key, mod] of webModules) {
    for (const e of [...(server?.get(key) ?? []), ...(mod.nav ?? [])]) {
      const path = portalPath(e.path);
      if (!nav.some((n) => n.path === path)) nav.push({ path, label: e.label, icon: e.icon });
    }
  }
  return { nav, routes: [...webModules.values()].flatMap((m) => m.routes) };
}

/** The landed public modules: their routes and menu entries. */
export function usePortalShell() {
  return useQuery({
    queryKey: ['portal-shell'],
    queryFn: loadPortalShell,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export interface Department {
  id: string;
  code: string;
  name: string;
}

/** The district's departments (public); the endpoint answers a bare list or `{ items }`. */
export async function fetchDepartments(): Promise<Department[]> {
  const body = await api.get<Department[] | { items: Department[] }>('/portal/departments');
  return Array.isArray(body) ? body : (body?.items ?? []);
}

export function useDepartments() {
  return useQuery({ queryKey: ['portal', 'departments'], queryFn: fetchDepartments, staleTime: 10 * 60_000 });
}
