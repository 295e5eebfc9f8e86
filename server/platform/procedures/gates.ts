import type { Text } from '../../../common/text/localized.js';
import type { Gate, GateDescription, ProcedureFacts, ProcedureRecord, ProcedureStep } from './types.js';

/** Declares a gate: a stable code, the zh-CN sentence the user reads, and a pure predicate. */
export function defineGate<R = ProcedureRecord, F extends object = object>(gate: {
  code: string;
  message: Text;
  basis?: string;
  describe?: GateDescription;
  check: (record: R, facts: ProcedureFacts<F>) => boolean;
}): Gate<R, F> {
  return Object.freeze({ ...gate, describe: gate.describe ?? { kind: 'custom' as const } });
}

/** A gate with a predicate of the module's own; the same as defineGate, named for reading. */
export const custom = defineGate;

function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The record must carry a value in `field` (not null, not blank, not an empty list). */
export function requireField(
  field: string,
  message: Text,
  opts: { code?: string; basis?: string } = {},
): Gate {
  return defineGate({
    code: opts.code ?? 'FIELD_REQUIRED',
    message,
    basis: opts.basis,
    describe: { kind: 'field', field },
    check: (record) => isFilled((record as unknown as Record<string, unknown>)[field]),
  });
}

/** The latest step `transition` on this record, if any (a later step supersedes an earlier one). */
export function latestStep(steps: readonly ProcedureStep[], transition: string): ProcedureStep | undefined {
  return steps.findLast((s) => s.transition === transition);
}

/** The outcome a step recorded in its form (`input.outcome`), if any. */
export function stepOutcome(step: ProcedureStep): unknown {
  const input = step.input;
  return input && typeof input === 'object' ? (input as Record<string, unknown>).outcome : undefined;
}

/**
 * Step `stepKey` (a transition key) must have been applied to the record, and — with `outcome` — its latest
 * application must have concluded with that outcome (`input.outcome`): a review first found unlawful and
 * then, after revision, lawful passes; the reverse does not.
 */
export function requireStep(
  stepKey: string,
  opts: { outcome?: string; code?: string; message?: string; label?: string; basis?: string } = {},
): Gate {
  const what = opts.label ?? stepKey;
  return defineGate({
    code: opts.code ?? 'STEP_REQUIRED',
    message:
      opts.message ?? (opts.outcome ? `须先完成“${what}”且结论为“${opts.outcome}”` : `须先完成“${what}”`),
    basis: opts.basis,
    describe: { kind: 'step', step: stepKey, ...(opts.outcome ? { outcome: opts.outcome } : {}) },
    check: (_record, facts) => {
      const step = latestStep(facts.steps, stepKey);
      if (!step) return false;
      return opts.outcome === undefined || stepOutcome(step) === opts.outcome;
    },
  });
}
