import { countWorkingDaysBetween, type IsoDate, type WorkCalendar } from '../../../common/calendar/index.js';

export type Urgency = 'ok' | 'due_soon' | 'overdue';

/** Reminders start this many working days before the due date. */
export const DUE_SOON_WORKING_DAYS = 3;

/** How pressing a clock is today: overdue after its due date, due soon within 3 working days of it. */
export function urgencyOf(
  cal: WorkCalendar,
  today: IsoDate,
  clock: { status: string; dueOn: IsoDate | null },
): Urgency {
  if (clock.status !== 'running' || !clock.dueOn) return 'ok';
  if (today > clock.dueOn) return 'overdue';
  return countWorkingDaysBetween(cal, today, clock.dueOn) <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'ok';
}
