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
export { findOverview, type Overview } from './overview.js';
export { findMyQueues } from './queues.js';
export { workbenchPermissions } from './policy.js';
export { findSupervision, rankRows, rate, type Rating, type SupervisionRow } from './supervision.js';
export { workbenchRoutes } from './routes.js';
