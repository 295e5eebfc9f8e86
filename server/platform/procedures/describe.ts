import { type Locale, pickText } from '../../../common/text/localized.js';
import { permissionDef } from '../authz/index.js';
import { auditActionOf, clockKeyOf } from './define.js';
import type { ClockDef } from '../clocks/define-clock.js';
import type { ClockStart, GateDescription, Procedure, TransitionDef } from './types.js';

export interface ClockDescription {
  key: string;
  label: string;
  basis: string;
  length: ClockDef['length'];
  /** True when the start date is computed from the record or the form rather than being the day of the step. */
  startsOnComputedDate?: boolean;
  /** True when the transition starts one of several clocks, chosen by the record (e.g. the law in force). */
  chosenByRecord?: boolean;
}

export interface ProcedureDescription {
  key: string;
  subjectType: string;
  label: string;
  states: { key: string; label: string; final: boolean }[];
  transitions: {
    key: string;
    label: string;
    from: string[];
    to: string;
    permission: { key: string; label: string | null; roles: string[] };
    gates: ({ code: string; message: string; basis: string | null } & GateDescription)[];
    clocks: { start: ClockDescription[]; pause: string[]; resume: string[]; stop: string[] };
    basis: string | null;
    auditAction: string;
    hasForm: boolean;
  }[];
}

function describeStart<R>(start: ClockStart<R>, locale: Locale): ClockDescription[] {
  if ('among' in start) return start.among.map((def) => describeDef(def, locale, { chosenByRecord: true }));
  if ('def' in start && 'from' in start)
    return [describeDef(start.def, locale, { startsOnComputedDate: true })];
  return [describeDef(start, locale, {})];
}

function describeDef(
  def: ClockDef,
  locale: Locale,
  flags: { startsOnComputedDate?: true; chosenByRecord?: true },
): ClockDescription {
  return {
    key: def.key,
    label: pickText(def.label, locale),
    basis: def.basis,
    length: { ...def.length },
    ...flags,
  };
}

function describeTransition<R>(
  procedureKey: string,
  key: string,
  t: TransitionDef<R, object, string>,
  locale: Locale,
) {
  const permission = permissionDef(t.permission);
  return {
    key,
    label: pickText(t.label, locale),
    from: [...t.from],
    to: t.to,
    permission: {
      key: t.permission,
      label: permission?.label ?? null,
      roles: [...(permission?.roles ?? [])],
    },
    gates: (t.gates ?? []).map((g) => ({
      code: g.code,
      message: pickText(g.message, locale),
      basis: g.basis ?? null,
      ...g.describe,
    })),
    clocks: {
      start: (t.clocks?.start ?? []).flatMap((s) => describeStart(s, locale)),
      pause: (t.clocks?.pause ?? []).map(clockKeyOf),
      resume: (t.clocks?.resume ?? []).map(clockKeyOf),
      stop: (t.clocks?.stop ?? []).map(clockKeyOf),
    },
    basis: t.basis ?? null,
    auditAction: auditActionOf({ key: procedureKey }, key, t),
    hasForm: t.input !== undefined,
  };
}

/** The procedure as plain JSON, so a page can render it (states, who may act, gates, clocks, basis). */
export function describeProcedure<R>(
  procedure: Procedure<R, object, string, Record<string, TransitionDef<R, object, string>>>,
  locale: Locale = 'zh-CN',
): ProcedureDescription {
  return {
    key: procedure.key,
    subjectType: procedure.subjectType,
    label: pickText(procedure.label, locale),
    states: Object.entries(procedure.states).map(([key, s]) => ({
      key,
      label: pickText(s.label, locale),
      final: s.final ?? false,
    })),
    transitions: Object.entries(procedure.transitions).map(([key, t]) =>
      describeTransition(procedure.key, key, t, locale),
    ),
  };
}
