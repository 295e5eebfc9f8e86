import { eq, sql } from 'drizzle-orm';
import type { WorkCalendar } from '../../../common/calendar/index.js';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import { clockColumns, toClockRecord } from './clock-record.js';
import { getClockDef } from './define-clock.js';
import { replayClock } from './replay-clock.js';
import { clocks } from './schema.js';
import { urgencyOf } from './urgency.js';

export interface RecomputeResult {
  /** Open clocks whose span touches the year, replayed on the new calendar. */
  recomputed: number;
  /** Of those, how many got a different due date or provisional flag. */
  changed: number;
  /** Clocks whose definition is not loaded in this process (their module is not installed). */
  skipped: string[];
}

/**
 * Replays every open clock whose count may have consulted `year` (started on or before its end and not due
 * before its start, or paused) on the new calendar. Runs in the calendar load's transaction.
 */
export async function recomputeClocksForYear(
  tx: Tx,
  ctx: Ctx,
  cal: WorkCalendar,
  year: number,
): Promise<RecomputeResult> {
  const rows = await tx
    .select(clockColumns)
    .from(clocks)
    .where(
      sql`${clocks.status} <> 'stopped' AND ${clocks.startedOn} <= ${`${year}-12-31`}
        AND (${clocks.dueOn} IS NULL OR ${clocks.dueOn} >= ${`${year}-01-01`})`,
    )
    .for('update');
  const result: RecomputeResult = { recomputed: 0, changed: 0, skipped: [] };
  for (const clock of rows.map(toClockRecord)) {
    const def = getClockDef(clock.clockKey);
    if (!def) {
      result.skipped.push(clock.id);
      continue;
    }
    const state = replayClock(def, clock.events, cal);
    result.recomputed += 1;
    if (state.dueOn !== clock.dueOn || state.provisional !== clock.isProvisional) result.changed += 1;
    await tx
      .update(clocks)
      .set({
        dueOn: state.dueOn,
        isProvisional: state.provisional,
        explanation: state.explanation,
        urgency: urgencyOf(cal, ctx.today, state),
        updatedAt: sql`now()`,
      })
      .where(eq(clocks.id, clock.id));
  }
  return result;
}
