import type { Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { type ClockView, clockViews } from '../../../../platform/procedures/index.js';
import { handlingClocks } from '../../procedure.js';
import { CASE_SUBJECT_TYPE } from './records.js';

export type CaseClockView = ClockView;

const HANDLING_KEYS: ReadonlySet<string> = new Set(Object.values(handlingClocks).map((d) => d.key));
export const isHandlingClock = (key: string) => HANDLING_KEYS.has(key);

/** Every clock of one case, oldest first: handling, hearing request, service, publication, payment … */
export function caseClocks(db: Executor, ctx: Ctx, caseId: string): Promise<CaseClockView[]> {
  return clockViews(db, ctx.today, CASE_SUBJECT_TYPE, caseId, ctx.locale);
}
