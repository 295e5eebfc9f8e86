import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, fromDayNumber, toDayNumber } from '../../../common/calendar/index.js';
import {
  CalendarFileError,
  parseHolidayFile,
  parseHolidayYear,
  readBundledHolidays,
} from './holiday-file.js';

describe('data/calendar/holidays.yaml', () => {
  it('holds 2013–2026 with a gov.cn source each', async () => {
    const years = await readBundledHolidays();
    expect(years.map((y) => y.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const y of years) expect(y.source).toMatch(/^https:\/\/www\.gov\.cn\//);
  });

  it('agrees with the chinese-days package on every day 2013-01-01..2026-12-31', async () => {
    const years = await readBundledHolidays();
    const cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
    const disagreements: string[] = [];
    for (let d = toDayNumber('2013-01-01'); d <= toDayNumber('2026-12-31'); d += 1) {
      const day = fromDayNumber(d);
      if (cal.isWorkingDay(day) !== isWorkday(day)) disagreements.push(day);
    }
    expect(disagreements).toEqual([]);
  });

  it('keeps the 2019 劳动节 as changed by the notice of 2019-03-22 (05-01..04 off, 04-28 and 05-05 worked)', async () => {
    const years = await readBundledHolidays();
    const cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
    const worked = ['2019-04-28', '2019-04-30', '2019-05-05', '2019-05-06'];
    const off = ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04'];
    expect(worked.map((d) => cal.isWorkingDay(d))).toEqual([true, true, true, true]);
    expect(off.map((d) => cal.isWorkingDay(d))).toEqual([false, false, false, false]);
    expect(years.find((y) => y.year === 2019)?.days.map((d) => d.day)).toContain('2019-05-04');
  });
});

describe('parseHolidayYear / parseHolidayFile', () => {
  const year = (holidays: string) =>
    `year: 2027\nsources: [https://example.gov.cn/x]\nholidays:\n${holidays}`;

  it('expands ranges into days, keeping the holiday name, and reads JSON too', () => {
    const parsed = parseHolidayYear(
      year('  - { name: 春节, off: [2027-02-06, 2027-02-08], work: [2027-02-14] }'),
    );
    expect(parsed).toEqual({
      year: 2027,
      source: 'https://example.gov.cn/x',
      days: [
        { day: '2027-02-06', kind: 'off', holiday: '春节' },
        { day: '2027-02-07', kind: 'off', holiday: '春节' },
        { day: '2027-02-08', kind: 'off', holiday: '春节' },
        { day: '2027-02-14', kind: 'work', holiday: '春节' },
      ],
    });
    const json = JSON.stringify({
      year: 2027,
      sources: ['u'],
      holidays: [{ name: '元旦', off: ['2027-01-01', '2027-01-01'] }],
    });
    expect(parseHolidayYear(json).days).toEqual([{ day: '2027-01-01', kind: 'off', holiday: '元旦' }]);
  });

  it.each([
    ['a reversed range', '  - { name: 春节, off: [2027-02-08, 2027-02-06] }', /早于开始日/],
    ['a day outside the year', '  - { name: 元旦, off: [2026-12-31, 2027-01-01] }', /不在 2027 年内/],
    [
      'a weekday make-up day',
      '  - { name: 春节, off: [2027-02-06, 2027-02-08], work: [2027-02-10] }',
      /无需标为调休上班日/,
    ],
    [
      'an overlap',
      '  - { name: 甲, off: [2027-05-01, 2027-05-03] }\n  - { name: 乙, off: [2027-05-03, 2027-05-04] }',
      /重复出现/,
    ],
    ['an impossible date', '  - { name: 甲, off: [2027-02-29, 2027-03-01] }', /YYYY-MM-DD/],
  ])('refuses %s', (_what, holidays, message) => {
    expect(() => parseHolidayYear(year(holidays))).toThrow(message);
  });

  it('refuses a year listed twice and a missing source', () => {
    const entry = (y: number) => `  - { year: ${y}, sources: [u], holidays: [] }`;
    expect(() => parseHolidayFile(`years:\n${entry(2027)}\n${entry(2027)}`)).toThrow(/2027 年重复出现/);
    expect(() => parseHolidayYear('year: 2027\nsources: []\nholidays: []')).toThrow(CalendarFileError);
  });
});
