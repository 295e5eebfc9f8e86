import { and, eq, inArray } from 'drizzle-orm';
import type { ClockRecord } from '../../../../platform/clocks/index.js';
import { type ClockView, clockViews, withUrgency } from '../../../../platform/procedures/index.js';
import { clocks } from '../../../../platform/clocks/schema.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/client.js';
import { replyClock, requestProcedure } from '../../procedure.js';

export type { ClockView };

/** Every clock of one request, oldest first (a correction leaves the first reply clock stopped). */
export async function requestClocks(db: Executor, ctx: Ctx, id: string): Promise<ClockView[]> {
  return clockViews(db, ctx.today, requestProcedure.subjectType, id);
}

/** The current reply clock of each request (the latest one started), for list badges. */
export async function replyClocksOf(db: Executor, ctx: Ctx, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, ClockView>();
  const rows = await db
    .select()
    .from(clocks)
    .where(
      and(
        eq(clocks.subjectType, requestProcedure.subjectType),
        eq(clocks.clockKey, replyClock.key),
        inArray(clocks.subjectId, [...ids]),
      ),
    )
    .orderBy(clocks.startedOn, clocks.updatedAt);
  const latest = new Map<string, ClockRecord>();
  for (const r of rows) {
    latest.set(r.subjectId, {
      ...r,
      status: r.status as ClockRecord['status'],
      urgency: r.urgency as ClockRecord['urgency'],
      events: r.events as ClockRecord['events'],
    });
  }
  const views = await withUrgency(db, ctx.today, [...latest.values()]);
  return new Map(views.map((v) => [v.subjectId, v]));
}
