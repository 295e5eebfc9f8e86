import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';

const CalendarPage = lazy(() => import('./CalendarPage.js'));

/** The calendar's admin routes (relative to the app root); the page itself loads on first visit. */
export const routes: RouteObject[] = [
  {
    path: 'calendar',
    element: (
      <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
        <CalendarPage />
      </Suspense>
    ),
  },
];
