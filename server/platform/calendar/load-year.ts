import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  type CalendarDay,
  createWorkCalendar,
  validateCalendarYear,
} from '../../../common/calendar/index.js';
import { recordAudit } from '../audit/index.js';
import { assertCan } from '../authz/index.js';
import { recomputeClocksForYear } from '../clocks/recompute.js';
import { type Ctx, makeCtx } from '../context.js';
import type { Db, Tx } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { validationFailed } from '../errors.js';
import { assertSeenVersion, nextVersion } from '../versions.js';
import { invalidateCalendarCache, readCalendarData } from './calendar-store.js';
import { type CalendarYearInput, readBundledHolidays } from './holiday-file.js';
import { calendarDays, calendarYears } from './schema.js';

// Loads of the calendar (seeding at start-up, the API, the CLI) are serialized on this advisory lock.
const CALENDAR_LOCK = 71_042_014;

export interface LoadedYear {
  year: number;
  recomputedClocks: number;
  /** The year's version after this load (decision 0022). */
  version: number;
}

async function yearSnapshot(tx: Tx, year: number) {
  const head = await tx.select().from(calendarYears).where(eq(calendarYears.year, year));
  if (!head[0]) return null;
  const days = await tx
    .select()
    .from(calendarDays)
    .where(eq(calendarDays.year, year))
    .orderBy(calendarDays.day);
  return { source: head[0].source, days: days.map((d) => `${d.day} ${d.kind} ${d.holiday ?? ''}`.trim()) };
}

/** Replaces one year's rows, audits it, and replays the open clocks it affects (caller's transaction). */
async function replaceCalendarYear(tx: Tx, ctx: Ctx, input: CalendarYearInput): Promise<LoadedYear> {
  const problems = validateCalendarYear(input.year, input.days);
  if (problems.length) throw validationFailed(problems, '节假日安排有误，请检查标出的日期');
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK})`);
  const before = await yearSnapshot(tx, input.year);
  // A correction is made on the year as its user saw it (the advisory lock serializes the loads).
  const [head] = await tx
    .select({ version: calendarYears.version })
    .from(calendarYears)
    .where(eq(calendarYears.year, input.year));
  assertSeenVersion(ctx, head);
  const version = nextVersion(head);
  await tx.delete(calendarDays).where(eq(calendarDays.year, input.year));
  await tx.delete(calendarYears).where(eq(calendarYears.year, input.year));
  // clock_timestamp(): every load gets a new revision, even two in one transaction.
  await tx.insert(calendarYears).values({
    year: input.year,
    source: input.source,
    loadedAt: sql`clock_timestamp()`,
    loadedBy: ctx.actor?.userId ?? null,
    version,
  });
  if (input.days.length) {
    await tx.insert(calendarDays).values(
      input.days.map((d: CalendarDay) => ({
        day: d.day,
        year: input.year,
        kind: d.kind,
        holiday: d.holiday ?? null,
      })),
    );
  }
  const after = await yearSnapshot(tx, input.year);
  await recordAudit(tx, ctx, {
    action: 'calendar.year.loaded',
    subjectType: 'calendar_year',
    subjectId: String(input.year),
    before,
    after,
  });
  const cal = createWorkCalendar(await readCalendarData(tx));
  const { recomputed } = await recomputeClocksForYear(tx, ctx, cal, input.year);
  return { year: input.year, recomputedClocks: recomputed, version };
}

/** A coordinator loads (or corrects) a year's holiday notice; open clocks reaching that year are recomputed. */
export async function loadCalendarYear(ctx: Ctx, input: CalendarYearInput): Promise<LoadedYear> {
  assertCan(ctx.actor, 'calendar.load');
  const loaded = await inTransaction(ctx.db, (tx) => replaceCalendarYear(tx, ctx, input));
  invalidateCalendarCache();
  return loaded;
}

/** The operator's path (`fazhi calendar load`, shell access to the database): audited as the system. */
export async function loadCalendarYearAsOperator(db: Db, input: CalendarYearInput): Promise<LoadedYear> {
  const ctx = makeCtx(db, null, `cli-${randomUUID()}`);
  const loaded = await inTransaction(db, (tx) => replaceCalendarYear(tx, ctx, input));
  invalidateCalendarCache();
  return loaded;
}

/**
 * Loads the bundled years (data/calendar/holidays.yaml) the database does not have yet. Idempotent; called
 * at start-up. A year already in the table is never overwritten: a coordinator's correction stands.
 */
export async function ensureCalendarSeeded(db: Db): Promise<{ loaded: number[] }> {
  const bundled = await readBundledHolidays();
  const present = async (executor: Db | Tx) =>
    new Set((await executor.select({ year: calendarYears.year }).from(calendarYears)).map((r) => r.year));
  const before = await present(db);
  if (bundled.every((y) => before.has(y.year))) return { loaded: [] };
  const ctx = makeCtx(db, null, `seed-${randomUUID()}`);
  const loaded = await inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK})`);
    const have = await present(tx);
    const missing = bundled.filter((y) => !have.has(y.year));
    for (const year of missing) await replaceCalendarYear(tx, ctx, year);
    return missing.map((y) => y.year);
  });
  invalidateCalendarCache();
  return { loaded };
}
