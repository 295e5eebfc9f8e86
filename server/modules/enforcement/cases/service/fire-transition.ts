import { eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type {
  CaseTransition,
  CaseTransitionBodies,
} from '../../../../../common/contracts/enforcement/cases.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { procedureService } from '../../../../platform/procedures/index.js';
import { caseProcedure } from '../../procedure.js';
import { type EnforcementCaseRow, enforcementCases } from '../schema.js';
import { caseFacts } from './facts.js';
import { syncHandlingClock } from './handling-pause.js';
import { type CaseRecord, lastStepOn, lockScopedCase, toRecord } from './records.js';
import { WRITERS, type Writer } from './writers.js';

/** The step day: given or today; never in the future, never before 立案 or the case's latest step. */
function stepDayOf(row: EnforcementCaseRow, on: IsoDate, today: IsoDate): IsoDate {
  if (on > today) throw validationFailed([{ path: 'on', message: '办理日期不能晚于今天' }]);
  if (on < row.openedOn)
    throw validationFailed([{ path: 'on', message: `办理日期不能早于立案日期（${row.openedOn}）` }]);
  const last = lastStepOn(row);
  if (on < last)
    throw validationFailed([{ path: 'on', message: `办理日期不能早于本案上一办理步骤的日期（${last}）` }]);
  return on;
}

/**
 * Moves a case along its statutory procedure (告知, 听证, 法制审核, 集体讨论, 决定, 送达, 执行, 结案). The form's
 * `on` is the day the step took legal effect (default today); gates and clocks read it.
 */
export const caseTransitions = procedureService({
  procedure: caseProcedure,
  async lock(tx, ctx, actor, id, step): Promise<CaseRecord> {
    const row = await lockScopedCase(tx, actor, id);
    return toRecord(row, stepDayOf(row, step.input.on ?? ctx.today, ctx.today));
  },
  facts: caseFacts,
  async write(tx, ctx, { record, to, step, facts }) {
    const writer = WRITERS[step.transition] as Writer<CaseTransition>;
    const set = await writer(tx, ctx, record, step.input as never, facts);
    return save(tx, ctx, record, { ...set, state: to });
  },
});

/** Fires one transition of a case and returns the updated row (demo, import, tests). */
export async function fireCaseTransition<K extends CaseTransition>(
  ctx: Ctx,
  id: string,
  transition: K,
  body: CaseTransitionBodies[K] | unknown = {},
): Promise<EnforcementCaseRow> {
  return (await caseTransitions.fire(ctx, id, transition, body)).row;
}

async function save(
  tx: Tx,
  ctx: Ctx,
  record: CaseRecord,
  set: Partial<EnforcementCaseRow>,
): Promise<CaseRecord> {
  const [row] = await tx
    .update(enforcementCases)
    .set({ ...set, version: record.row.version + 1, updatedAt: ctx.now })
    .where(eq(enforcementCases.id, record.id))
    .returning();
  // A requested hearing pauses the handling clock until it is held (time not counted: rules/periods.ts).
  await syncHandlingClock(tx, ctx, row!, record.stepOn);
  return toRecord(row!, record.stepOn);
}
