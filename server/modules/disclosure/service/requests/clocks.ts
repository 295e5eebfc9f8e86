import { findLatestClocks } from '../../../../platform/clocks/index.js';
import { type ClockView, clockViews, withUrgency } from '../../../../platform/procedures/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { REPLY_CLOCK_KEYS, requestProcedure } from '../../procedure.js';

export type { ClockView };

/** Every clock of one request, oldest first (a correction leaves the first reply clock stopped). */
export async function requestClocks(db: Executor, ctx: Ctx, id: string): Promise<ClockView[]> {
  return clockViews(db, ctx.today, requestProcedure.subjectType, id, ctx.locale);
}

/** The current reply clock of each request (the latest one started), for list badges. */
export async function replyClocksOf(db: Executor, ctx: Ctx, ids: readonly string[]) {
  // A request has the reply clocks of one 条例 text only (rule 14), so the two lookups never overlap.
  const found = await Promise.all(
    REPLY_CLOCK_KEYS.map((key) => findLatestClocks(db, requestProcedure.subjectType, key, ids)),
  );
  const views = await withUrgency(
    db,
    ctx.today,
    found.flatMap((latest) => [...latest.values()]),
    ctx.locale,
  );
  return new Map(views.map((v) => [v.subjectId, v]));
}
