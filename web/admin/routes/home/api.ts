import type { LocalizedLabel } from '../../../common/i18n.js';
import type { DueItem } from './due-items.js';

/** The workbench API's shapes (server/platform/workbench/routes.ts). */
export interface WorkbenchItem extends DueItem {
  orgUnitId: string | null;
  unitName: string | null;
}

export interface ItemsPage {
  items: WorkbenchItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DueCounts {
  overdue: number;
  due_soon: number;
  ok: number;
  paused: number;
  total: number;
}

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

export interface QueueSummary {
  key: string;
  label: LocalizedLabel;
  path: string;
  total: number;
  items: { id: string; title: string; link: string; unitName: string | null; since: string | null }[];
}

export type Rating = 'red' | 'amber' | 'green';

export interface SupervisionRow {
  unitId: string;
  unitName: string;
  unitType: string;
  open: number;
  overdue: number;
  dueSoon: number;
  rating: Rating;
}

export interface OverviewSeries {
  key: string;
  label: LocalizedLabel;
  metricKey: string | null;
  byMonth: number[];
  total: number;
}

export interface OverviewDepartment {
  unitId: string;
  unitName: string;
  values: Record<string, number>;
  open: number;
  overdue: number;
}

export interface Overview {
  year: number;
  /** Years with records, newest first. */
  years: number[];
  months: string[];
  series: OverviewSeries[];
  departments: OverviewDepartment[];
}

export interface RecordPage {
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
  total: number;
}
