/**
 * How long a request took, in working days, counting only the days its reply clock ran: from receipt
 * (day 1 = the working day after) to conclusion, without the days paused for a third party's opinion or
 * a fee (条例 第三十三条第三款; 109号) and without the days between a correction notice and the
 * corrected application (条例 第三十条: the reply clock stops and starts over). Pure.
 * Definition: docs/decisions/0010-disclosure-table3.md.
 */
import {
  countWorkingDaysBetween,
  type IsoDate,
  type WorkCalendar,
} from '../../../../common/calendar/index.js';

export interface TimingEvent {
  type: 'start' | 'pause' | 'resume' | 'extend' | 'stop';
  on: IsoDate;
}

/** The running spans (after `from`, up to and including `to`) of one clock's events, cut at `until`. */
export function runningSpans(
  events: readonly TimingEvent[],
  until: IsoDate,
): { from: IsoDate; to: IsoDate }[] {
  const spans: { from: IsoDate; to: IsoDate }[] = [];
  let runningSince: IsoDate | null = null;
  for (const e of events) {
    if ((e.type === 'start' || e.type === 'resume') && runningSince === null) runningSince = e.on;
    else if ((e.type === 'pause' || e.type === 'stop') && runningSince !== null) {
      spans.push({ from: runningSince, to: e.on });
      runningSince = null;
    }
  }
  if (runningSince !== null) spans.push({ from: runningSince, to: until });
  return spans.map((s) => ({ from: s.from, to: s.to < until ? s.to : until })).filter((s) => s.from < s.to);
}

/**
 * Working days a request's reply clocks ran up to its conclusion. With no clock on record (an imported
 * request), every working day from receipt to conclusion counts.
 */
export function replyWorkingDays(
  cal: WorkCalendar,
  request: { receivedOn: IsoDate; concludedOn: IsoDate },
  clocks: readonly (readonly TimingEvent[])[],
): number {
  if (clocks.length === 0)
    return Math.max(0, countWorkingDaysBetween(cal, request.receivedOn, request.concludedOn));
  let days = 0;
  for (const events of clocks)
    for (const span of runningSpans(events, request.concludedOn))
      days += countWorkingDaysBetween(cal, span.from, span.to);
  return days;
}

/** The mean of a list, to one decimal (0 for an empty list). */
export function averageOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
