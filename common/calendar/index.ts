export {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  countWorkingDaysBetween,
  DURATION_UNITS,
  type Duration,
  type DurationUnit,
} from './arithmetic.js';
export {
  addMonthsNominalN,
  addWorkingDaysN,
  countWorkingDaysBetweenN,
  rollToWorkingDayN,
} from './arithmetic.js';
export { computeDue, type DueInput, type DueResult } from './compute-due.js';
export {
  daysBetween,
  type DayNumber,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  isLeapYear,
  toDayNumber,
  weekdayOf,
} from './dates.js';
export {
  type CalendarProblem,
  expandHolidayYear,
  type HolidayYearEntry,
  validateCalendarYear,
} from './holiday-year.js';
export {
  type CalendarData,
  type CalendarDay,
  CalendarYearNotLoadedError,
  createWorkCalendar,
  type DayKind,
  WorkCalendar,
} from './work-calendar.js';
export {
  countPeriod,
  missingYears,
  type PeriodEnd,
  periodNotes,
  provisionalNote,
  unitPhrase,
  yearStart,
} from './period.js';
