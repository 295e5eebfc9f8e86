import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { proactiveRoutes } from './proactive/routes.js';

const LandingPage = lazy(() => import('./LandingPage.js'));
const ApplyPage = lazy(() => import('./ApplyPage.js'));
const SubmittedPage = lazy(() => import('./SubmittedPage.js'));
const TrackPage = lazy(() => import('./TrackPage.js'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** The public disclosure pages, under /portal: the catalogue (主动公开), applying online, tracking. */
export const routes: RouteObject[] = [
  { path: 'disclosure', element: page(LandingPage) },
  { path: 'disclosure/apply', element: page(ApplyPage) },
  { path: 'disclosure/apply/submitted', element: page(SubmittedPage) },
  { path: 'disclosure/track', element: page(TrackPage) },
  ...proactiveRoutes,
];

/** The portal menu entry for visitors (the server's manifest says the same). */
export const nav = [
  {
    path: '/disclosure',
    label: { 'zh-CN': '政府信息公开', 'en-US': 'Information disclosure' },
    icon: 'FileSearchOutlined',
  },
];
