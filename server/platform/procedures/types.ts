import type { z } from 'zod';
import type { Text } from '../../../common/text/localized.js';
import type { ClockDef } from '../clocks/define-clock.js';
import type { Ctx } from '../context.js';
import type { Tx } from '../db/client.js';

export type { ClockDef };

/** A legal date, `YYYY-MM-DD` (never a `Date`). */
export type IsoDate = string;

/** What the engine needs of any record it moves: its id, current state, and where it belongs. */
export interface ProcedureRecord {
  id: string;
  state: string;
  orgUnitId: string;
  districtId: string;
  /** The row version (decision 0022): checked against the version the user saw, raised by one by each step. */
  version: number;
}

/** One applied transition, as gates and history views read it (a `procedure_steps` row). */
export interface ProcedureStep {
  id: number;
  transition: string;
  fromState: string;
  toState: string;
  actorUserId: string | null;
  occurredAt: string;
  input: unknown;
}

/** The facts a gate sees: what the module loaded, plus the record's procedural history. */
export type ProcedureFacts<F extends object = object> = F & { steps: readonly ProcedureStep[] };

/** How a gate presents itself as data (describeProcedure, the UI's explanation). */
export type GateDescription =
  | { kind: 'field'; field: string }
  | { kind: 'step'; step: string; outcome?: string }
  | { kind: 'custom' };

/**
 * A precondition of a transition that is about the record, not about who acts: data plus a pure predicate.
 * `check` is declared as a method so a gate typed for a module's own record fits that module's procedure.
 */
export interface Gate<R = ProcedureRecord, F extends object = object> {
  /** Stable error code, UPPER_SNAKE, e.g. LEGALITY_REVIEW_REQUIRED. */
  code: string;
  /** The sentence shown when the gate blocks: zh-CN, or both languages. */
  message: Text;
  basis?: string;
  describe: GateDescription;
  check(record: R, facts: ProcedureFacts<F>): boolean;
}

/**
 * A clock a transition starts: on the step's day, or on a date computed from the record and the form; or a
 * clock chosen `among` several by the record (the law in force on the day, the kind of case), or none.
 */
export type ClockStart<R> =
  | ClockDef
  | { def: ClockDef; from: (record: R, input: unknown, ctx: Ctx) => IsoDate }
  | { among: readonly ClockDef[]; select: (record: R, input: unknown, ctx: Ctx) => ClockDef | null };

/** Clocks a transition starts, pauses, resumes or stops (by clock key or definition). */
export interface TransitionClocks<R> {
  start?: readonly ClockStart<R>[];
  pause?: readonly (string | ClockDef)[];
  resume?: readonly (string | ClockDef)[];
  stop?: readonly (string | ClockDef)[];
}

export interface StateDef {
  /** zh-CN, or both languages (`tx(zh, en)`, decision 0030). */
  label: Text;
  /** A final state: no transition leaves it (informational, for describeProcedure and the UI). */
  final?: boolean;
}

export interface TransitionDef<R, F extends object, S extends string> {
  /** The step's name (a button, a history line): zh-CN, or both languages (`tx(zh, en)`, decision 0030). */
  label: Text;
  from: readonly NoInfer<S>[];
  to: NoInfer<S>;
  /** Permission key (`<module>.<capability>`) the actor's role must carry. */
  permission: string;
  gates?: readonly Gate<R, F>[];
  clocks?: TransitionClocks<R>;
  /** Legal basis, e.g. 《重大行政决策程序暂行条例》第二十五条. */
  basis?: string;
  /** The transition's form (reason, dates, outcome …); validated before any gate runs. */
  input?: z.ZodType;
  /** Audit action, `<module>.<entity>.<past tense>`; default `<procedure key>.<transition key>`. */
  auditAction?: string;
  /**
   * The day the step takes legal effect, for the clocks it pauses, resumes, stops or starts (a step
   * recorded after the fact, e.g. the day a correction request was sent); default the China date today.
   */
  effectiveOn?: (record: R, input: unknown, ctx: Ctx) => IsoDate;
}

export interface ProcedureDef<R, F extends object, S extends string, T> {
  /** `<module>.<entity>`, e.g. `powers.item`. */
  key: string;
  /** The audit subject type of the records, e.g. `power_item`. */
  subjectType: string;
  label: Text;
  states: Record<S, StateDef>;
  transitions: T;
  /** Loads what the gates need (e.g. the review outcome), once per transition, in the transaction. */
  loadFacts?: (tx: Tx, record: R) => Promise<F>;
  /** The title of the clocks this procedure starts (shown in reminders); default the procedure label. */
  titleOf?: (record: R) => string;
  /** Who handles the started clocks (reminders go to them); default the acting user. */
  handlerOf?: (record: R, ctx: Ctx) => string | null;
}

/** A validated procedure: what modules export from their `procedure.ts`. */
export type Procedure<
  R = ProcedureRecord,
  F extends object = object,
  S extends string = string,
  T extends Record<string, TransitionDef<R, F, S>> = Record<string, TransitionDef<R, F, S>>,
> = Readonly<ProcedureDef<R, F, S, T>>;

/** The parsed form of a transition: the zod output when it declares `input`, else undefined. */
export type TransitionInput<TD> = TD extends { input: infer Z extends z.ZodType } ? z.output<Z> : undefined;

/** Why a transition is not available to this user on this record now. */
export interface BlockedReason {
  kind: 'state' | 'permission' | 'scope' | 'gate';
  code: string;
  message: string;
}

export interface AvailableAction {
  key: string;
  label: string;
  to: string;
  allowed: boolean;
  reason?: BlockedReason;
}
