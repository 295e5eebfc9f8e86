import { type SQL, sql } from 'drizzle-orm';
import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../common/calendar/index.js';
import { DUE_SOON_WORKING_DAYS } from '../clocks/urgency.js';
import { clocks } from '../clocks/schema.js';

/**
 * The last due date that is still "due soon" today: `urgencyOf` counts the working days after today up to
 * the due date, so a due date is due soon until the day before the (N+1)-th working day after today.
 */
export function dueSoonUntil(cal: WorkCalendar, today: IsoDate): IsoDate {
  return dayBefore(addWorkingDays(cal, today, DUE_SOON_WORKING_DAYS + 1));
}

function dayBefore(day: IsoDate): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Today's bounds of the urgency of a clock, computed once in TypeScript and compared in SQL. */
export interface UrgencyBounds {
  today: IsoDate;
  dueSoonUntil: IsoDate;
}

/** `urgencyOf` as an SQL expression on the clocks table: only running clocks with a due date are pressing. */
export function urgencySql(b: UrgencyBounds): SQL<'ok' | 'due_soon' | 'overdue'> {
  return sql<'ok' | 'due_soon' | 'overdue'>`CASE
    WHEN ${clocks.status} = 'running' AND ${clocks.dueOn} < ${b.today} THEN 'overdue'
    WHEN ${clocks.status} = 'running' AND ${clocks.dueOn} <= ${b.dueSoonUntil} THEN 'due_soon'
    ELSE 'ok' END`;
}
