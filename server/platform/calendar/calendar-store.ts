import { asc, sql } from 'drizzle-orm';
import { type CalendarDay, createWorkCalendar, type WorkCalendar } from '../../../common/calendar/index.js';
import type { Executor } from '../db/client.js';
import { calendarDays, calendarYears } from './schema.js';

// Keyed by database and calendar revision, so a year loaded by another process (the CLI) is seen too.
const cache = new Map<string, WorkCalendar>();
const CACHE_LIMIT = 8;

/** Identifies the loaded calendar: which database, which years, when each was (re)loaded. */
async function calendarRevision(db: Executor): Promise<string> {
  const result = await db.execute<{ rev: string }>(sql`
    SELECT current_database() || '|' || coalesce(string_agg(year || '@' || extract(epoch FROM loaded_at)::text, ','
      ORDER BY year), '') AS rev
    FROM calendar_years`);
  return result.rows[0]!.rev;
}

/** The raw rows: loaded years and their exception days. */
export async function readCalendarData(db: Executor): Promise<{ years: number[]; days: CalendarDay[] }> {
  const years = await db
    .select({ year: calendarYears.year })
    .from(calendarYears)
    .orderBy(asc(calendarYears.year));
  const days = await db
    .select({ day: calendarDays.day, kind: calendarDays.kind, holiday: calendarDays.holiday })
    .from(calendarDays)
    .orderBy(asc(calendarDays.day));
  return { years: years.map((y) => y.year), days };
}

/** The working-day calendar as loaded in the database (authoritative), cached until a year is loaded. */
export async function loadCalendar(db: Executor): Promise<WorkCalendar> {
  const revision = await calendarRevision(db);
  const hit = cache.get(revision);
  if (hit) return hit;
  const cal = createWorkCalendar(await readCalendarData(db));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(revision, cal);
  return cal;
}

/**
 * The loaded calendar in its strict form, for gates that open or close a statutory window: a day of a year
 * whose notice is not loaded throws CalendarYearNotLoadedError instead of counting Monday–Friday (0016).
 */
export async function loadStrictCalendar(db: Executor): Promise<WorkCalendar> {
  return (await loadCalendar(db)).strict();
}

/** Drops cached calendars (after a year is loaded; the revision check would also notice). */
export function invalidateCalendarCache(): void {
  cache.clear();
}
