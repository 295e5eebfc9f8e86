import { zhText } from '../../../common/text/localized.js';
import { CalendarYearNotLoadedError } from '../../../common/calendar/index.js';
import { assertDeclaredAuditAction, recordAudit } from '../audit/index.js';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { assertSeenVersion } from '../versions.js';
import { preconditionReason, reasonToError, transitionOf, unmetGate } from './actions.js';
import type { ClockEffects } from './clock-effects.js';
import { defaultClockEffects } from './default-clock-effects.js';
import { auditActionOf, clockKeyOf } from './define.js';
import { calendarGapReason } from './facts.js';
import { parseInput } from './input.js';
import { findProcedureSteps, recordStep } from './steps.js';
import type {
  ClockDef,
  ClockStart,
  Procedure,
  ProcedureFacts,
  ProcedureRecord,
  TransitionDef,
  TransitionInput,
} from './types.js';

export interface ApplyTransitionArgs<
  R extends ProcedureRecord,
  F extends object,
  S extends string,
  T extends Record<string, TransitionDef<R, F, S>>,
  K extends keyof T & string,
  Rec extends R,
> {
  procedure: Procedure<R, F, S, T>;
  /** Loads the record `SELECT … FOR UPDATE`, scope-checked by the module (outside the scope: notFound()). */
  load: (tx: Tx) => Promise<Rec>;
  transition: K;
  /** The transition's form as received; parsed with the transition's zod schema. */
  input?: unknown;
  /** The form already parsed by the caller (the derived service parses once, before the lock). */
  form?: { parsed: TransitionInput<T[K]> };
  /** The facts the gates see; default the procedure's `loadFacts` (a loader given with the entry wins). */
  loadFacts?: (tx: Tx, record: Rec) => Promise<F>;
  /** Writes the new state (and whatever the form changes) and returns the updated record. */
  write: (tx: Tx, record: Rec, to: S, input: TransitionInput<T[K]>, facts: ProcedureFacts<F>) => Promise<Rec>;
  /** Where clock effects go; default platform/clocks. */
  clockEffects?: ClockEffects;
}

/**
 * Applies one transition of a procedure in one transaction: load (row lock) → state, role and scope →
 * form → gates → write → audit event → procedure step → clocks. Any refusal rolls everything back.
 */
export async function applyTransition<
  R extends ProcedureRecord,
  F extends object,
  S extends string,
  T extends Record<string, TransitionDef<R, F, S>>,
  K extends keyof T & string,
  Rec extends R,
>(ctx: Ctx, args: ApplyTransitionArgs<R, F, S, T, K, Rec>): Promise<Rec> {
  const { procedure, transition: key } = args;
  // An unknown key (e.g. from a URL) is refused before any work; `to` is one of the procedure's states.
  const t = transitionOf(procedure, key) as TransitionDef<R, F, S>;
  return inTransaction(ctx.db, async (tx) => {
    const record = await args.load(tx);
    // The user decided on the record as they saw it: a step fired on a stale view changes nothing.
    assertSeenVersion(ctx, record);
    const pre = preconditionReason(procedure, key, { actor: ctx.actor, record, locale: ctx.locale });
    if (pre) throw reasonToError(pre);
    const input = args.form ? args.form.parsed : (parseInput(t.input, args.input) as TransitionInput<T[K]>);
    const facts = await orCalendarGap(() => loadFacts(tx, procedure, record, args.loadFacts));
    const gate = unmetGate(procedure, key, record, facts);
    if (gate) throw reasonToError({ kind: 'gate', code: gate.code, message: ctx.t(gate.message) }, gate);

    // A writer that counts a statutory window on the strict calendar (e.g. the hearing notice) refuses alike.
    const updated = await orCalendarGap(() => args.write(tx, record, t.to, input, facts));
    if (updated.version !== record.version + 1) {
      throw new Error(`${procedure.key}.${key}: write must raise the version to ${record.version + 1}`);
    }
    if (updated.state !== t.to) {
      throw new Error(
        `${procedure.key}.${key}: write left the record in "${updated.state}", expected "${t.to}"`,
      );
    }
    const action = auditActionOf(procedure, key, t);
    assertDeclaredAuditAction(action);
    await recordAudit(tx, ctx, {
      action,
      subjectType: procedure.subjectType,
      subjectId: record.id,
      orgUnitId: record.orgUnitId,
      districtId: record.districtId,
      before: { state: record.state },
      after: { state: updated.state },
      data: input ?? null,
    });
    await recordStep(tx, ctx, {
      procedureKey: procedure.key,
      subjectId: record.id,
      transition: key,
      fromState: record.state,
      toState: updated.state,
      input,
      orgUnitId: record.orgUnitId,
      districtId: record.districtId,
    });
    await applyClocks(tx, ctx, args.clockEffects ?? defaultClockEffects, procedure, t, updated, input);
    return updated;
  });
}

/** Loads the facts or writes the step; asking the strict calendar about an unloaded year refuses the step. */
async function orCalendarGap<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof CalendarYearNotLoadedError) throw reasonToError(calendarGapReason(error));
    throw error;
  }
}

/** The module's facts plus the record's steps under this procedure, loaded once per transition. */
export async function loadFacts<R extends ProcedureRecord, F extends object>(
  tx: Tx,
  procedure: { key: string; loadFacts?: (tx: Tx, record: R) => Promise<F> },
  record: R,
  loader: ((tx: Tx, record: R) => Promise<F>) | undefined = procedure.loadFacts,
): Promise<ProcedureFacts<F>> {
  const steps = await findProcedureSteps(tx, procedure.key, record.id);
  const moduleFacts = loader ? await loader(tx, record) : ({} as F);
  // Copy the descriptors, not the values: a lazy fact (withLazyFacts) is computed only when a gate reads it.
  return Object.defineProperties(
    { steps },
    Object.getOwnPropertyDescriptors(moduleFacts),
  ) as ProcedureFacts<F>;
}

async function applyClocks<R extends ProcedureRecord, F extends object, S extends string>(
  tx: Tx,
  ctx: Ctx,
  effects: ClockEffects,
  procedure: Procedure<R, F, S, Record<string, TransitionDef<R, F, S>>>,
  t: TransitionDef<R, F, S>,
  record: R,
  input: unknown,
): Promise<void> {
  const clocks = t.clocks;
  if (!clocks) return;
  const on = t.effectiveOn ? t.effectiveOn(record, input, ctx) : ctx.today;
  const subject = { subjectType: procedure.subjectType, subjectId: record.id };
  const ref = (c: string | ClockDef) => ({
    ...subject,
    clockKey: clockKeyOf(c),
    on,
    reason: zhText(t.label),
  });
  // Stop and pause first: a transition that closes one stage and opens the next must not overlap them.
  for (const c of clocks.stop ?? []) await effects.stop(tx, ctx, ref(c));
  for (const c of clocks.pause ?? []) await effects.pause(tx, ctx, ref(c));
  for (const c of clocks.resume ?? []) await effects.resume(tx, ctx, ref(c));
  for (const start of clocks.start ?? []) {
    const chosen = startOf(start, record, input, ctx, on);
    if (!chosen) continue;
    await effects.start(tx, ctx, {
      ...subject,
      def: chosen.def,
      startedOn: chosen.startedOn,
      title: procedure.titleOf?.(record) ?? zhText(procedure.label),
      orgUnitId: record.orgUnitId,
      districtId: record.districtId,
      handlerUserId: procedure.handlerOf ? procedure.handlerOf(record, ctx) : (ctx.actor?.userId ?? null),
    });
  }
}

/** The clock a start entry names and its start day; null when a selecting entry picks none. */
function startOf<R>(
  start: ClockStart<R>,
  record: R,
  input: unknown,
  ctx: Ctx,
  on: string,
): { def: ClockDef; startedOn: string } | null {
  if ('select' in start) {
    const def = start.select(record, input, ctx);
    return def ? { def, startedOn: on } : null;
  }
  if ('def' in start && 'from' in start) return { def: start.def, startedOn: start.from(record, input, ctx) };
  return { def: start, startedOn: on };
}
