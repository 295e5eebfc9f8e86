import { eq, sql } from 'drizzle-orm';
import type { DayKind, IsoDate } from '../../../common/calendar/index.js';
import type { Executor } from '../db/client.js';
import { notFound } from '../errors.js';
import { calendarDays, calendarYears } from './schema.js';

export interface CalendarYearSummary {
  year: number;
  source: string;
  loadedAt: string;
  offDays: number;
  workDays: number;
}

/** The loaded years with their sources and how many 放假 / 调休上班 days each lists. */
export async function findCalendarYears(db: Executor): Promise<CalendarYearSummary[]> {
  const rows = await db.execute<{
    year: number;
    source: string;
    loaded_at: Date;
    off_days: number;
    work_days: number;
  }>(sql`
    SELECT y.year, y.source, y.loaded_at,
      count(d.day) FILTER (WHERE d.kind = 'off') AS off_days,
      count(d.day) FILTER (WHERE d.kind = 'work') AS work_days
    FROM calendar_years y LEFT JOIN calendar_days d ON d.year = y.year
    GROUP BY y.year ORDER BY y.year`);
  return rows.rows.map((r) => ({
    year: r.year,
    source: r.source,
    loadedAt: new Date(r.loaded_at).toISOString(),
    offDays: r.off_days,
    workDays: r.work_days,
  }));
}

export interface CalendarYearDetail {
  year: number;
  source: string;
  version: number;
  days: { day: IsoDate; kind: DayKind; holiday: string | null }[];
}

/** One loaded year and its exception days, or NOT_FOUND when that year's notice is not loaded. */
export async function getCalendarYear(db: Executor, year: number): Promise<CalendarYearDetail> {
  const [head] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  if (!head) throw notFound(`${year}年节假日安排`);
  const days = await db
    .select({ day: calendarDays.day, kind: calendarDays.kind, holiday: calendarDays.holiday })
    .from(calendarDays)
    .where(eq(calendarDays.year, year))
    .orderBy(calendarDays.day);
  return { year, source: head.source, version: head.version, days };
}
