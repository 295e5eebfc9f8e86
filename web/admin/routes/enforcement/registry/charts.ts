import type { EChartsCoreOption } from '../../../../common/echarts.js';

/** The server's completion rate (a fraction, 0.8537) as a percent with one decimal (85.4); null stays null. */
export function ratePercent(rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  return Math.round(rate * 1000) / 10;
}

/** The progress bar's state: red below 60 %, green when the plan is done, blue in between. */
export function rateStatus(percent: number): 'exception' | 'normal' | 'success' {
  if (percent < 60) return 'exception';
  return percent < 100 ? 'normal' : 'success';
}

interface CollectionsOf {
  orgUnit: { id: string; name: string };
  collections: readonly { year: number; amountYuan: number }[];
}

/** Amounts collected in `year`, summed per body, largest first (bodies with nothing collected left out). */
export function collectionsByBody(fees: readonly CollectionsOf[], year: number) {
  const totals = new Map<string, { name: string; amount: number }>();
  for (const fee of fees) {
    const amount = fee.collections.filter((c) => c.year === year).reduce((sum, c) => sum + c.amountYuan, 0);
    if (amount <= 0) continue;
    const entry = totals.get(fee.orgUnit.id) ?? { name: fee.orgUnit.name, amount: 0 };
    entry.amount += amount;
    totals.set(fee.orgUnit.id, entry);
  }
  return [...totals.values()]
    .map((e) => ({ name: e.name, amount: Math.round(e.amount * 100) / 100 }))
    .sort((a, b) => b.amount - a.amount);
}

const GRID = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
const AXIS_LABEL = { interval: 0, rotate: 30, width: 90, overflow: 'truncate' };

/** A bar per body of what it collected that year (yuan). */
export function collectionsChartOption(
  rows: readonly { name: string; amount: number }[],
  seriesName: string,
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: GRID,
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value' },
    series: [
      { name: seriesName, type: 'bar', data: rows.map((r) => r.amount), itemStyle: { color: '#1677ff' } },
    ],
  };
}

interface ProgressLike {
  orgUnit: { name: string };
  plannedCount: number;
  doneCount: number;
}

/** Planned against done per body, bodies with the largest plans first. */
export function progressChartOption(
  rows: readonly ProgressLike[],
  names: { planned: string; done: string },
): EChartsCoreOption {
  const sorted = [...rows].sort((a, b) => b.plannedCount - a.plannedCount);
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [names.planned, names.done] },
    grid: GRID,
    xAxis: { type: 'category', data: sorted.map((r) => r.orgUnit.name), axisLabel: AXIS_LABEL },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: names.planned,
        type: 'bar',
        data: sorted.map((r) => r.plannedCount),
        itemStyle: { color: '#bfbfbf' },
      },
      {
        name: names.done,
        type: 'bar',
        data: sorted.map((r) => r.doneCount),
        itemStyle: { color: '#52c41a' },
      },
    ],
  };
}
