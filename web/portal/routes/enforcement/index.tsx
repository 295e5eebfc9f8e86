import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const DecisionsPage = lazy(() => import('./DecisionsPage.js'));
const DecisionPage = lazy(() => import('./DecisionPage.js'));
const BodiesPage = lazy(() => import('./BodiesPage.js'));
const FeesPage = lazy(() => import('./FeesPage.js'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/**
 * The public enforcement pages, under /portal (国办发〔2018〕118号): published decisions (事后公开), the
 * confirmed bodies with their basis and scope, and the fee catalogue (事前公开).
 */
export const routes: RouteObject[] = [
  { path: 'enforcement', element: page(DecisionsPage) },
  { path: 'enforcement/decisions/:id', element: page(DecisionPage) },
  { path: 'enforcement/bodies', element: page(BodiesPage) },
  { path: 'enforcement/fees', element: page(FeesPage) },
];

/** The portal menu entry for visitors (the server's manifest says the same); the pages link to each other. */
export const nav = [
  {
    path: '/enforcement',
    label: { 'zh-CN': '执法公示', 'en-US': 'Enforcement decisions' },
    icon: 'AuditOutlined',
  },
];
