import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../../common/calendar/index.js';
import { averageOf, replyWorkingDays, runningSpans } from './reply-timing.js';

const file = load(readFileSync(new URL('../../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'), {
  schema: CORE_SCHEMA,
}) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});
// Received Fri 2020-09-25, concluded Mon 2020-10-12: 国庆中秋 10-01..10-08 off, Sun 09-27 and Sat 10-10 worked.
const request = { receivedOn: '2020-09-25', concludedOn: '2020-10-12' };

describe('reply working days', () => {
  it('counts the working days after receipt up to conclusion, holidays out and make-up days in', () => {
    const clock = [
      { type: 'start', on: '2020-09-25' },
      { type: 'stop', on: '2020-10-12' },
    ] as const;
    expect(replyWorkingDays(cal, request, [clock])).toBe(7);
    expect(replyWorkingDays(cal, request, [])).toBe(7);
  });

  it('leaves out the days paused for a third party (pause 09-28, resume 10-09)', () => {
    const clock = [
      { type: 'start', on: '2020-09-25' },
      { type: 'pause', on: '2020-09-28' },
      { type: 'resume', on: '2020-10-09' },
      { type: 'extend', on: '2020-10-10' },
      { type: 'stop', on: '2020-10-12' },
    ] as const;
    expect(runningSpans(clock, request.concludedOn)).toEqual([
      { from: '2020-09-25', to: '2020-09-28' },
      { from: '2020-10-09', to: '2020-10-12' },
    ]);
    expect(replyWorkingDays(cal, request, [clock])).toBe(4);
  });

  it('leaves out the correction gap: the stopped clock and the one started on the corrected application', () => {
    const first = [
      { type: 'start', on: '2020-09-25' },
      { type: 'stop', on: '2020-09-28' },
    ] as const;
    const second = [{ type: 'start', on: '2020-10-09' }] as const;
    expect(replyWorkingDays(cal, request, [first, second])).toBe(4);
  });

  it('averages to one decimal', () => {
    expect(averageOf([4, 7, 8])).toBe(6.3);
    expect(averageOf([])).toBe(0);
  });
});
