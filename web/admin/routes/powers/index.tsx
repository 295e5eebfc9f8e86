import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const ListPage = lazy(() => import('./ListPage.js'));
const DetailPage = lazy(() => import('./DetailPage.js'));
const EditPage = lazy(() => import('./EditPage.js'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** The power list's admin pages (relative to the app root); each loads on first visit. */
export const routes: RouteObject[] = [
  { path: 'powers', element: page(ListPage) },
  { path: 'powers/new', element: page(EditPage) },
  { path: 'powers/:id', element: page(DetailPage) },
  { path: 'powers/:id/edit', element: page(EditPage) },
];
