import type { LocalizedLabel } from '../../../common/i18n.js';
import { monthName } from '../home/overview-charts.js';
import type { Screen } from './screen-format.js';

const PALETTE = ['#4096ff', '#73d13d', '#ffc53d', '#b37feb', '#36cfc9', '#ff85c0'];
const TEXT = '#c9d6e8';
const GRID_LINE = 'rgba(201, 214, 232, 0.12)';

/** The monthly trend bars on the screen's dark ground: one series per declared overview series. */
export function trendOption(
  trends: Screen['trends'],
  label: (l: LocalizedLabel | undefined) => string,
  locale: string,
) {
  return {
    color: PALETTE,
    backgroundColor: 'transparent',
    textStyle: { color: TEXT },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll', textStyle: { color: TEXT } },
    grid: { left: 40, right: 12, top: 36, bottom: 24 },
    xAxis: {
      type: 'category',
      data: trends.months.map((_, i) => monthName(locale, i + 1)),
      axisLabel: { color: TEXT },
      axisLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: TEXT },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: trends.series.map((s) => ({
      name: label(s.label),
      type: 'bar',
      data: s.byMonth,
      barMaxWidth: 14,
    })),
  };
}
