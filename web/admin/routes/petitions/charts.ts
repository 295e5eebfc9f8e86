import type { PetitionStats } from '../../../../common/contracts/petitions.js';
import type { EChartsCoreOption } from '../../../common/echarts.js';

const GRID = { left: 8, right: 16, top: 16, bottom: 8, containLabel: true };

/** A pie of the year's petitions by category (建议意见 / 检举控告 / 申诉求决). */
export function categoryPie(
  rows: PetitionStats['byCategory'],
  label: (code: string) => string,
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        center: ['50%', '44%'],
        label: { formatter: '{c}' },
        data: rows.map((r) => ({ name: label(r.code), value: r.count })),
      },
    ],
  };
}

/**
 * Bars of counts on a category axis: upright for the twelve months, lying for the channels (their names are
 * too long to stand side by side in a quarter of a 1280-px page).
 */
export function countBars(
  names: readonly string[],
  counts: readonly number[],
  series: string,
  lying = false,
): EChartsCoreOption {
  const categories = { type: 'category', data: [...names], axisLabel: { interval: 0, hideOverlap: !lying } };
  const values = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: lying ? { ...GRID, right: 28 } : GRID,
    xAxis: lying ? values : categories,
    yAxis: lying ? { ...categories, inverse: true } : values,
    series: [
      {
        name: series,
        type: 'bar',
        data: [...counts],
        itemStyle: { color: '#1677ff' },
        label: lying ? { show: true, position: 'right' } : undefined,
      },
    ],
  };
}

/** The on-time rate (%) of each of the organ's periods; a period with none ended shows no bar. */
export function onTimeBars(
  rows: PetitionStats['onTime'],
  stageLabel: (stage: string) => string,
  series: string,
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { ...GRID, right: 48 },
    // The bars carry their percentages; axis labels would crowd a quarter-page chart.
    xAxis: { type: 'value', max: 100, axisLabel: { show: false } },
    // English names are long: cut them so the bars keep their room (the tooltip shows the whole name).
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => stageLabel(r.stage)),
      axisLabel: { width: 76, overflow: 'truncate' },
    },
    series: [
      {
        name: series,
        type: 'bar',
        label: { show: true, position: 'right', formatter: '{c}%' },
        data: rows.map((r) => ({
          value: r.rate === null ? null : Math.round(r.rate * 1000) / 10,
          itemStyle: { color: r.rate !== null && r.rate < 1 ? '#fa8c16' : '#52c41a' },
        })),
      },
    ],
  };
}
