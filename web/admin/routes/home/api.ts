import type {
  DueCountsOut,
  ItemsPageOut,
  OverviewDepartmentOut,
  OverviewOut,
  OverviewSeriesOut,
  QueueSummaryOut,
  SupervisionRowOut,
  WorkbenchItemOut,
} from '../../../../common/contracts/workbench.js';

/** The workbench API's shapes (common/contracts/workbench.ts). */
export type WorkbenchItem = WorkbenchItemOut;
export type ItemsPage = ItemsPageOut;
export type DueCounts = DueCountsOut;
export type QueueSummary = QueueSummaryOut;
export type SupervisionRow = SupervisionRowOut;
export type Rating = SupervisionRowOut['rating'];
export type Overview = OverviewOut;
export type OverviewSeries = OverviewSeriesOut;
export type OverviewDepartment = OverviewDepartmentOut;

export type UrgencyFilter = 'attention' | 'overdue' | 'due_soon' | 'ok' | 'all';

export interface ItemsQuery {
  urgency: UrgencyFilter;
  module?: string;
  unitId?: string;
  page: number;
  pageSize: number;
}

/** The query string of `/workbench/items` (or `/workbench/counts` without paging): `all` sends no urgency. */
export function itemsSearch(q: Partial<ItemsQuery>): string {
  const params = new URLSearchParams();
  if (q.urgency && q.urgency !== 'all') params.set('urgency', q.urgency);
  if (q.module) params.set('module', q.module);
  if (q.unitId) params.set('unitId', q.unitId);
  if (q.page) params.set('page', String(q.page));
  if (q.pageSize) params.set('pageSize', String(q.pageSize));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface RecordPage {
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
  total: number;
}
