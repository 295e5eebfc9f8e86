import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import type { ClockDef } from '../clocks/define-clock.js';
import type { IsoDate } from './types.js';

/** The record a clock runs on, and whom its reminders go to. */
export interface ClockSubject {
  subjectType: string;
  subjectId: string;
  title: string;
  orgUnitId: string;
  districtId: string;
  handlerUserId: string | null;
}

/** Names one clock of a record by its key, the day of the step, and the step (for the clock's explanation). */
export interface ClockRef {
  subjectType: string;
  subjectId: string;
  clockKey: string;
  on: IsoDate;
  reason: string;
}

/**
 * The port through which a transition moves clocks, inside its transaction. The default goes to
 * platform/clocks; tests and tools may pass their own.
 */
export interface ClockEffects {
  start(tx: Tx, ctx: Ctx, clock: ClockSubject & { def: ClockDef; startedOn: IsoDate }): Promise<void>;
  pause(tx: Tx, ctx: Ctx, clock: ClockRef): Promise<void>;
  resume(tx: Tx, ctx: Ctx, clock: ClockRef): Promise<void>;
  stop(tx: Tx, ctx: Ctx, clock: ClockRef): Promise<void>;
}
