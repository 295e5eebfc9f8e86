import { assertCan } from '../authz/index.js';
import type { Actor, Ctx } from '../context.js';
import type { Tx } from '../db/client.js';
import { unauthenticated } from '../errors.js';
import { CalendarYearNotLoadedError } from '../../../common/calendar/index.js';
import { availableActions, calendarBlockedActions, transitionOf } from './actions.js';
import { calendarGapReason } from './facts.js';
import { parseTransitionBody } from './forms.js';
import { applyTransition, loadFacts } from './run.js';
import type {
  AvailableAction,
  Procedure,
  ProcedureFacts,
  ProcedureRecord,
  TransitionDef,
  TransitionInput,
} from './types.js';

/** The transition being applied with its parsed form; a discriminated union, so `input` narrows by key. */
export type PendingTransition<T> = {
  [K in keyof T & string]: { transition: K; input: TransitionInput<T[K]> };
}[keyof T & string];

/** What a module declares beside its procedure so the kernel can derive the transition service. */
export interface ProcedureServiceSpec<
  R extends ProcedureRecord,
  F extends object,
  S extends string,
  T extends Record<string, TransitionDef<R, F, S>>,
  G extends F = F,
> {
  procedure: Procedure<R, F, S, T>;
  /**
   * Loads the record `SELECT … FOR UPDATE` within the actor's scope (outside: notFound()). It sees the
   * parsed form, for what the record carries of the step (e.g. the day it takes effect).
   */
  lock(tx: Tx, ctx: Ctx, actor: Actor, id: string, step: PendingTransition<T>): Promise<R>;
  /**
   * The facts the gates need beyond the steps (another table, a threshold). `step` is the transition being
   * applied, absent when listing what the user may do next. Default: the procedure's own `loadFacts`.
   */
  facts?(tx: Tx, record: R, step?: PendingTransition<T>): Promise<G>;
  /** The module's UPDATE: the new state and whatever the form changes; returns the updated record. */
  write(
    tx: Tx,
    ctx: Ctx,
    change: { record: R; to: S; step: PendingTransition<T>; facts: ProcedureFacts<G> },
  ): Promise<R>;
}

/** The transition service the kernel derives from a procedure and its module's load / facts / write. */
export interface ProcedureService<
  R extends ProcedureRecord,
  F extends object,
  S extends string,
  T extends Record<string, TransitionDef<R, F, S>>,
  G extends F = F,
> {
  readonly procedure: Procedure<R, F, S, T>;
  /** Applies a transition: role → form (parsed once) → lock in scope → state → facts → gates → write + audit. */
  fire<K extends keyof T & string>(ctx: Ctx, id: string, transition: K, body?: unknown): Promise<R>;
  /** The gates' facts for a record read outside a transition (what may I do next). */
  factsOf(tx: Tx, record: R): Promise<ProcedureFacts<G>>;
  /** Every declared transition, allowed or with the reason it is not, for this actor on this record. */
  actionsFor(ctx: Ctx, record: R): Promise<AvailableAction[]>;
}

/** Derives one transition service from a module's procedure declaration (decision 0004). */
export function procedureService<
  R extends ProcedureRecord,
  F extends object,
  S extends string,
  T extends Record<string, TransitionDef<R, F, S>>,
  G extends F = F,
>(spec: ProcedureServiceSpec<R, F, S, T, G>): ProcedureService<R, F, S, T, G> {
  const { procedure } = spec;
  // Without a loader of the entry's own, the procedure's (its facts are then F, which G defaults to).
  const loader = (step?: PendingTransition<T>) =>
    (spec.facts ? (tx: Tx, record: R) => spec.facts!(tx, record, step) : procedure.loadFacts) as
      | ((tx: Tx, record: R) => Promise<G>)
      | undefined;
  return {
    procedure,
    async fire(ctx, id, transition, body = {}) {
      const actor = ctx.actor;
      if (!actor) throw unauthenticated();
      // Who before which: a role that may never fire this transition learns nothing about the record.
      assertCan(actor, transitionOf(procedure, transition).permission);
      const input = parseTransitionBody(procedure, transition, body) as TransitionInput<T[typeof transition]>;
      const step = { transition, input } as PendingTransition<T>;
      return applyTransition(ctx, {
        procedure,
        transition,
        form: { parsed: input },
        load: (tx) => spec.lock(tx, ctx, actor, id, step),
        loadFacts: loader(step),
        write: (tx, record, to, _input, facts) =>
          spec.write(tx, ctx, { record, to, step, facts: facts as ProcedureFacts<G> }),
      });
    },
    factsOf: (tx, record) => loadFacts<R, G>(tx, { key: procedure.key }, record, loader()),
    async actionsFor(ctx, record) {
      try {
        const facts = await ctx.db.transaction((tx) => loadFacts(tx, procedure, record, loader()));
        return availableActions(procedure, { actor: ctx.actor, record, facts, locale: ctx.locale });
      } catch (error) {
        if (!(error instanceof CalendarYearNotLoadedError)) throw error;
        // The facts themselves reach an unloaded year: every action the user could otherwise take waits for it.
        return calendarBlockedActions(
          procedure,
          { actor: ctx.actor, record, locale: ctx.locale },
          calendarGapReason(error),
        );
      }
    },
  };
}
