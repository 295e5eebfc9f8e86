import type { LocalizedLabel } from '../../../common/i18n.js';
import type { Overview, OverviewDepartment } from './api.js';

const PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#13c2c2', '#eb2f96'];
export const DEPARTMENTS_SHOWN = 12;

type Label = (l: LocalizedLabel | undefined) => string;

/** A month's short name in the user's language: 3月, Mar. */
export function monthName(locale: string, month: number): string {
  if (locale !== 'en-US') return `${month}月`;
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
}

/** The bars of each series by month (categories: the month names, in the user's language). */
export function monthChartOption(o: Overview, label: Label, locale: string) {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 44, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: o.months.map((_, i) => monthName(locale, i + 1)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: o.series.map((s) => ({ name: label(s.label), type: 'bar', data: s.byMonth, barMaxWidth: 18 })),
  };
}

/** The departments with the most work this year, heaviest first (the chart draws them top-down). */
export function topDepartments(o: Overview, n = DEPARTMENTS_SHOWN): OverviewDepartment[] {
  const weight = (d: OverviewDepartment) => o.series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0);
  return [...o.departments]
    .filter((d) => weight(d) > 0)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, n);
}

/** Stacked horizontal bars per department, one stack part per series. */
export function departmentChartOption(o: Overview, label: Label) {
  const shown = topDepartments(o).reverse();
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((d) => d.unitName),
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: o.series.map((s) => ({
      name: label(s.label),
      type: 'bar',
      stack: 'work',
      data: shown.map((d) => d.values[s.key] ?? 0),
    })),
  };
}

/** The first and last day of month `index` (0-based) of the overview's year. */
export function monthPeriod(year: number, index: number): { from: string; to: string } {
  const mm = String(index + 1).padStart(2, '0');
  const last = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

/** Overdue share of the running clocks today, 0 when none run. */
export function overdueShare(departments: OverviewDepartment[]): {
  overdue: number;
  open: number;
  share: number;
} {
  const overdue = departments.reduce((a, d) => a + d.overdue, 0);
  const open = departments.reduce((a, d) => a + d.open, 0);
  return { overdue, open, share: open ? overdue / open : 0 };
}
