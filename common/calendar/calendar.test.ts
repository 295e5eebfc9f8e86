import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { tx } from '../text/localized.js';
import {
  CalendarYearNotLoadedError,
  addCalendarDays,
  addMonths,
  addWorkingDays,
  computeDue,
  countWorkingDaysBetween,
  createWorkCalendar,
  expandHolidayYear,
  fromDayNumber,
  type HolidayYearEntry,
  isIsoDate,
  toDayNumber,
  validateCalendarYear,
} from './index.js';

// The bundled notices, expanded the way the server loader does (without its zod shape check).
const file = load(readFileSync(new URL('../../data/calendar/holidays.yaml', import.meta.url), 'utf8'), {
  schema: CORE_SCHEMA,
}) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});

describe('dates', () => {
  it('round-trips every day 1900–2100 against Date', () => {
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const n = toDayNumber(iso);
      expect(n).toBe(t / 86_400_000);
      if (fromDayNumber(n) !== iso) expect(fromDayNumber(n)).toBe(iso);
    }
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['20240101', false],
  ])('isIsoDate(%s) = %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addWorkingDays(cal, '2023-02-29', 1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2024-01-01', -1)).toThrow(RangeError);
    expect(() => addCalendarDays(cal, '2024-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addWorkingDays: start day not counted, 放假 skipped, 调休上班日 counted', () => {
  it.each([
    // 2020 Spring Festival: make-up Sunday 01-19, break extended (COVID) to 02-02
    ['2020-01-17', 1, '2020-01-19'],
    ['2020-01-19', 1, '2020-01-20'],
    ['2020-01-23', 1, '2020-02-03'],
    ['2020-01-22', 2, '2020-02-03'],
    ['2020-01-31', 1, '2020-02-03'], // 02-01 (Sat) was a make-up day before the extension
    // 2020 National Day + Mid-autumn 10-01..08, make-up 09-27 (Sun) and 10-10 (Sat)
    ['2020-09-25', 1, '2020-09-27'],
    ['2020-09-27', 1, '2020-09-28'],
    ['2020-09-30', 1, '2020-10-09'],
    ['2020-10-09', 1, '2020-10-10'],
    ['2020-10-10', 1, '2020-10-12'],
    // 政府信息公开条例 第三十三条 example: 20 WD across National Day 2024
    ['2024-09-27', 20, '2024-10-30'],
    // 2019: 劳动节 as changed on 2019-03-22 (Sunday 04-28 worked, 05-01..04 off), 元旦 from 2018-12-30
    ['2019-04-26', 1, '2019-04-28'],
    ['2019-04-30', 1, '2019-05-05'],
    ['2018-12-28', 1, '2018-12-29'],
    ['2018-12-29', 1, '2019-01-02'],
    // 2015: the one-off 抗战胜利纪念日 break 09-03..05, Sunday 09-06 worked
    ['2015-09-02', 1, '2015-09-06'],
    // year ends
    ['2019-12-31', 1, '2020-01-02'],
    ['2024-12-31', 1, '2025-01-02'],
    ['2025-12-31', 1, '2026-01-04'], // 01-01..03 off, Sunday 01-04 worked
    ['2022-12-30', 1, '2023-01-03'], // 2022-12-31..2023-01-02 off
    // 2025–2026 Spring Festival and National Day
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2025-02-07', 1, '2025-02-08'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-10-09', 1, '2026-10-10'],
    // leap day is an ordinary working day
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', 0, '2024-03-01'],
  ])('%s + %i WD = %s', (from, n, due) => {
    expect(addWorkingDays(cal, from, n)).toBe(due);
  });
});

describe('addCalendarDays: last day on a 法定休假日 (weekends included) moves to the next working day', () => {
  it.each([
    ['2024-09-20', 15, '2024-10-08'], // ends 10-05 in the National Day break
    ['2024-03-01', 15, '2024-03-18'], // ends Saturday 03-16
    ['2020-09-12', 15, '2020-09-27'], // ends on a 调休上班日 Sunday: not a holiday, stays
    ['2020-01-09', 15, '2020-02-03'], // ends 01-24, the extended Spring Festival
    ['2023-12-16', 15, '2024-01-02'], // ends Sunday 12-31, then 元旦
    ['2024-02-14', 15, '2024-02-29'], // leap year
    ['2023-02-14', 15, '2023-03-01'],
    ['2025-08-02', 60, '2025-10-09'],
    ['2024-06-01', 0, '2024-06-01'],
  ])('%s + %i days = %s', (from, n, due) => {
    expect(addCalendarDays(cal, from, n)).toBe(due);
  });
});

describe('addMonths: corresponding day, else month end (民法典 第二百零二条), then the roll', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-03-31', 6, '2024-09-30'],
    ['2024-08-31', 1, '2024-09-30'],
    ['2025-07-01', 3, '2025-10-09'], // 10-01 in the break
    ['2024-05-31', 1, '2024-07-01'], // 06-30 is a Sunday
    ['2024-12-15', 1, '2025-01-15'],
    ['2020-07-24', 6, '2021-01-25'], // 2021-01-24 is a Sunday
  ])('%s + %i months = %s', (from, n, due) => {
    expect(addMonths(cal, from, n)).toBe(due);
  });
});

describe('countWorkingDaysBetween', () => {
  it('counts (from, to] and is the inverse of addWorkingDays', () => {
    expect(countWorkingDaysBetween(cal, '2024-09-27', '2024-10-30')).toBe(20);
    expect(countWorkingDaysBetween(cal, '2024-10-30', '2024-09-27')).toBe(-20);
    expect(countWorkingDaysBetween(cal, '2024-10-30', '2024-10-30')).toBe(0);
    for (let d = toDayNumber('2020-01-01'); d < toDayNumber('2026-12-01'); d += 13) {
      const from = fromDayNumber(d);
      expect(countWorkingDaysBetween(cal, from, addWorkingDays(cal, from, 17))).toBe(17);
    }
  });
});

describe('computeDue', () => {
  it('explains the count in words, with the holidays skipped and make-up days counted', () => {
    const due = computeDue(cal, {
      from: '2024-09-27',
      amount: 20,
      unit: 'working_days',
      basis: '《政府信息公开条例》第三十三条',
      startPhrase: '收到申请',
    });
    expect(due).toEqual({
      dueOn: '2024-10-30',
      provisional: false,
      explanation:
        '2024-10-30：自2024-09-27收到申请次日起20个工作日（不计国庆节放假日；计入调休上班日2024-09-29、2024-10-12）；依据《政府信息公开条例》第三十三条',
    });
  });

  it('explains the same count in English when asked, the basis quoted as declared', () => {
    const due = computeDue(
      cal,
      {
        from: '2024-09-27',
        amount: 20,
        unit: 'working_days',
        basis: '《政府信息公开条例》第三十三条',
        startPhrase: tx('收到申请', 'receipt of the application'),
      },
      'en-US',
    );
    expect(due.dueOn).toBe('2024-10-30');
    expect(due.explanation).toMatch(
      /^2024-10-30: 20 working days from the day after 2024-09-27 \(receipt of the application\) \(.+\); basis 《政府信息公开条例》第三十三条$/,
    );
    expect(due.explanation).not.toMatch(/[自起计不]/);
    const late = computeDue(cal, { from: '2026-12-20', amount: 20, unit: 'working_days' }, 'en-US');
    expect(late.explanation).toContain('the holidays of 2027 are not loaded yet');
    // A bilingual start phrase still reads as before in zh-CN.
    expect(
      computeDue(cal, {
        from: '2024-09-27',
        amount: 0,
        unit: 'working_days',
        startPhrase: tx('收到申请', 'x'),
      }).explanation,
    ).toBe('2024-09-27：期限为0，2024-09-27收到申请当日届满');
  });

  it('names the roll and the month end', () => {
    expect(computeDue(cal, { from: '2024-09-20', amount: 15, unit: 'calendar_days' }).explanation).toBe(
      '2024-10-08：自2024-09-20次日起15日（最后一日2024-10-05（国庆节假期）为法定休假日，顺延至2024-10-08）',
    );
    expect(computeDue(cal, { from: '2024-05-31', amount: 1, unit: 'months' }).explanation).toBe(
      '2024-07-01：自2024-05-31次日起1个月（2024年6月无对应日，以月末日2024-06-30为期间最后一日；最后一日2024-06-30（星期日）为法定休假日，顺延至2024-07-01）',
    );
  });

  it('flags a due date reaching a year without a notice as provisional (weekdays only)', () => {
    const late = computeDue(cal, { from: '2026-12-20', amount: 20, unit: 'working_days' });
    expect(late.dueOn).toBe('2027-01-15');
    expect(late.provisional).toBe(true);
    expect(late.explanation).toContain('2027年节假日安排尚未载入');
    expect(computeDue(cal, { from: '2026-11-01', amount: 20, unit: 'working_days' }).provisional).toBe(false);
    // Calendar days only consult the last day: a period ending in 2027 is provisional, one ending in 2026 not.
    expect(computeDue(cal, { from: '2026-12-25', amount: 15, unit: 'calendar_days' })).toMatchObject({
      dueOn: '2027-01-11',
      provisional: true,
    });
    expect(computeDue(cal, { from: '2012-12-10', amount: 30, unit: 'calendar_days' }).provisional).toBe(
      false,
    );
    expect(computeDue(cal, { from: '2012-12-01', amount: 20, unit: 'working_days' }).provisional).toBe(true);
    // 2013–2019 are loaded (older requests and cases imported from ledgers).
    expect(computeDue(cal, { from: '2019-12-01', amount: 20, unit: 'working_days' }).provisional).toBe(false);
  });

  it('counts Monday–Friday when no year is loaded', () => {
    const bare = createWorkCalendar({ years: [], days: [] });
    expect(computeDue(bare, { from: '2024-09-27', amount: 20, unit: 'working_days' })).toMatchObject({
      dueOn: '2024-10-25',
      provisional: true,
    });
    expect(bare.hasYear(2024)).toBe(false);
    expect(cal.hasYear(2024)).toBe(true);
  });
});

describe('validateCalendarYear', () => {
  it('names days outside the year, duplicates and weekday 调休上班日', () => {
    const problems = validateCalendarYear(2027, [
      { day: '2027-02-05', kind: 'off' },
      { day: '2026-12-31', kind: 'off' },
      { day: '2027-02-05', kind: 'off' },
      { day: '2027-02-10', kind: 'work' },
      { day: '2027-02-30', kind: 'off' },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['days.1.day', 'days.2.day', 'days.3.kind', 'days.4.day']);
  });

  it('accepts every bundled year', () => {
    for (const y of file.years) expect(expandHolidayYear(y).problems).toEqual([]);
  });
});

// Decision 0016: gates must not decide a statutory window on a Monday–Friday guess.
describe('the strict calendar', () => {
  const strict = cal.strict();

  it('answers like the normal calendar for a day of a loaded year', () => {
    expect(strict.isWorkingDay('2024-09-29')).toBe(true);
    expect(addWorkingDays(strict, '2024-09-27', 20)).toBe('2024-10-30');
    expect(addCalendarDays(strict, '2024-09-20', 15)).toBe('2024-10-08');
    expect(strict.hasYear(2024)).toBe(true);
    expect(strict.strict()).toBe(strict);
  });

  it('refuses to say whether a day of an unloaded year is a working day, naming the year', () => {
    expect(() => strict.isWorkingDay('2027-01-04')).toThrow(CalendarYearNotLoadedError);
    expect(() => addWorkingDays(strict, '2026-12-20', 20)).toThrow(
      expect.objectContaining({ year: 2027, name: 'CalendarYearNotLoadedError' }),
    );
    expect(() => addWorkingDays(strict, '2012-12-20', 20)).toThrow(
      '2012年的节假日安排尚未载入，无法确定法定期限；请协调员在“工作日历”中载入国务院办公厅通知后再办理',
    );
    // Calendar days only consult the last day (and the roll): a period ending in 2026 is answered.
    expect(addCalendarDays(strict, '2026-12-01', 15)).toBe('2026-12-16');
    expect(() => addCalendarDays(strict, '2026-12-25', 15)).toThrow(CalendarYearNotLoadedError);
  });

  it('leaves the normal calendar counting Monday–Friday provisionally', () => {
    expect(addWorkingDays(cal, '2026-12-20', 20)).toBe('2027-01-15');
  });
});
