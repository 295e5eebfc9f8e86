import { fromDayNumber, type IsoDate, isIsoDate, isWeekend, toDayNumber } from './dates.js';
import type { CalendarDay } from './work-calendar.js';

/** One year of a State Council holiday notice, as written in data/calendar/holidays.yaml. */
export interface HolidayYearEntry {
  year: number;
  notice?: string;
  sources: string[];
  holidays: { name: string; off: [IsoDate, IsoDate]; work?: IsoDate[] }[];
}

export interface CalendarProblem {
  path: string;
  message: string;
}

/** Expands the notice's ranges into one row per exception day (off ranges inclusive, weekends included). */
export function expandHolidayYear(entry: HolidayYearEntry): {
  days: CalendarDay[];
  problems: CalendarProblem[];
} {
  const days: CalendarDay[] = [];
  const problems: CalendarProblem[] = [];
  entry.holidays.forEach((h, i) => {
    const [first, last] = h.off;
    if (!isIsoDate(first) || !isIsoDate(last)) {
      problems.push({ path: `holidays.${i}.off`, message: '放假起止日期应为 YYYY-MM-DD 格式的有效日期' });
      return;
    }
    const a = toDayNumber(first);
    const b = toDayNumber(last);
    if (b < a)
      problems.push({ path: `holidays.${i}.off`, message: `放假结束日 ${last} 早于开始日 ${first}` });
    for (let d = a; d <= b; d += 1) days.push({ day: fromDayNumber(d), kind: 'off', holiday: h.name });
    for (const w of h.work ?? []) days.push({ day: w, kind: 'work', holiday: h.name });
  });
  return { days, problems: [...problems, ...validateCalendarYear(entry.year, days)] };
}

/** Checks a year's exception days: real dates, inside that year, listed once, 调休上班日 only on weekends. */
export function validateCalendarYear(year: number, days: readonly CalendarDay[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const seen = new Set<string>();
  days.forEach((d, i) => {
    const path = `days.${i}.day`;
    if (!isIsoDate(d.day)) {
      problems.push({ path, message: `${d.day} 不是 YYYY-MM-DD 格式的有效日期` });
      return;
    }
    if (Number(d.day.slice(0, 4)) !== year) problems.push({ path, message: `${d.day} 不在 ${year} 年内` });
    if (seen.has(d.day)) problems.push({ path, message: `${d.day} 重复出现` });
    seen.add(d.day);
    if (d.kind === 'work' && !isWeekend(toDayNumber(d.day))) {
      problems.push({ path: `days.${i}.kind`, message: `${d.day} 是工作日，无需标为调休上班日` });
    }
  });
  return problems;
}
