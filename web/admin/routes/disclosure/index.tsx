import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { proactiveRoutes } from './proactive/routes.js';

const RequestListPage = lazy(() => import('./RequestListPage.js'));
const RegisterPage = lazy(() => import('./RegisterPage.js'));
const DetailPage = lazy(() => import('./DetailPage.js'));
const Table3Page = lazy(() => import('./Table3Page.js'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** The disclosure module's admin pages (relative to the app root): requests, table 三, proactive register. */
export const routes: RouteObject[] = [
  { path: 'disclosure/requests', element: page(RequestListPage) },
  { path: 'disclosure/requests/new', element: page(RegisterPage) },
  { path: 'disclosure/requests/:id', element: page(DetailPage) },
  { path: 'disclosure/table3', element: page(Table3Page) },
  ...proactiveRoutes,
];
