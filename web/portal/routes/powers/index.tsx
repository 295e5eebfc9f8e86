import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const SearchPage = lazy(() => import('./SearchPage.js'));
const ItemPage = lazy(() => import('./ItemPage.js'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** The public power-list pages, under /portal. */
export const routes: RouteObject[] = [
  { path: 'powers', element: page(SearchPage) },
  { path: 'powers/:id', element: page(ItemPage) },
];

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  { path: '/powers', label: { 'zh-CN': '权责清单', 'en-US': 'Power list' }, icon: 'UnorderedListOutlined' },
];
