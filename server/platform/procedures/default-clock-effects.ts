import type { Tx } from '../db/client.js';
import { findClocksForSubject, pauseClock, resumeClock, startClock, stopClock } from '../clocks/index.js';
import type { ClockEffects, ClockRef } from './clock-effects.js';

type ClockStatus = 'running' | 'paused' | 'stopped';

/**
 * The record's clocks of one key in the given statuses. A transition that names a clock the record does
 * not have open (a record migrated mid-procedure, a stage skipped by law) has nothing to move.
 */
async function openClocks(tx: Tx, ref: ClockRef, statuses: readonly ClockStatus[]) {
  const clocks = await findClocksForSubject(tx, ref.subjectType, ref.subjectId);
  return clocks.filter((c) => c.clockKey === ref.clockKey && statuses.includes(c.status as ClockStatus));
}

/** Clock effects through platform/clocks, in the transition's transaction. */
export const defaultClockEffects: ClockEffects = {
  async start(tx, ctx, clock) {
    await startClock(tx, ctx, clock);
  },
  async pause(tx, ctx, ref) {
    for (const c of await openClocks(tx, ref, ['running']))
      await pauseClock(tx, ctx, c.id, ref.on, ref.reason);
  },
  async resume(tx, ctx, ref) {
    for (const c of await openClocks(tx, ref, ['paused']))
      await resumeClock(tx, ctx, c.id, ref.on, ref.reason);
  },
  async stop(tx, ctx, ref) {
    for (const c of await openClocks(tx, ref, ['running', 'paused']))
      await stopClock(tx, ctx, c.id, ref.on, ref.reason);
  },
};
