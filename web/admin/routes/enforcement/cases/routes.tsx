import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { page } from '../lazy-page.js';

const CaseListPage = lazy(() => import('./CaseListPage.js'));
const OpenCasePage = lazy(() => import('./OpenCasePage.js'));
const CaseDetailPage = lazy(() => import('./CaseDetailPage.js'));
const ReviewQueuePage = lazy(() => import('./ReviewQueuePage.js'));
const FilingsPage = lazy(() => import('./FilingsPage.js'));

/** Cases, the legal reviewers' queue and the major-penalty filings (relative to the app root). */
export const caseRoutes: RouteObject[] = [
  { path: 'enforcement/cases', element: page(CaseListPage) },
  { path: 'enforcement/cases/new', element: page(OpenCasePage) },
  { path: 'enforcement/cases/:id', element: page(CaseDetailPage) },
  { path: 'enforcement/reviews', element: page(ReviewQueuePage) },
  { path: 'enforcement/filings', element: page(FilingsPage) },
];
