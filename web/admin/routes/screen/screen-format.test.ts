import { describe, expect, it } from 'vitest';
import { changeOf, formatFigure, onTimeShare, rankedDepartments, tileColumns } from './screen-format.js';

describe('the screen’s figures', () => {
  it('print a share as a percentage, money in 万元 or ¥, and a count with separators', () => {
    expect(formatFigure(0.9876, 'rate', 'zh-CN')).toBe('98.8%');
    expect(formatFigure(1_234_500, 'yuan', 'zh-CN')).toBe('123.45万元');
    expect(formatFigure(1_234_500, 'yuan', 'en-US')).toBe('¥1,234,500');
    expect(formatFigure(1590, 'count', 'zh-CN')).toBe('1,590');
  });

  it('compare with last year: a relative change for counts, percentage points for shares', () => {
    expect(changeOf({ value: 120, lastYear: 100, unit: 'count' })).toEqual({
      direction: 'up',
      text: '20.0%',
    });
    expect(changeOf({ value: 80, lastYear: 100, unit: 'yuan' })).toEqual({
      direction: 'down',
      text: '20.0%',
    });
    expect(changeOf({ value: 0.95, lastYear: 0.9, unit: 'rate' })).toEqual({
      direction: 'up',
      text: '5.0pp',
    });
    expect(changeOf({ value: 7, lastYear: 0, unit: 'count' })).toEqual({ direction: 'up', text: '—' });
    expect(changeOf({ value: 0, lastYear: 0, unit: 'count' })).toEqual({ direction: 'level', text: '0' });
  });
});

describe('the screen’s panels', () => {
  const dept = (unitId: string, open: number, overdue: number) => ({
    unitId,
    unitName: unitId,
    open,
    overdue,
    dueSoon: 0,
    onTime: open - overdue,
    rating: overdue ? ('red' as const) : ('green' as const),
  });

  it('rank the departments with work in the server’s order, up to the limit', () => {
    const ranked = rankedDepartments([dept('a', 5, 2), dept('b', 0, 0), dept('c', 3, 0), dept('d', 1, 0)], 2);
    expect(ranked.map((d) => d.unitId)).toEqual(['a', 'c']);
  });

  it('count the on-time share of open work, all on time when none is open', () => {
    expect(onTimeShare(dept('a', 4, 1))).toBe(0.75);
    expect(onTimeShare(dept('b', 0, 0))).toBe(1);
  });

  it('lay the tiles out wider than tall', () => {
    expect(tileColumns(1)).toBe(1);
    expect(tileColumns(13)).toBe(5);
    expect(tileColumns(4)).toBe(3);
  });
});
