import type { IsoDate } from '../../../../../common/calendar/index.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { extendClock, findClocksForSubject } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { handlingClocks } from '../../procedure.js';
import type { CaseKind } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { EnforcementCaseRow } from '../schema.js';
import { CASE_SUBJECT_TYPE, lockScopedCase } from './records.js';

/**
 * 延长办案期限: extends the running handling clock by the kind's extension, approved by a holder of
 * enforcement.approve_extension; the clock refuses an extension beyond the allowed number (penalty: +30 days
 * twice, SAMR 程序规定; licensing: +10 WD once, 行政许可法 第四十二条; coercion: +30 days once, 行政强制法 第二十五条).
 */
export async function extendHandlingPeriod(
  ctx: Ctx,
  id: string,
  input: { on?: IsoDate | null; reason: string },
): Promise<EnforcementCaseRow> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.approve_extension');
  const on = input.on ?? ctx.today;
  if (on > ctx.today) throw validationFailed([{ path: 'on', message: '批准延期的日期不能晚于今天' }]);
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockScopedCase(tx, actor, id);
    if (on < row.openedOn)
      throw validationFailed([{ path: 'on', message: `批准延期的日期不能早于立案日期（${row.openedOn}）` }]);
    const def = handlingClocks[row.kind as CaseKind];
    const clocks = await findClocksForSubject(tx, CASE_SUBJECT_TYPE, row.id);
    const handling = clocks.findLast((c) => c.clockKey === def.key && c.status !== 'stopped');
    if (!handling)
      throw ruleViolation('HANDLING_CLOCK_NOT_RUNNING', '本案办理期限已停止计算（已作出决定），无需延期');
    const extended = await extendClock(tx, ctx, handling.id, { on, reason: input.reason });
    await recordAudit(tx, ctx, {
      action: 'enforcement.case.handling_extended',
      subjectType: CASE_SUBJECT_TYPE,
      subjectId: row.id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: { handlingDueOn: handling.dueOn },
      after: { handlingDueOn: extended.dueOn },
      data: { on, reason: input.reason },
    });
    return row;
  });
}
