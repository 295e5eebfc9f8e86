import type { DueCountsOut, WorkbenchItemOut } from '../../../common/contracts/workbench.js';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../common/calendar/index.js';
import { orgScope } from '../authz/index.js';
import { loadCalendar } from '../calendar/calendar-store.js';
import { clocks } from '../clocks/schema.js';
import type { Urgency } from '../clocks/urgency.js';
import type { Actor, Ctx } from '../context.js';
import { notFound, unauthenticated } from '../errors.js';
import { orgUnits } from '../org/schema.js';
import { findReminders } from '../reminders/index.js';
import { type UrgencyBounds, dueSoonUntil, urgencySql } from './urgency-sql.js';

/** A due item of the workbench: a running clock or a module's reminder, with the unit that owns it. */
export type WorkbenchItem = WorkbenchItemOut;

export interface DueItemFilter {
  /** `attention` = overdue or due soon. */
  urgency?: Urgency | 'attention';
  /** Module key: the first segment of the clock key. */
  module?: string;
  /** An org unit: its subtree, within the actor's own scope. */
  unitId?: string;
}

export type DueCounts = DueCountsOut;

export function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Today's urgency bounds on the loaded calendar. */
export async function urgencyBounds(ctx: Ctx): Promise<UrgencyBounds> {
  const cal = await loadCalendar(ctx.db);
  return { today: ctx.today, dueSoonUntil: dueSoonUntil(cal, ctx.today) };
}

async function unitPath(ctx: Ctx, actor: Actor, unitId: string): Promise<string> {
  const [unit] = await ctx.db
    .select({ path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), eq(orgUnits.districtId, actor.districtId)));
  if (!unit) throw notFound('单位');
  return unit.path;
}

/** The clocks of the filter, never beyond the actor's data scope; stopped clocks are done. */
async function clockConditions(ctx: Ctx, actor: Actor, f: DueItemFilter, b: UrgencyBounds): Promise<SQL> {
  const parts: SQL[] = [
    sql`${clocks.status} <> 'stopped'`,
    orgScope(actor, clocks.orgUnitId, clocks.districtId),
  ];
  if (f.module) parts.push(sql`${clocks.clockKey} LIKE ${`${f.module.replaceAll('_', '\\_')}.%`}`);
  if (f.unitId) {
    const path = await unitPath(ctx, actor, f.unitId);
    parts.push(sql`${clocks.orgUnitId} IN (SELECT id FROM org_units WHERE path LIKE ${`${path}%`})`);
  }
  if (f.urgency === 'attention') parts.push(sql`${urgencySql(b)} <> 'ok'`);
  else if (f.urgency) parts.push(sql`${urgencySql(b)} = ${f.urgency}`);
  return and(...parts)!;
}

/** The names and paths of the units that own the reminders (few), by id. */
async function unitsById(ctx: Ctx, ids: string[]): Promise<Map<string, { name: string; path: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { name: r.name, path: r.path }]));
}

/** A reminder as a due item, with its unit's path (null when the source names no unit). */
export type PlacedReminder = WorkbenchItem & { unitPath: string | null };

/** The modules' reminders matching the filter, each on its unit (a unit filter keeps its subtree's). */
export async function findPlacedReminders(
  ctx: Ctx,
  actor: Actor,
  f: DueItemFilter,
): Promise<PlacedReminder[]> {
  const all = (await findReminders(ctx.db, actor, ctx.today, ctx.locale))
    .filter((r) => !f.module || r.clockKey.startsWith(`${f.module}.`))
    .filter((r) => (f.urgency === 'attention' ? r.urgency !== 'ok' : !f.urgency || r.urgency === f.urgency));
  const units = await unitsById(
    ctx,
    all.flatMap((r) => (r.orgUnitId ? [r.orgUnitId] : [])),
  );
  const path = f.unitId ? await unitPath(ctx, actor, f.unitId) : null;
  return all
    .map((r) => {
      const unit = r.orgUnitId ? units.get(r.orgUnitId) : undefined;
      return { ...r, unitName: unit?.name ?? null, unitPath: unit?.path ?? null };
    })
    .filter((r) => !path || r.unitPath?.startsWith(path));
}

async function filteredReminders(ctx: Ctx, actor: Actor, f: DueItemFilter): Promise<WorkbenchItem[]> {
  return (await findPlacedReminders(ctx, actor, f)).map(({ unitPath: _, ...item }) => item);
}

/** Counts by urgency over all the actor's running clocks (in SQL) and reminders. */
export async function countDueItems(ctx: Ctx, filter: DueItemFilter = {}): Promise<DueCounts> {
  const actor = actorOf(ctx);
  const b = await urgencyBounds(ctx);
  const rows = await ctx.db
    .select({
      urgency: urgencySql(b),
      n: sql<number>`count(*)::int`,
      paused: sql<number>`count(*) FILTER (WHERE ${clocks.status} = 'paused')::int`,
    })
    .from(clocks)
    .where(await clockConditions(ctx, actor, filter, b))
    .groupBy(sql`1`);
  const counts: DueCounts = { overdue: 0, due_soon: 0, ok: 0, paused: 0, total: 0 };
  for (const r of rows) {
    counts[r.urgency] += r.n;
    counts.paused += r.paused;
  }
  for (const r of await filteredReminders(ctx, actor, filter)) counts[r.urgency] += 1;
  counts.total = counts.overdue + counts.due_soon + counts.ok;
  return counts;
}

const RANK: Record<Urgency, number> = { overdue: 0, due_soon: 1, ok: 2 };

function byUrgencyThenDue(a: WorkbenchItem, b: WorkbenchItem): number {
  return (
    RANK[a.urgency] - RANK[b.urgency] ||
    (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') ||
    a.title.localeCompare(b.title)
  );
}

/**
 * A page of the actor's due items, most urgent first, then the earliest due date (paused last). Reminders
 * are few and merged in memory; the clocks are paged in SQL up to the end of the asked page.
 */
export async function findDueItems(
  ctx: Ctx,
  filter: DueItemFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: WorkbenchItem[]; total: number }> {
  const actor = actorOf(ctx);
  const b = await urgencyBounds(ctx);
  const end = page.page * page.pageSize;
  const where = await clockConditions(ctx, actor, filter, b);
  const urgency = urgencySql(b);
  const [rows, [count], reminders] = await Promise.all([
    ctx.db
      .select({
        id: clocks.id,
        clockKey: clocks.clockKey,
        title: clocks.title,
        subjectType: clocks.subjectType,
        subjectId: clocks.subjectId,
        status: clocks.status,
        dueOn: clocks.dueOn,
        urgency,
        explanation: clocks.explanation,
        provisional: clocks.isProvisional,
        orgUnitId: clocks.orgUnitId,
        unitName: orgUnits.name,
      })
      .from(clocks)
      .leftJoin(orgUnits, eq(orgUnits.id, clocks.orgUnitId))
      .where(where)
      .orderBy(
        sql`CASE ${urgency} WHEN 'overdue' THEN 0 WHEN 'due_soon' THEN 1 ELSE 2 END`,
        sql`${clocks.dueOn} ASC NULLS LAST`,
        clocks.title,
        clocks.id,
      )
      .limit(end),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(clocks).where(where),
    filteredReminders(ctx, actor, filter),
  ]);
  const clockItems: WorkbenchItem[] = rows.map(({ id, dueOn, ...r }) => ({
    ...r,
    clockId: id,
    dueOn: dueOn as IsoDate | null,
  }));
  const items = [...clockItems, ...reminders].sort(byUrgencyThenDue).slice(end - page.pageSize, end);
  return { items, total: (count?.n ?? 0) + reminders.length };
}
