/** The homes' data (issue #10): due-item counts and pages in SQL, work queues, supervision, overview. */
export {
  countByMonthAndUnit,
  defineOverviewSeries,
  listOverviewSeries,
  type OverviewCell,
  type OverviewSeries,
  registerOverviewSeries,
} from './define-overview.js';
export {
  defineWorkQueue,
  listWorkQueues,
  type QueueItem,
  registerWorkQueue,
  type WorkQueue,
} from './define-queue.js';
export {
  countDueItems,
  type DueCounts,
  type DueItemFilter,
  findDueItems,
  type WorkbenchItem,
} from './due-items.js';
export { defineHeadline, type HeadlineFigure, listHeadlines, registerHeadline } from './define-headline.js';
export { findOverview, type Overview } from './overview.js';
export { findScreen, type Screen } from './screen.js';
export {
  defineReportStatus,
  type ReportStatus,
  type ReportStatusSource,
  registerReportStatus,
} from './screen-panels.js';
export { findMyQueues } from './queues.js';
export { workbenchPermissions } from './policy.js';
export {
  findSupervision,
  RATING_THRESHOLDS,
  rankRows,
  rate,
  type Rating,
  type SupervisionRow,
} from './supervision.js';
export { workbenchRoutes } from './routes.js';
