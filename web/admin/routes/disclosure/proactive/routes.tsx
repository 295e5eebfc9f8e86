import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const ListPage = lazy(() => import('./ListPage.js'));
const DetailPage = lazy(() => import('./DetailPage.js'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** The proactive register's admin pages (relative to the app root); the disclosure index spreads them in. */
export const proactiveRoutes: RouteObject[] = [
  { path: 'disclosure/proactive', element: page(ListPage) },
  { path: 'disclosure/proactive/:id', element: page(DetailPage) },
];
