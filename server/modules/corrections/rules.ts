import {
  computeDue,
  type Duration,
  type IsoDate,
  type WorkCalendar,
} from '../../../common/calendar/index.js';

/**
 * The corrective-task rules as data (docs/decisions/0043-litigation-and-corrections.md §Corrections). No
 * statute sets a rectification period for every corrected act; the nearest is the 复议意见书's 60 days, so
 * that is the configurable default. A decision with its own time limit (撤销并责令限期重作, 责令限期履行)
 * passes that day instead.
 */
export interface RectificationPeriod extends Duration {
  basis: string;
}

export const DEFAULT_RECTIFICATION_PERIOD: RectificationPeriod = {
  // Basis: 行政复议法 (2023) 第七十六条 — 收到行政复议意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送.
  amount: 60,
  unit: 'calendar_days',
  basis: '参照《行政复议法》第七十六条（六十日内报送纠正情况）',
};

/**
 * A defect on a power is "repeated" when the same power's act was corrected before within this many years
 * of the decision (local practice, no statute: the 示范指标 look at a unit's record over a term).
 */
export const REPEAT_LOOKBACK_YEARS = 3;

/** Tasks due within this many days are reminded as due soon. */
export const DUE_SOON_DAYS = 7;

/** The due date of a task: the decision's own time limit, or the default period counted from the decision. */
export function rectificationDue(
  cal: WorkCalendar,
  decidedOn: IsoDate,
  ordered: { dueOn: IsoDate; basis?: string } | null,
  period: RectificationPeriod = DEFAULT_RECTIFICATION_PERIOD,
): { dueOn: IsoDate; basis: string } {
  if (ordered) return { dueOn: ordered.dueOn, basis: ordered.basis ?? '决定书（判决书）确定的期限' };
  const due = computeDue(cal, {
    from: decidedOn,
    amount: period.amount,
    unit: period.unit,
    basis: period.basis,
    startPhrase: '作出纠错决定',
  });
  return { dueOn: due.dueOn, basis: due.explanation };
}

/** The day `years` years before `on` (the repeat look-back's start); 02-29 falls back to 02-28. */
export function yearsBefore(on: IsoDate, years: number): IsoDate {
  const year = Number(on.slice(0, 4)) - years;
  const monthDay = on.slice(5) === '02-29' ? '02-28' : on.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The task number: ZG<year>-<serial, 4 digits>. */
export function taskNumber(year: number, serial: number): string {
  return `ZG${year}-${String(serial).padStart(4, '0')}`;
}
