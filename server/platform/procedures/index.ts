export {
  type ActionCheck,
  assertTransition,
  availableActions,
  blockedReason,
  calendarBlockedActions,
  GateBlockedError,
} from './actions.js';
export { calendarGapReason, withLazyFacts } from './facts.js';
export type { ClockEffects, ClockRef, ClockSubject } from './clock-effects.js';
export { defaultClockEffects } from './default-clock-effects.js';
export { auditActionOf, defineProcedure, procedureAuditActions } from './define.js';
export { parseInput } from './input.js';
export {
  type ClockView,
  clockViews,
  presentActions,
  presentClock,
  presentStep,
  withUrgency,
} from './present.js';
export { procedureEntry, type ProcedureEntry, type ProcedureRouteSpec } from './entry.js';
export { parseTransitionBody, pascalCase, transitionBodySchema } from './forms.js';
export { mountProcedures } from './mount.js';
export {
  type PendingTransition,
  procedureService,
  type ProcedureService,
  type ProcedureServiceSpec,
} from './service.js';
export { describeProcedure, type ProcedureDescription } from './describe.js';
export { custom, defineGate, latestStep, requireField, requireStep, stepOutcome } from './gates.js';
export { type ApplyTransitionArgs, applyTransition, loadFacts } from './run.js';
export { procedureSteps } from './schema.js';
export { findProcedureSteps, type HistoricalStep, recordHistoricalSteps } from './steps.js';
export type {
  AvailableAction,
  BlockedReason,
  ClockStart,
  Gate,
  IsoDate,
  Procedure,
  ProcedureFacts,
  ProcedureRecord,
  ProcedureStep,
  StateDef,
  TransitionDef,
  TransitionInput,
} from './types.js';
