export {
  invalidateCalendarCache,
  loadCalendar,
  loadStrictCalendar,
  readCalendarData,
} from './calendar-store.js';
export {
  type CalendarYearDetail,
  type CalendarYearSummary,
  findCalendarYears,
  getCalendarYear,
} from './calendar-years.js';
export { calendarCli } from './cli.js';
export {
  CalendarFileError,
  type CalendarYearInput,
  parseHolidayFile,
  parseHolidayYear,
  readBundledHolidays,
} from './holiday-file.js';
export {
  ensureCalendarSeeded,
  type LoadedYear,
  loadCalendarYear,
  loadCalendarYearAsOperator,
} from './load-year.js';
export { calendarPermissions } from './policy.js';
export { calendarRoutes } from './routes.js';
