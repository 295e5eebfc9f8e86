import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendar } from '../../../common/calendar/index.js';
import { readBundledHolidays } from '../calendar/holiday-file.js';
import { urgencyOf } from './urgency.js';

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

describe('urgencyOf: due soon within 3 working days, overdue the day after the due date', () => {
  it.each([
    ['2024-10-30', '2024-10-30', 'due_soon'], // due today
    ['2024-10-25', '2024-10-30', 'due_soon'], // 28, 29, 30 left
    ['2024-10-24', '2024-10-30', 'ok'], // 4 left
    ['2024-10-31', '2024-10-30', 'overdue'],
    ['2024-09-27', '2024-10-09', 'ok'], // 09-29 (make-up Sunday), 09-30, 10-08, 10-09: 4 left
    ['2024-09-28', '2024-10-08', 'due_soon'], // 3 working days across the National Day break
  ] as const)('today %s, due %s → %s', (today, dueOn, expected) => {
    expect(urgencyOf(cal, today, { status: 'running', dueOn })).toBe(expected);
  });

  it('a paused or stopped clock is never urgent', () => {
    expect(urgencyOf(cal, '2024-11-30', { status: 'paused', dueOn: null })).toBe('ok');
    expect(urgencyOf(cal, '2024-11-30', { status: 'stopped', dueOn: '2024-10-30' })).toBe('ok');
  });
});
