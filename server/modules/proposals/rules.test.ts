import { beforeAll, describe, expect, it } from 'vitest';
import { computeDue, createWorkCalendar, type WorkCalendar } from '../../../common/calendar/index.js';
import { readBundledHolidays } from '../../platform/calendar/index.js';
import { answerClockFor, answerDueOn, answerRuleOn, DEFAULT_SETTINGS, returnDueOn } from './rules.js';

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

describe('the answer period: calendar months from assignment (代表法 第五十一条; 民法典 第二百零一至二百零三条)', () => {
  it.each([
    // [kind, assigned, difficult, due, why]
    ['npc', '2020-03-16', false, '2020-06-16', 'the corresponding day, a Tuesday'],
    [
      'npc',
      '2020-11-30',
      false,
      '2021-03-01',
      'no 30 February: month end 28 February, a Sunday, rolls to Monday',
    ],
    [
      'cppcc',
      '2021-07-01',
      false,
      '2021-10-08',
      '1 October falls in the National Day break: the first working day after it',
    ],
    ['npc', '2023-11-29', false, '2024-02-29', 'a leap year has its 29 February'],
    ['cppcc', '2022-11-29', false, '2023-02-28', 'no 29 February in 2023: the month end'],
    ['npc', '2020-08-31', true, '2021-03-01', 'six months: 28 February 2021 (month end), a Sunday'],
    [
      'cppcc',
      '2024-08-03',
      true,
      '2025-02-05',
      'six months end in the 2025 Spring Festival break (除夕 counted from 2025)',
    ],
    ['npc', '2025-04-30', false, '2025-07-30', 'under the 2025 text the same three months'],
  ] as const)('%s assigned %s (difficult %s) is due %s: %s', (kind, assigned, difficult, due, _why) => {
    expect(answerDueOn(cal, kind, assigned, difficult)).toBe(due);
  });

  it('runs the clock the law in force on the day of assignment gives (law by date)', () => {
    expect(answerRuleOn('npc', '2025-03-10').basis).toContain('第四十二条');
    expect(answerRuleOn('npc', '2025-03-11').basis).toContain('第五十一条');
    expect(answerClockFor('npc', '2025-03-11', true).key).toBe('proposals.answer_npc_2025_difficult');
    expect(answerClockFor('cppcc', '2020-03-16', false).length).toEqual({ amount: 3, unit: 'months' });
  });

  it('the clock and the stored due date agree, and the explanation says why', () => {
    const clock = answerClockFor('npc', '2020-11-30', false);
    const due = computeDue(cal, { from: '2020-11-30', ...clock.length, basis: clock.basis });
    expect(due.dueOn).toBe(answerDueOn(cal, 'npc', '2020-11-30', false));
    expect(due.explanation).toContain('以月末日2021-02-28为期间最后一日');
    expect(due.explanation).toContain('顺延至2021-03-01');
  });
});

describe('the return window, in working days (configurable; legal-rules §8 local windows)', () => {
  it('skips the 2020 National Day and Mid-Autumn break and counts the make-up Saturday', () => {
    expect(returnDueOn(cal, '2020-09-30', DEFAULT_SETTINGS)).toBe('2020-10-14');
  });
  it('follows the district setting', () => {
    expect(returnDueOn(cal, '2026-06-01', { ...DEFAULT_SETTINGS, returnWindowWorkingDays: 3 })).toBe(
      '2026-06-04',
    );
  });
});
