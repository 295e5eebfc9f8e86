import { loadCalendar } from '../../../../platform/calendar/index.js';
import {
  type ClockRecord,
  findClocksForSubject,
  findLatestClocks,
  urgencyOf,
} from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { replyClock, requestProcedure } from '../../procedure.js';

/** A clock with its urgency as of today (green / amber / red in the UI). */
export interface ClockView extends ClockRecord {
  urgencyToday: string;
  extensionsUsed: number;
}

async function withUrgency(db: Executor, ctx: Ctx, list: ClockRecord[]): Promise<ClockView[]> {
  if (list.length === 0) return [];
  const cal = await loadCalendar(db);
  return list.map((c) => ({
    ...c,
    urgencyToday: c.status === 'running' ? urgencyOf(cal, ctx.today, c) : c.status,
    extensionsUsed: c.events.filter((e) => e.type === 'extend').length,
  }));
}

/** Every clock of one request, oldest first (a correction leaves the first reply clock stopped). */
export async function requestClocks(db: Executor, ctx: Ctx, id: string): Promise<ClockView[]> {
  return withUrgency(db, ctx, await findClocksForSubject(db, requestProcedure.subjectType, id));
}

/** The current reply clock of each request (the latest one started), for list badges. */
export async function replyClocksOf(db: Executor, ctx: Ctx, ids: readonly string[]) {
  const latest = await findLatestClocks(db, requestProcedure.subjectType, replyClock.key, ids);
  const views = await withUrgency(db, ctx, [...latest.values()]);
  return new Map(views.map((v) => [v.subjectId, v]));
}
