import { describe, expect, it } from 'vitest';
import type { Overview } from './api.js';
import { departmentChartOption, monthPeriod, overdueShare, topDepartments } from './overview-charts.js';

function buildOverview(): Overview {
  const dept = (unitId: string, a: number, b: number, open = 0, overdue = 0) => ({
    unitId,
    unitName: `单位${unitId}`,
    values: { 'x.a': a, 'x.b': b },
    open,
    overdue,
  });
  return {
    year: 2024,
    years: [2024],
    months: Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    series: [
      {
        key: 'x.a',
        label: { 'zh-CN': 'A', 'en-US': 'A' },
        metricKey: null,
        byMonth: Array(12).fill(0),
        total: 0,
      },
      {
        key: 'x.b',
        label: { 'zh-CN': 'B', 'en-US': 'B' },
        metricKey: null,
        byMonth: Array(12).fill(0),
        total: 0,
      },
    ],
    departments: [dept('1', 1, 1, 4, 1), dept('2', 5, 0, 6, 0), dept('3', 0, 0, 10, 3), dept('4', 2, 2)],
  };
}

describe('leader overview charts', () => {
  it('shows the departments with work, heaviest at the top of the chart', () => {
    const o = buildOverview();
    expect(topDepartments(o).map((d) => d.unitId)).toEqual(['2', '4', '1']);
    const option = departmentChartOption(o, (l) => l?.['zh-CN'] ?? '');
    // echarts draws a category axis bottom-up: the heaviest last.
    expect(option.yAxis.data).toEqual(['单位1', '单位4', '单位2']);
    expect(option.series.map((s) => s.data)).toEqual([
      [1, 2, 5],
      [1, 2, 0],
    ]);
  });

  it('drills a month down to its first and last day, leap years included', () => {
    expect(monthPeriod(2024, 1)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod(2023, 11)).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('weighs the overdue share over all running clocks, not an average of units', () => {
    expect(overdueShare(buildOverview().departments)).toEqual({ overdue: 4, open: 20, share: 0.2 });
    expect(overdueShare([]).share).toBe(0);
  });
});
