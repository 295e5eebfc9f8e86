import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../../common/calendar/index.js';
import { groupByHoliday, monthCells, toRanges } from './year-view.js';

const off = (day: string, holiday: string): CalendarDay => ({ day, kind: 'off', holiday });
const work = (day: string, holiday: string): CalendarDay => ({ day, kind: 'work', holiday });

describe('a holiday year on screen', () => {
  it('groups days per holiday in calendar order, the December 元旦 apart from January', () => {
    const days = [
      off('2022-12-31', '元旦'),
      work('2022-01-29', '春节'),
      off('2022-01-31', '春节'),
      off('2022-01-01', '元旦'),
      off('2022-02-01', '春节'),
    ];
    const groups = groupByHoliday(days);
    expect(groups.map((g) => [g.holiday, g.off, g.work])).toEqual([
      ['元旦', ['2022-01-01'], []],
      ['春节', ['2022-01-31', '2022-02-01'], ['2022-01-29']],
      ['元旦', ['2022-12-31'], []],
    ]);
  });

  it('orders holidays by their first day off, not by an earlier make-up working day', () => {
    const days = [work('2026-09-20', '国庆节'), off('2026-10-01', '国庆节'), off('2026-09-25', '中秋节')];
    expect(groupByHoliday(days).map((g) => g.holiday)).toEqual(['中秋节', '国庆节']);
  });

  it('folds consecutive days into ranges, across a month end', () => {
    expect(toRanges(['2022-02-01', '2022-01-31', '2022-02-03'])).toEqual([
      ['2022-01-31', '2022-02-01'],
      ['2022-02-03', '2022-02-03'],
    ]);
  });

  it('lays a month out from Sunday, marking exceptions over weekends', () => {
    // 2025-10-01 is a Wednesday; 10-11 (Sat) is a make-up working day.
    const byDay = new Map([
      ['2025-10-01', off('2025-10-01', '国庆节')],
      ['2025-10-11', work('2025-10-11', '国庆节')],
    ]);
    const cells = monthCells(2025, 10, byDay);
    expect(cells.slice(0, 3)).toEqual([null, null, null]);
    expect(cells[3]).toMatchObject({ day: '2025-10-01', kind: 'off', holiday: '国庆节' });
    expect(cells.find((c) => c?.day === '2025-10-11')?.kind).toBe('work');
    expect(cells.find((c) => c?.day === '2025-10-12')?.kind).toBe('weekend');
    expect(cells.find((c) => c?.day === '2025-10-13')?.kind).toBe('weekday');
    expect(cells.filter(Boolean)).toHaveLength(31);
  });
});
