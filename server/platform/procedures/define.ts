import type { ClockDef } from '../clocks/define-clock.js';
import type { Procedure, ProcedureDef, ProcedureRecord, TransitionDef } from './types.js';

const CODE = /^[A-Z][A-Z0-9_]*$/;
const KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_-]*)+$/;

/**
 * Declares a statutory procedure once, as data: states, transitions, who may fire each, gates, clocks and
 * legal basis. A malformed declaration fails when the module loads, not when a user first clicks.
 */
export function defineProcedure<
  R extends ProcedureRecord,
  F extends object,
  const S extends string,
  const T extends Record<string, TransitionDef<R, F, S>>,
>(def: ProcedureDef<R, F, S, T>): Procedure<R, F, S, T> {
  const problems = procedureProblems(def);
  if (problems.length > 0) {
    throw new Error(`Procedure ${def.key} is malformed:\n- ${problems.join('\n- ')}`);
  }
  return Object.freeze({ ...def });
}

function procedureProblems<R, F extends object, S extends string>(
  def: ProcedureDef<R, F, S, Record<string, TransitionDef<R, F, S>>>,
): string[] {
  const problems: string[] = [];
  if (!KEY.test(def.key)) problems.push(`key "${def.key}" must look like <module>.<entity>`);
  const states = new Set(Object.keys(def.states));
  if (states.size === 0) problems.push('no states declared');
  const transitions = Object.entries(def.transitions);
  if (transitions.length === 0) problems.push('no transitions declared');
  for (const [key, t] of transitions) {
    const at = `transition ${key}`;
    if (t.from.length === 0) problems.push(`${at}: empty "from"`);
    for (const s of t.from) if (!states.has(s)) problems.push(`${at}: unknown from-state "${s}"`);
    if (!states.has(t.to)) problems.push(`${at}: unknown to-state "${t.to}"`);
    if (!t.permission) problems.push(`${at}: no permission`);
    for (const gate of t.gates ?? []) {
      if (!CODE.test(gate.code)) problems.push(`${at}: gate code "${gate.code}" must be UPPER_SNAKE`);
    }
    for (const s of t.from) {
      if (def.states[s as S]?.final) problems.push(`${at}: leaves final state "${s}"`);
    }
  }
  return problems;
}

/** The key of a clock named by key or by definition. */
export function clockKeyOf(clock: string | ClockDef): string {
  return typeof clock === 'string' ? clock : clock.key;
}

/** The audit action a transition records (`<module>.<entity>.<past tense>` when the transition declares it). */
export function auditActionOf(
  procedure: { key: string },
  transitionKey: string,
  t: { auditAction?: string },
) {
  return t.auditAction ?? `${procedure.key}.${transitionKey}`;
}

/** Every audit action a procedure's transitions record, for its module's manifest. */
export function procedureAuditActions(procedure: {
  key: string;
  transitions: Readonly<Record<string, { label: unknown; auditAction?: string }>>;
}): string[] {
  return Object.entries(procedure.transitions).map(([key, t]) => auditActionOf(procedure, key, t));
}
