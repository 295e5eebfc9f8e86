import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

/** A page module as `import('./ListPage.js')` gives it. */
type PageLoader = () => Promise<{ default: ComponentType }>;

/** A lazily loaded page with the shell's loading spinner. */
export function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** A module's routes, path → page; each page loads on its first visit (the shell stays small). */
export function lazyRoutes(pages: Record<string, PageLoader>): RouteObject[] {
  return Object.entries(pages).map(([path, load]) => ({ path, element: page(lazy(load)) }));
}
