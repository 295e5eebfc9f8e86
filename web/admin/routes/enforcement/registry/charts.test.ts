import { describe, expect, it } from 'vitest';
import { collectionsByBody, progressChartOption, ratePercent, rateStatus } from './charts.js';

describe('ratePercent and rateStatus', () => {
  it('turns the server’s fraction into a percent with one decimal', () => {
    expect(ratePercent(0.8537)).toBe(85.4);
    expect(ratePercent(1)).toBe(100);
    expect(ratePercent(null)).toBeNull();
  });

  it('is red below 60 %, green when done', () => {
    expect(rateStatus(59.9)).toBe('exception');
    expect(rateStatus(85)).toBe('normal');
    expect(rateStatus(100)).toBe('success');
  });
});

describe('collectionsByBody', () => {
  const unit = (id: string, name: string) => ({ id, name });
  it('sums one year per body, largest first, leaving out bodies with nothing', () => {
    const fees = [
      {
        orgUnit: unit('a', '区市场监管局'),
        collections: [
          { year: 2020, amountYuan: 100.1 },
          { year: 2019, amountYuan: 9999 },
        ],
      },
      { orgUnit: unit('b', '区自然资源局'), collections: [{ year: 2020, amountYuan: 500 }] },
      { orgUnit: unit('a', '区市场监管局'), collections: [{ year: 2020, amountYuan: 0.2 }] },
      { orgUnit: unit('c', '区住建局'), collections: [] },
    ];
    expect(collectionsByBody(fees, 2020)).toEqual([
      { name: '区自然资源局', amount: 500 },
      { name: '区市场监管局', amount: 100.3 },
    ]);
  });
});

describe('progressChartOption', () => {
  it('draws planned and done per body, largest plans first', () => {
    const option = progressChartOption(
      [
        { orgUnit: { name: '甲' }, plannedCount: 4, doneCount: 3 },
        { orgUnit: { name: '乙' }, plannedCount: 12, doneCount: 12 },
      ],
      { planned: '计划检查', done: '已检查' },
    ) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['乙', '甲']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['计划检查', [12, 4]],
      ['已检查', [12, 3]],
    ]);
  });
});
