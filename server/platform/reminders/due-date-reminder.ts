import { daysBetween, type IsoDate } from '../../../common/calendar/index.js';
import type { Text } from '../../../common/text/localized.js';
import type { Reminder } from './define-reminder-source.js';

/** A record with a due day that a source lists once it is due soon or overdue. */
export interface DueDateSubject {
  key: string;
  title: Text;
  subjectType: string;
  subjectId: string;
  orgUnitId?: string;
  dueOn: IsoDate;
  /** The explanation once the day has passed, given the days since. */
  overdue: (daysLate: number) => Text;
  /** The explanation before it, given the days left. */
  dueSoon: (daysLeft: number) => Text;
}

/** The reminder of a record due on a day (sources select only records due within their window). */
export function dueDateReminder(subject: DueDateSubject, today: IsoDate): Reminder {
  const left = daysBetween(today, subject.dueOn);
  const { overdue, dueSoon, ...rest } = subject;
  return {
    ...rest,
    urgency: left < 0 ? 'overdue' : 'due_soon',
    explanation: left < 0 ? overdue(-left) : dueSoon(left),
  };
}
