import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const CataloguePage = lazy(() => import('./CataloguePage.js'));
const GuidePage = lazy(() => import('./GuidePage.js'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** The public catalogue and guide pages (under /portal); the disclosure index spreads them in. */
export const proactiveRoutes: RouteObject[] = [
  { path: 'disclosure/catalogue', element: page(CataloguePage) },
  { path: 'disclosure/guide/:orgUnitId', element: page(GuidePage) },
];
