import { addMonthsNominalN, addWorkingDaysN, type DurationUnit, rollToWorkingDayN } from './arithmetic.js';
import { civilOf, type DayNumber, dayNumberOf, fromDayNumber, weekdayOf, yearOf } from './dates.js';
import type { Locale } from '../text/localized.js';
import type { WorkCalendar } from './work-calendar.js';

/** One period counted from a start day: where it ends, and what the count depended on (for explanations). */
export interface PeriodEnd {
  from: DayNumber;
  amount: number;
  unit: DurationUnit;
  /** The due date (期满日). */
  due: DayNumber;
  /** The last day before the holiday roll (equal to `due` for working days). */
  nominal: DayNumber;
  /** A month period whose final month had no corresponding day (民法典 第二百零二条: month end). */
  clipped: boolean;
  /** Days whose working/non-working status the result depends on; null when none (amount 0). */
  consulted: [DayNumber, DayNumber] | null;
}

/** Counts one period after `from` (start day not counted), keeping what an explanation needs. */
export function countPeriod(
  cal: WorkCalendar,
  from: DayNumber,
  amount: number,
  unit: DurationUnit,
): PeriodEnd {
  if (amount === 0) return { from, amount, unit, due: from, nominal: from, clipped: false, consulted: null };
  if (unit === 'working_days') {
    const due = addWorkingDaysN(cal, from, amount);
    return { from, amount, unit, due, nominal: due, clipped: false, consulted: [from + 1, due] };
  }
  const { day: nominal, clipped } =
    unit === 'months' ? addMonthsNominalN(from, amount) : { day: from + amount, clipped: false };
  const due = rollToWorkingDayN(cal, nominal);
  // Calendar-day counting only asks the calendar about the last day and the days it rolls over.
  return { from, amount, unit, due, nominal, clipped, consulted: [nominal, due] };
}

/** Years in [lo, hi] whose holiday notice is not loaded: their days were counted Monday–Friday only. */
export function missingYears(cal: WorkCalendar, range: [DayNumber, DayNumber] | null): number[] {
  if (!range) return [];
  const missing: number[] = [];
  for (let y = yearOf(range[0]); y <= yearOf(range[1]); y += 1) if (!cal.hasYear(y)) missing.push(y);
  return missing;
}

/** "20个工作日" / "20 working days": a period's length in words. */
export function unitPhrase(amount: number, unit: DurationUnit, locale: Locale = 'zh-CN'): string {
  if (locale === 'en-US') {
    const noun = unit === 'working_days' ? 'working day' : unit === 'months' ? 'month' : 'day';
    return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
  }
  if (unit === 'working_days') return `${amount}个工作日`;
  return unit === 'months' ? `${amount}个月` : `${amount}日`;
}

const WEEKDAY = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The State Council notices' holiday names, as English readers know them. */
const HOLIDAY_EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  调休: 'swapped rest day',
};
/** A holiday of the notice ("国庆节、中秋节" when two fall together) in the reader's language. */
const holidayName = (name: string, locale: Locale) =>
  locale === 'en-US'
    ? name
        .split('、')
        .map((n) => HOLIDAY_EN[n] ?? n)
        .join(' and ')
    : name;

function dayLabel(cal: WorkCalendar, day: DayNumber, locale: Locale): string {
  const holiday = cal.exceptionOf(day) === 'off' ? cal.holidayOf(day) : undefined;
  if (locale === 'en-US')
    return holiday ? `${holidayName(holiday, locale)} holiday` : WEEKDAY_EN[weekdayOf(day)]!;
  return holiday ? `${holiday}假期` : WEEKDAY[weekdayOf(day)]!;
}

/** Why the due date is not simply "start + N": holidays skipped, make-up days counted, month end, roll. */
export function periodNotes(cal: WorkCalendar, p: PeriodEnd, locale: Locale = 'zh-CN'): string[] {
  const en = locale === 'en-US';
  const notes: string[] = [];
  if (p.unit === 'working_days' && p.consulted) {
    const holidays = new Set<string>();
    const makeUp: string[] = [];
    for (let d = p.consulted[0]; d <= p.consulted[1]; d += 1) {
      const kind = cal.exceptionOf(d);
      if (kind === 'off') holidays.add(holidayName(cal.holidayOf(d) ?? '调休', locale));
      else if (kind === 'work') makeUp.push(fromDayNumber(d));
    }
    const names = [...holidays];
    if (names.length)
      notes.push(en ? `${names.join(', ')} days off not counted` : `不计${names.join('、')}放假日`);
    if (makeUp.length)
      notes.push(
        en ? `make-up working days ${makeUp.join(', ')} counted` : `计入调休上班日${makeUp.join('、')}`,
      );
  }
  if (p.clipped) {
    const [y, m] = civilOf(p.nominal);
    const last = fromDayNumber(p.nominal);
    notes.push(
      en
        ? `${y}-${String(m).padStart(2, '0')} has no corresponding day: the month's last day ${last} ends the period`
        : `${y}年${m}月无对应日，以月末日${last}为期间最后一日`,
    );
  }
  if (p.due !== p.nominal) {
    const [last, label, due] = [
      fromDayNumber(p.nominal),
      dayLabel(cal, p.nominal, locale),
      fromDayNumber(p.due),
    ];
    notes.push(
      en
        ? `the last day ${last} (${label}) is a day off, so it moves to ${due}`
        : `最后一日${last}（${label}）为法定休假日，顺延至${due}`,
    );
  }
  return notes;
}

/** The note on a due date counted over a year whose holiday notice is not loaded yet. */
export function provisionalNote(years: readonly number[], locale: Locale = 'zh-CN'): string {
  if (locale === 'en-US')
    return `the holidays of ${years.join(', ')} are not loaded yet: counted Monday to Friday, a provisional date`;
  return `${years.join('、')}年节假日安排尚未载入，按周一至周五推算，为暂定日期`;
}

/** First day of a year as a day number (for "does this period touch year Y"). */
export function yearStart(year: number): DayNumber {
  return dayNumberOf(year, 1, 1);
}
