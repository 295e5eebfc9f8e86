import { type Locale, pickText, type Text, zhText } from '../../../common/text/localized.js';
import { can, permissionDef } from '../authz/index.js';
import type { Actor } from '../context.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { CalendarYearNotLoadedError } from '../../../common/calendar/index.js';
import { defineGate } from './gates.js';
import type {
  AvailableAction,
  BlockedReason,
  Gate,
  Procedure,
  ProcedureFacts,
  ProcedureRecord,
  TransitionDef,
} from './types.js';

/** Everything the pure checks look at: who acts, on which record, with which facts. */
export interface ActionCheck<R, F extends object> {
  actor: Actor | null;
  record: R;
  facts: ProcedureFacts<F>;
  /** Is the record within the actor's data scope? Default true (the module loaded it scope-checked). */
  isInScope?: boolean;
  /** The reader's language for labels and the reasons a button is disabled; zh-CN by default. */
  locale?: Locale;
}

/** A gate refused the transition: HTTP 409 with the gate's own stable code and zh-CN message. */
export class GateBlockedError extends AppError {
  override get status(): number {
    return 409;
  }
}

type AnyProcedure<R, F extends object> = Procedure<R, F, string, Record<string, TransitionDef<R, F, string>>>;

/** The transition declaration, or a 409 for a key the procedure does not know (e.g. from a URL). */
export function transitionOf<R, F extends object>(procedure: AnyProcedure<R, F>, key: string) {
  const t = Object.hasOwn(procedure.transitions, key) ? procedure.transitions[key] : undefined;
  if (!t) throw new AppError('TRANSITION_NOT_ALLOWED', `“${key}”不是${zhText(procedure.label)}的操作`);
  return t;
}

/** Why the transition is out of reach before any gate is asked: state (when), then role (who), then scope. */
export function preconditionReason<R extends ProcedureRecord, F extends object>(
  procedure: AnyProcedure<R, F>,
  key: string,
  check: Omit<ActionCheck<R, F>, 'facts'>,
): BlockedReason | undefined {
  const t = transitionOf(procedure, key);
  const state = check.record.state;
  const en = check.locale === 'en-US';
  const say = (text: Text) => pickText(text, check.locale ?? 'zh-CN');
  if (!t.from.includes(state)) {
    const label = say(procedure.states[state]?.label ?? state);
    const message = en
      ? `Not possible in state “${label}”: ${say(t.label)}`
      : `当前状态为“${label}”，不能${say(t.label)}`;
    return { kind: 'state', code: 'TRANSITION_NOT_ALLOWED', message };
  }
  if (!check.actor)
    return { kind: 'permission', code: 'UNAUTHENTICATED', message: en ? 'Please log in first' : '请先登录' };
  if (!can(check.actor, t.permission)) {
    const message = en
      ? `Your role may not ${say(t.label)}`
      : `您的角色无权${permissionDef(t.permission)?.label ?? say(t.label)}`;
    return { kind: 'permission', code: 'FORBIDDEN', message };
  }
  if (check.isInScope === false) {
    const message = en ? 'This record is outside your scope' : '该记录不在您的管辖范围内，不能操作';
    return { kind: 'scope', code: 'OUT_OF_SCOPE', message };
  }
  return undefined;
}

/**
 * The first gate of the transition that the record and facts do not satisfy. A gate whose statutory window
 * reaches a year without its holiday notice (the strict calendar throws) is unmet with that reason.
 */
export function unmetGate<R, F extends object>(
  procedure: AnyProcedure<R, F>,
  key: string,
  record: R,
  facts: ProcedureFacts<F>,
): Gate<R, F> | undefined {
  for (const gate of transitionOf(procedure, key).gates ?? []) {
    try {
      if (!gate.check(record, facts)) return gate;
    } catch (error) {
      if (error instanceof CalendarYearNotLoadedError) return calendarGapGate(error, gate.basis);
      throw error;
    }
  }
  return undefined;
}

// Basis: docs/decisions/0016-extensions-and-unloaded-calendar-years.md — block, never guess Monday–Friday.
function calendarGapGate<R, F extends object>(error: CalendarYearNotLoadedError, basis?: string): Gate<R, F> {
  return defineGate<R, F>({ code: error.code, message: error.message, basis, check: () => false });
}

function gateReason<R, F extends object>(gate: Gate<R, F>, locale: Locale = 'zh-CN'): BlockedReason {
  return { kind: 'gate', code: gate.code, message: pickText(gate.message, locale) };
}

/** Why this user may not fire this transition on this record now, or undefined when they may. */
export function blockedReason<R extends ProcedureRecord, F extends object>(
  procedure: AnyProcedure<R, F>,
  key: string,
  check: ActionCheck<R, F>,
): BlockedReason | undefined {
  const pre = preconditionReason(procedure, key, check);
  if (pre) return pre;
  const gate = unmetGate(procedure, key, check.record, check.facts);
  return gate ? gateReason(gate, check.locale) : undefined;
}

/**
 * "What may this user do next on this record, and why not": every declared transition, allowed or with
 * the reason it is not — the UI shows disabled buttons with that reason.
 */
export function availableActions<R extends ProcedureRecord, F extends object>(
  procedure: AnyProcedure<R, F>,
  check: ActionCheck<R, F>,
): AvailableAction[] {
  return Object.entries(procedure.transitions).map(([key, t]) => {
    const reason = blockedReason(procedure, key, check);
    const label = pickText(t.label, check.locale ?? 'zh-CN');
    return { key, label, to: t.to, allowed: !reason, ...(reason ? { reason } : {}) };
  });
}

/** Every transition when the facts could not be loaded for a calendar gap: state, role, scope, else `gap`. */
export function calendarBlockedActions<R extends ProcedureRecord, F extends object>(
  procedure: AnyProcedure<R, F>,
  check: Omit<ActionCheck<R, F>, 'facts'>,
  gap: BlockedReason,
): AvailableAction[] {
  return Object.entries(procedure.transitions).map(([key, t]) => {
    const reason = preconditionReason(procedure, key, check) ?? gap;
    return { key, label: pickText(t.label, check.locale ?? 'zh-CN'), to: t.to, allowed: false, reason };
  });
}

/** The error a blocked reason becomes when someone fires the transition anyway. */
export function reasonToError(reason: BlockedReason, gate?: { basis?: string }): AppError {
  switch (reason.kind) {
    case 'state':
      return new AppError('TRANSITION_NOT_ALLOWED', reason.message);
    case 'permission':
      return reason.code === 'UNAUTHENTICATED'
        ? new AppError('UNAUTHENTICATED', reason.message)
        : forbidden(reason.message);
    case 'scope':
      // Outside the scope a record does not exist for the actor (existence is not leaked).
      return notFound();
    case 'gate':
      return new GateBlockedError(reason.code, reason.message, undefined, {
        gate: reason.code,
        basis: gate?.basis,
      });
  }
}

/** Throws the AppError for the first reason this transition is blocked (state 409, role 403, gate 409). */
export function assertTransition<R extends ProcedureRecord, F extends object>(
  procedure: AnyProcedure<R, F>,
  key: string,
  check: ActionCheck<R, F>,
): void {
  const pre = preconditionReason(procedure, key, check);
  if (pre) throw reasonToError(pre);
  const gate = unmetGate(procedure, key, check.record, check.facts);
  if (gate) throw reasonToError(gateReason(gate), gate);
}
