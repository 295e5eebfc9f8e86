import { loadCalendar } from '../../../../platform/calendar/index.js';
import { type ClockRecord, findClocksForSubject, urgencyOf } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { handlingClocks } from '../../procedure.js';
import { CASE_SUBJECT_TYPE } from './records.js';

/** A clock with its urgency as of today (green / amber / red in the UI) and the extensions used. */
export interface CaseClockView extends ClockRecord {
  urgencyToday: string;
  extensionsUsed: number;
}

const HANDLING_KEYS: ReadonlySet<string> = new Set(Object.values(handlingClocks).map((d) => d.key));
export const isHandlingClock = (key: string) => HANDLING_KEYS.has(key);

/** Every clock of one case, oldest first: handling, hearing request, service, publication, payment … */
export async function caseClocks(db: Executor, ctx: Ctx, caseId: string): Promise<CaseClockView[]> {
  const list = await findClocksForSubject(db, CASE_SUBJECT_TYPE, caseId);
  if (list.length === 0) return [];
  const cal = await loadCalendar(db);
  return list.map((c) => ({
    ...c,
    urgencyToday: c.status === 'running' ? urgencyOf(cal, ctx.today, c) : c.status,
    extensionsUsed: c.events.filter((e) => e.type === 'extend').length,
  }));
}
