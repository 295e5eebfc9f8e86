import { and, asc, eq, isNull } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import { HandlingPauseBody } from '../../../../../common/contracts/enforcement/cases.js';
import {
  type CaseKind,
  HANDLING_PAUSE_GROUNDS,
  type HandlingPauseGround,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { findClocksForSubject, pauseClock, resumeClock } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { type Executor, inTransaction, type Tx } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { parseInput } from '../../../../platform/procedures/index.js';
import { HANDLING_PAUSE_BASIS } from '../../rules/periods.js';
import {
  type EnforcementCaseRow,
  enforcementHandlingPauses as hp,
  type HandlingPauseRow,
} from '../schema.js';
import { isHandlingClock } from './case-clocks.js';
import { CASE_SUBJECT_TYPE, lastStepOn, lockScopedCase } from './records.js';

export type HandlingPauseForm = z.output<typeof HandlingPauseBody>;

/** One stretch of time not counted in the handling period, as the detail shows it. */
export interface HandlingPauseView {
  id: string;
  ground: HandlingPauseGround;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
  note: string | null;
}

const groundLabel = (g: HandlingPauseGround) => HANDLING_PAUSE_GROUNDS.find((x) => x.code === g)!.label;

/** The officer-recorded pauses of a case, oldest first. */
export function pausesOf(db: Executor, caseId: string): Promise<HandlingPauseRow[]> {
  return db.select().from(hp).where(eq(hp.caseId, caseId)).orderBy(asc(hp.startedOn), asc(hp.createdAt));
}

/** Every pause of a case, the hearing (request → held) included, for the detail page. */
export async function handlingPausesOf(db: Executor, row: EnforcementCaseRow): Promise<HandlingPauseView[]> {
  const recorded = (await pausesOf(db, row.id)).map((p) => ({
    id: p.id,
    ground: p.ground as HandlingPauseGround,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    note: p.note,
  }));
  if (!row.hearingRequestedOn) return recorded;
  const hearing = {
    id: row.id,
    ground: 'hearing' as const,
    startedOn: row.hearingRequestedOn,
    endedOn: row.hearingHeldOn,
    note: null,
  };
  return [...recorded, hearing].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
}

/** The grounds open on the case now: the hearing (requested, not yet held) and the officer's open pauses. */
async function openGrounds(tx: Tx, row: EnforcementCaseRow): Promise<HandlingPauseGround[]> {
  const open = await tx
    .select({ ground: hp.ground })
    .from(hp)
    .where(and(eq(hp.caseId, row.id), isNull(hp.endedOn)));
  const grounds = open.map((o) => o.ground as HandlingPauseGround);
  return row.hearingRequestedOn && !row.hearingHeldOn ? ['hearing', ...grounds] : grounds;
}

/**
 * Brings the handling clock in line with the open grounds: paused while any is open, running when none is.
 * Returns what it did, for the audit event. Basis: rules/periods.ts HANDLING_PAUSE_BASIS.
 */
export async function syncHandlingClock(
  tx: Tx,
  ctx: Ctx,
  row: EnforcementCaseRow,
  on: IsoDate,
): Promise<'paused' | 'resumed' | null> {
  const clock = (await findClocksForSubject(tx, CASE_SUBJECT_TYPE, row.id)).findLast(
    (c) => isHandlingClock(c.clockKey) && c.status !== 'stopped',
  );
  if (!clock) return null;
  const grounds = await openGrounds(tx, row);
  if (grounds.length > 0 && clock.status === 'running') {
    await pauseClock(tx, ctx, clock.id, on, grounds.map(groundLabel).join('、'));
    return 'paused';
  }
  if (grounds.length === 0 && clock.status === 'paused') {
    await resumeClock(tx, ctx, clock.id, on);
    return 'resumed';
  }
  return null;
}

function pauseDay(ctx: Ctx, row: EnforcementCaseRow, on: IsoDate): IsoDate {
  if (on > ctx.today) throw validationFailed([{ path: 'on', message: '日期不能晚于今天' }]);
  if (on < row.openedOn)
    throw validationFailed([{ path: 'on', message: `日期不能早于立案日期（${row.openedOn}）` }]);
  if (row.decidedOn) throw ruleViolation('HANDLING_CLOCK_NOT_RUNNING', '本案已作出决定，办案期限已停止计算');
  const last = lastStepOn(row);
  if (on < last)
    throw validationFailed([{ path: 'on', message: `日期不能早于本案上一办理步骤的日期（${last}）` }]);
  return on;
}

/** Opens or closes one pause row; refuses a second open pause of the same ground, or closing none. */
async function writePause(tx: Tx, ctx: Ctx, row: EnforcementCaseRow, form: HandlingPauseForm, on: IsoDate) {
  const [open] = await tx
    .select()
    .from(hp)
    .where(and(eq(hp.caseId, row.id), eq(hp.ground, form.ground), isNull(hp.endedOn)))
    .for('update');
  const label = groundLabel(form.ground);
  if (form.action === 'end') {
    if (!open) throw ruleViolation('HANDLING_PAUSE_NOT_OPEN', `本案没有正在进行的“${label}”，无需登记结束`);
    if (on < open.startedOn)
      throw validationFailed([{ path: 'on', message: `结束日期不能早于开始日期（${open.startedOn}）` }]);
    await tx.update(hp).set({ endedOn: on }).where(eq(hp.id, open.id));
    return;
  }
  if (open)
    throw ruleViolation('HANDLING_PAUSE_ALREADY_OPEN', `“${label}”已于 ${open.startedOn} 开始，尚未登记结束`);
  await tx.insert(hp).values({
    caseId: row.id,
    districtId: row.districtId,
    orgUnitId: row.orgUnitId,
    ground: form.ground,
    startedOn: on,
    note: form.note ?? null,
    createdBy: ctx.actor?.userId ?? null,
    createdAt: ctx.now,
  });
}

/**
 * 公告 / 检测检验检疫鉴定 / 中止 begins or ends: the time between is not counted in the handling period
 * (处罚法 第六十条; 市场监督管理行政处罚程序规定 第六十四条; 行政许可法 第四十五条; 行政强制法 第二十五条).
 */
export async function recordHandlingPause(
  ctx: Ctx,
  id: string,
  input: z.input<typeof HandlingPauseBody>,
): Promise<EnforcementCaseRow> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.handle_case');
  const form = parseInput(HandlingPauseBody, input) as HandlingPauseForm;
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockScopedCase(tx, actor, id);
    const on = pauseDay(ctx, row, form.on ?? ctx.today);
    await writePause(tx, ctx, row, form, on);
    const effect = await syncHandlingClock(tx, ctx, row, on);
    await recordAudit(tx, ctx, {
      action:
        form.action === 'start' ? 'enforcement.case.handling_paused' : 'enforcement.case.handling_resumed',
      subjectType: CASE_SUBJECT_TYPE,
      subjectId: row.id,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      data: {
        ground: form.ground,
        on,
        note: form.note ?? null,
        clock: effect,
        basis: HANDLING_PAUSE_BASIS[row.kind as CaseKind],
      },
    });
    return row;
  });
}
