import {
  civilOf,
  type DayNumber,
  dayNumberOf,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
} from './dates.js';
import type { WorkCalendar } from './work-calendar.js';

/** How a statutory period is written: 工作日, 日 (calendar days, 自然日) or 月. */
export type DurationUnit = 'working_days' | 'calendar_days' | 'months';
export const DURATION_UNITS: readonly DurationUnit[] = ['working_days', 'calendar_days', 'months'];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`A period length must be a whole number ≥ 0, got ${n}`);
}

/** The n-th working day after `from` (the start day is not counted; n = 0 gives `from`). */
export function addWorkingDaysN(cal: WorkCalendar, from: DayNumber, n: number): DayNumber {
  let day = from;
  let left = n;
  while (left > 0) {
    day += 1;
    if (cal.isWorkingDayNumber(day)) left -= 1;
  }
  return day;
}

// Basis: 民法典 第二百零三条, 民事诉讼法 第八十五条 — a last day on a 法定休假日 moves to the next day after it.
// Reading: weekends count as 法定休假日, 调休上班日 do not (docs/decisions/0002-counting-days.md).
export function rollToWorkingDayN(cal: WorkCalendar, day: DayNumber): DayNumber {
  let d = day;
  while (!cal.isWorkingDayNumber(d)) d += 1;
  return d;
}

/** The last day of `from` + n months before the holiday roll; `clipped` when the month had no such day. */
export function addMonthsNominalN(from: DayNumber, n: number): { day: DayNumber; clipped: boolean } {
  const [y, m, d] = civilOf(from);
  const total = m - 1 + n;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = daysInMonth(year, month);
  // Basis: 民法典 第二百零二条 — the corresponding day of the final month, or its last day if there is none.
  return { day: dayNumberOf(year, month, Math.min(d, last)), clipped: d > last };
}

/** The n-th working day after `from`: 政府信息公开条例-style "N个工作日", the start day not counted. */
export function addWorkingDays(cal: WorkCalendar, from: IsoDate, n: number): IsoDate {
  assertCount(n);
  return fromDayNumber(addWorkingDaysN(cal, toDayNumber(from), n));
}

/**
 * A period of n calendar days (日) after `from`: the start day is not counted (民法典 第二百零一条) and a last
 * day on a holiday or weekend moves to the next working day (民法典 第二百零三条, 民事诉讼法 第八十五条).
 */
export function addCalendarDays(cal: WorkCalendar, from: IsoDate, n: number): IsoDate {
  assertCount(n);
  const start = toDayNumber(from);
  return fromDayNumber(n === 0 ? start : rollToWorkingDayN(cal, start + n));
}

/** A period of n months (月) after `from`: corresponding day or month end (民法典 第二百零二条), then the roll. */
export function addMonths(cal: WorkCalendar, from: IsoDate, n: number): IsoDate {
  assertCount(n);
  const start = toDayNumber(from);
  return fromDayNumber(n === 0 ? start : rollToWorkingDayN(cal, addMonthsNominalN(start, n).day));
}

/** Working days d with from < d ≤ to (negative, counted the other way, when `to` is before `from`). */
export function countWorkingDaysBetweenN(cal: WorkCalendar, from: DayNumber, to: DayNumber): number {
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d += 1) if (cal.isWorkingDayNumber(d)) count += 1;
  return sign * count;
}

/** Working days after `from` up to and including `to`: "还剩N个工作日" when `from` is today. */
export function countWorkingDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  return countWorkingDaysBetweenN(cal, toDayNumber(from), toDayNumber(to));
}
