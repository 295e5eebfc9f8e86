import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { CaseKind } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import {
  type ClockDef,
  type ExtendClockInput,
  extendClock,
  findClocksForSubject,
  isNextExtensionFurther,
} from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { handlingClocks } from '../../procedure.js';
import type { EnforcementCaseRow } from '../schema.js';
import { CASE_SUBJECT_TYPE, lockScopedCase } from './records.js';

export interface ExtendHandlingInput {
  on?: IsoDate | null;
  reason: string;
  /** A further extension (penalty, after the first): the day of the collective discussion that decided it. */
  collectiveDecidedOn?: IsoDate | null;
  /** …and the period, in days, it set. */
  furtherDays?: number | null;
}

/**
 * 延长办案期限: extends the running handling clock, approved by a holder of enforcement.approve_extension. Penalty:
 * +30 days by the head, then each further extension of the period the collective discussion set (SAMR 程序规定
 * 第六十四条); licensing: +10 WD once (行政许可法 第四十二条); coercion: +30 days once (行政强制法 第二十五条).
 */
export async function extendHandlingPeriod(
  ctx: Ctx,
  id: string,
  input: ExtendHandlingInput,
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
    const used = handling.events.filter((e) => e.type === 'extend').length;
    const further = furtherExtension(def, used, on, row.openedOn, input);
    const extended = await extendClock(tx, ctx, handling.id, { on, reason: input.reason, ...further });
    await recordAudit(tx, ctx, {
      action: 'enforcement.case.handling_extended',
      subjectType: CASE_SUBJECT_TYPE,
      subjectId: row.id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      before: { handlingDueOn: handling.dueOn },
      after: { handlingDueOn: extended.dueOn },
      data: { on, reason: input.reason, ...further },
    });
    return row;
  });
}

/**
 * The collective decision a further extension records, checked: required beyond the fixed extensions (the
 * kernel clock says which), refused on a fixed one whose length the law sets.
 */
function furtherExtension(
  def: ClockDef,
  used: number,
  on: IsoDate,
  openedOn: IsoDate,
  input: ExtendHandlingInput,
): Pick<ExtendClockInput, 'length' | 'decidedOn'> {
  const decidedOn = input.collectiveDecidedOn ?? null;
  const days = input.furtherDays ?? null;
  const ext = def.extension;
  if (!ext || !isNextExtensionFurther(def, used)) {
    if (decidedOn === null && days === null) return {};
    const fixed = ext ? `${ext.amount}${ext.unit === 'working_days' ? '个工作日' : '日'}` : '';
    const message = `本次延长由负责人批准、期限为法定的${fixed}，无需填写集体讨论决定的日期和延长天数`;
    throw validationFailed([{ path: decidedOn === null ? 'furtherDays' : 'collectiveDecidedOn', message }]);
  }
  // Basis: 市场监督管理行政处罚程序规定 第六十四条第一款 — 经本部门负责人集体讨论决定继续延期的，应当同时确定延长的合理期限.
  const basis = `（${def.label}已延长${used}次，继续延期须经负责人集体讨论决定并确定延长的合理期限，《市场监督管理行政处罚程序规定》第六十四条）`;
  const problems = [];
  if (decidedOn === null)
    problems.push({ path: 'collectiveDecidedOn', message: `请填写负责人集体讨论决定的日期${basis}` });
  else if (decidedOn > on || decidedOn < openedOn)
    problems.push({
      path: 'collectiveDecidedOn',
      message: `集体讨论决定的日期应在立案日期（${openedOn}）与批准延期的日期（${on}）之间`,
    });
  if (days === null) problems.push({ path: 'furtherDays', message: `请填写集体讨论决定的延长天数${basis}` });
  if (problems.length > 0) throw validationFailed(problems);
  return { length: { amount: days!, unit: ext.unit }, decidedOn: decidedOn! };
}
