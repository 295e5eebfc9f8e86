import { eq, sql } from 'drizzle-orm';
import {
  CalendarYearNotLoadedError,
  type Duration,
  type IsoDate,
  type WorkCalendar,
} from '../../../common/calendar/index.js';
import { type AuditAction, recordAudit } from '../audit/index.js';
import { assertCan } from '../authz/index.js';
import { loadCalendar } from '../calendar/calendar-store.js';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import { AppError, ruleViolation } from '../errors.js';
import { type ClockDef, type ClockEvent, getClockDef } from './define-clock.js';
import { type ClockRecord, clockColumns, lockClock, toClockRecord } from './clock-record.js';
import { ClockRuleError, type ClockState, expiredDueOn, replayClock } from './replay-clock.js';
import { clocks } from './schema.js';
import { urgencyOf } from './urgency.js';

export interface StartClockInput {
  def: ClockDef;
  subjectType: string;
  subjectId: string;
  /** Shown in reminders, e.g. 依申请公开 2024-0012 答复期限. */
  title: string;
  orgUnitId: string;
  districtId: string;
  handlerUserId?: string | null;
  startedOn: IsoDate;
}

function registeredDef(key: string): ClockDef {
  const def = getClockDef(key);
  if (!def) throw new Error(`Clock ${key} is not declared: declare it with defineClock`);
  return def;
}

/** Runs a replay, turning a refused event into the stable error the API shows. */
function replayGuard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ClockRuleError) throw ruleViolation(error.code, error.message);
    throw error;
  }
}

function replayOrRefuse(def: ClockDef, events: ClockEvent[], cal: WorkCalendar): ClockState {
  return replayGuard(() => replayClock(def, events, cal));
}

function stateColumns(state: ClockState, ctx: Ctx, cal: WorkCalendar) {
  return {
    status: state.status,
    dueOn: state.dueOn,
    isProvisional: state.provisional,
    explanation: state.explanation,
    urgency: urgencyOf(cal, ctx.today, state),
    stoppedOn: state.stoppedOn ?? null,
  };
}

/** Starts a statutory clock on a record, inside the caller's transaction, with its audit event. */
export async function startClock(tx: Tx, ctx: Ctx, input: StartClockInput): Promise<ClockRecord> {
  const def = registeredDef(input.def.key);
  const cal = await loadCalendar(tx);
  const events: ClockEvent[] = [{ type: 'start', on: input.startedOn, ...by(ctx) }];
  const state = replayOrRefuse(def, events, cal);
  const [row] = await tx
    .insert(clocks)
    .values({
      clockKey: def.key,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      title: input.title,
      orgUnitId: input.orgUnitId,
      districtId: input.districtId,
      handlerUserId: input.handlerUserId ?? null,
      startedOn: input.startedOn,
      events,
      ...stateColumns(state, ctx, cal),
    })
    .returning(clockColumns);
  const clock = toClockRecord(row!);
  await auditClock(tx, ctx, clock, 'clocks.clock.started', null, events[0]!);
  return clock;
}

function by(ctx: Ctx): { by?: string } {
  return ctx.actor ? { by: ctx.actor.userId } : {};
}

async function auditClock(
  tx: Tx,
  ctx: Ctx,
  clock: ClockRecord,
  action: AuditAction,
  before: ClockRecord | null,
  event: ClockEvent,
): Promise<void> {
  const summary = (c: ClockRecord) => ({ status: c.status, dueOn: c.dueOn, provisional: c.isProvisional });
  await recordAudit(tx, ctx, {
    action,
    subjectType: clock.subjectType,
    subjectId: clock.subjectId,
    orgUnitId: clock.orgUnitId,
    districtId: clock.districtId,
    before: before && summary(before),
    after: summary(clock),
    data: { clockId: clock.id, clockKey: clock.clockKey, event, explanation: clock.explanation },
  });
}

/** Appends one event to a locked clock, replays it, stores the new due date and audits the change. */
async function appendEvent(
  tx: Tx,
  ctx: Ctx,
  clockId: string,
  event: ClockEvent,
  action: AuditAction,
  check?: (clock: ClockRecord, def: ClockDef, cal: WorkCalendar) => void,
): Promise<ClockRecord> {
  const before = await lockClock(tx, clockId);
  const def = registeredDef(before.clockKey);
  const cal = await loadCalendar(tx);
  check?.(before, def, cal);
  const events = [...before.events, { ...event, ...by(ctx) }];
  const state = replayOrRefuse(def, events, cal);
  const [row] = await tx
    .update(clocks)
    .set({ events, ...stateColumns(state, ctx, cal), updatedAt: sql`now()` })
    .where(eq(clocks.id, clockId))
    .returning(clockColumns);
  const after = toClockRecord(row!);
  await auditClock(tx, ctx, after, action, before, events.at(-1)!);
  return after;
}

const withReason = (reason?: string) => (reason ? { reason } : {});

/** Pauses a clock (补正, 征求第三方意见…): the days left are kept and re-added on resume. */
export function pauseClock(
  tx: Tx,
  ctx: Ctx,
  clockId: string,
  on: IsoDate,
  reason: string,
): Promise<ClockRecord> {
  return appendEvent(tx, ctx, clockId, { type: 'pause', on, reason }, 'clocks.clock.paused');
}

/** Resumes a paused clock from `on` (that day not counted) with the units it had left. */
export function resumeClock(
  tx: Tx,
  ctx: Ctx,
  clockId: string,
  on: IsoDate,
  reason?: string,
): Promise<ClockRecord> {
  return appendEvent(tx, ctx, clockId, { type: 'resume', on, ...withReason(reason) }, 'clocks.clock.resumed');
}

export interface ExtendClockInput {
  /** The day the extension was approved. */
  on: IsoDate;
  reason: string;
  /**
   * A past extension brought in by an import (a ledger's 延期 date): kept on record even when it came after
   * the due date — the replay then leaves the due date, and so the delay, as they were (decision 0016).
   */
  historical?: boolean;
  /** A further extension (ClockExtension.further): the period the approver set, and the day it was decided. */
  length?: Duration;
  decidedOn?: IsoDate;
}

/**
 * Extends a clock once more, if the law allows it, the acting officer holds the approving permission and
 * the period has not yet run out: an extension approved after the due date cannot cure the delay.
 */
export function extendClock(
  tx: Tx,
  ctx: Ctx,
  clockId: string,
  input: ExtendClockInput,
): Promise<ClockRecord> {
  const event: ClockEvent = {
    type: 'extend',
    on: input.on,
    reason: input.reason,
    ...(input.length ? { length: input.length } : {}),
    ...(input.decidedOn ? { decidedOn: input.decidedOn } : {}),
  };
  return appendEvent(tx, ctx, clockId, event, 'clocks.clock.extended', (clock, def, cal) => {
    const ext = def.extension;
    if (!ext) throw ruleViolation('EXTENSION_NOT_ALLOWED', `${def.label}依法不得延长`);
    const used = clock.events.filter((e) => e.type === 'extend').length;
    const isFurther = used >= ext.times;
    assertCan(ctx.actor, isFurther && ext.further ? ext.further.permission : ext.permission);
    if (isFurther && !ext.further) {
      throw new AppError('EXTENSION_LIMIT_REACHED', `${def.label}最多可延长${ext.times}次，已用完`);
    }
    if (!input.historical) refuseLateExtension(def, clock, input.on, cal);
  });
}

/** Is the next extension of this clock one whose length the approver sets (ClockExtension.further)? */
export function isNextExtensionFurther(def: ClockDef, extensionsUsed: number): boolean {
  return !!def.extension?.further && extensionsUsed >= def.extension.times;
}

// Basis: docs/decisions/0016-extensions-and-unloaded-calendar-years.md — 延长 lengthens a running period;
// once the period has run out there is nothing left to lengthen (政府信息公开条例 第三十三条第二款, 行政复议法
// 第六十二条, 行政许可法 第四十二条: the extension is granted within the period).
// Counted on the strict calendar: a due date in a year without its holiday notice is not guessed
// (CALENDAR_YEAR_NOT_LOADED, decision 0016).
function refuseLateExtension(def: ClockDef, clock: ClockRecord, on: IsoDate, cal: WorkCalendar): void {
  const expired = expiredOnStrictCalendar(def, clock, on, cal);
  if (expired === null) return;
  const message = `${def.label}已于${expired}届满，届满后不得批准延长（批准延期的日期${on}晚于期满日${expired}）`;
  throw new AppError('EXTENSION_AFTER_EXPIRY', message, [{ path: 'on', message }], {
    dueOn: expired,
    on,
  });
}

/**
 * The due date passed by `on`, on the strict calendar. A period whose count reaches into a later, unloaded
 * year ends after `on` whatever that year's holidays are (they only move a due date within the year): it has
 * not run out. An unloaded year up to `on`'s own cannot be judged and blocks.
 */
function expiredOnStrictCalendar(def: ClockDef, clock: ClockRecord, on: IsoDate, cal: WorkCalendar) {
  try {
    return replayGuard(() => expiredDueOn(def, clock.events, on, cal.strict()));
  } catch (error) {
    if (error instanceof CalendarYearNotLoadedError && error.year > Number(on.slice(0, 4))) return null;
    throw error;
  }
}

/** Stops a clock (the act was done, or the procedure ended); its due date stays on record. */
export function stopClock(
  tx: Tx,
  ctx: Ctx,
  clockId: string,
  on: IsoDate,
  reason?: string,
): Promise<ClockRecord> {
  return appendEvent(tx, ctx, clockId, { type: 'stop', on, ...withReason(reason) }, 'clocks.clock.stopped');
}
