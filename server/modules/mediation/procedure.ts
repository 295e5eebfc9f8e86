/**
 * A people's mediation case on the kernel's procedure engine (人民调解法 第十七–三十三条):
 * registered → mediating → agreed | failed | ended; an agreement under performance supervision (第三十一条)
 * may go to the court for judicial confirmation within 30 days of taking effect (第三十三条: the clock
 * `mediation.judicial_confirmation`), is revisited, then closed. Each rule is a gate, in one place.
 */
import type { IsoDate } from '../../../common/calendar/index.js';
import { AgreeCaseInput, DatedCaseInput, StartCaseInput } from '../../../common/contracts/mediation.js';
import { tx } from '../../../common/text/localized.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import { loadCalendar } from '../../platform/calendar/index.js';
import type { Tx } from '../../platform/db/index.js';
import { confirmationDueOn, judicialConfirmationClock } from './rules.js';

/** What the procedure sees of a case; `stepOn` is the day the step being applied takes legal effect. */
export interface CaseRecord extends ProcedureRecord {
  number: string;
  summary: string;
  mediators: string[];
  /** The mediators the step names (开始调解), so the gate sees them before the write. */
  stepMediators: string[];
  agreementEffectiveOn: IsoDate | null;
  confirmationAppliedOn: IsoDate | null;
  confirmedOn: IsoDate | null;
  stepOn: IsoDate;
}

/** The last day of the judicial confirmation window (第三十三条), on the calendar; null before an agreement. */
export interface CaseFacts {
  confirmationDueOn: IsoDate | null;
}

type Gate = ReturnType<typeof defineGate<CaseRecord, CaseFacts>>;
const gate = (g: Parameters<typeof defineGate<CaseRecord, CaseFacts>>[0]): Gate =>
  defineGate<CaseRecord, CaseFacts>(g);

const LAW = '《人民调解法》';

// 第十九条: a committee mediates through one or more mediators it names (or the parties choose).
const needsMediators = gate({
  code: 'MEDIATOR_REQUIRED',
  message: tx('调解员：请指定至少一名调解员', 'Mediators: name at least one mediator'),
  basis: `${LAW}第十九条`,
  check: (r) => r.stepMediators.length > 0 || r.mediators.length > 0,
});
// 第三十三条: the parties apply within 30 days of the agreement taking effect.
const withinConfirmationWindow = gate({
  code: 'CONFIRMATION_WINDOW_PASSED',
  message: tx(
    '申请日期：应自调解协议生效之日起三十日内申请司法确认',
    'Application date: judicial confirmation must be applied for within 30 days of the agreement taking effect',
  ),
  basis: `${LAW}第三十三条`,
  check: (r, f) => f.confirmationDueOn !== null && r.stepOn <= f.confirmationDueOn,
});
// 第三十三条: one joint application per agreement.
const notYetApplied = gate({
  code: 'CONFIRMATION_ALREADY_APPLIED',
  message: tx('已申请司法确认', 'Judicial confirmation has already been applied for'),
  basis: `${LAW}第三十三条`,
  check: (r) => r.confirmationAppliedOn === null,
});
// 第三十三条: the court confirms what was applied for, once.
const applied = gate({
  code: 'CONFIRMATION_NOT_PENDING',
  message: tx('尚未申请司法确认或已确认', 'No application for judicial confirmation is pending'),
  basis: `${LAW}第三十三条`,
  check: (r) => r.confirmationAppliedOn !== null && r.confirmedOn === null,
});
// 第三十一条: performance is supervised (and a step dated) from the agreement on, not before it.
const notBeforeAgreement = gate({
  code: 'STEP_BEFORE_AGREEMENT',
  message: tx('日期：不得早于调解协议生效日', 'Date: not before the agreement took effect'),
  basis: `${LAW}第三十一条`,
  check: (r) => r.agreementEffectiveOn === null || r.stepOn >= r.agreementEffectiveOn,
});
// A court's confirmation follows the application.
const notBeforeApplication = gate({
  code: 'STEP_BEFORE_APPLICATION',
  message: tx('日期：不得早于申请司法确认的日期', 'Date: not before the application'),
  check: (r) => r.confirmationAppliedOn === null || r.stepOn >= r.confirmationAppliedOn,
});

const onDay = (_r: CaseRecord, input: unknown) => (input as { on: IsoDate }).on;
const confirmation = { def: judicialConfirmationClock, from: onDay };

export const caseProcedure = defineProcedure({
  key: 'mediation.case',
  subjectType: 'mediation_case',
  label: tx('人民调解案件', 'People’s mediation case'),
  titleOf: (c: CaseRecord) => `${c.number} ${c.summary}`,
  // 第三十三条's window as a fact the gates read: 30 calendar days from the agreement, on the shared calendar.
  loadFacts: async (tx: Tx, c: CaseRecord): Promise<CaseFacts> => ({
    confirmationDueOn: c.agreementEffectiveOn
      ? confirmationDueOn(await loadCalendar(tx), c.agreementEffectiveOn)
      : null,
  }),
  states: {
    registered: { label: tx('已受理', 'Registered') },
    mediating: { label: tx('调解中', 'Mediating') },
    agreed: { label: tx('达成协议', 'Agreement reached') },
    failed: { label: tx('调解不成功', 'Mediation failed') },
    ended: { label: tx('终止调解', 'Mediation ended') },
    revisited: { label: tx('已回访', 'Revisited') },
    closed: { label: tx('已结案', 'Closed'), final: true },
  },
  transitions: {
    start: {
      label: tx('开始调解', 'Start mediation'),
      from: ['registered'],
      to: 'mediating',
      permission: 'mediation.edit',
      input: StartCaseInput,
      basis: `${LAW}第十七、十九条`,
      gates: [needsMediators],
      auditAction: 'mediation.case.started',
    },
    agree: {
      label: tx('达成调解协议', 'Agreement reached'),
      from: ['mediating'],
      to: 'agreed',
      permission: 'mediation.edit',
      input: AgreeCaseInput,
      basis: `${LAW}第二十八、二十九、三十条`,
      // A written agreement takes effect when signed (第二十九条), an oral one when reached (第三十条).
      clocks: { start: [confirmation] },
      effectiveOn: onDay,
      auditAction: 'mediation.case.agreed',
    },
    fail: {
      label: tx('调解不成功', 'Mediation failed'),
      from: ['mediating'],
      to: 'failed',
      permission: 'mediation.edit',
      input: DatedCaseInput,
      basis: `${LAW}第二十六条`,
      auditAction: 'mediation.case.failed',
    },
    end: {
      label: tx('终止调解', 'End mediation'),
      from: ['registered', 'mediating'],
      to: 'ended',
      permission: 'mediation.edit',
      input: DatedCaseInput,
      basis: `${LAW}第二十三、二十六条`,
      auditAction: 'mediation.case.ended',
    },
    apply_confirmation: {
      label: tx('申请司法确认', 'Apply for judicial confirmation'),
      from: ['agreed'],
      to: 'agreed',
      permission: 'mediation.edit',
      input: DatedCaseInput,
      basis: `${LAW}第三十三条`,
      gates: [notYetApplied, withinConfirmationWindow, notBeforeAgreement],
      clocks: { stop: [judicialConfirmationClock] },
      effectiveOn: onDay,
      auditAction: 'mediation.case.confirmation_applied',
    },
    confirm: {
      label: tx('法院确认有效', 'Confirmed by the court'),
      from: ['agreed'],
      to: 'agreed',
      permission: 'mediation.edit',
      input: DatedCaseInput,
      basis: `${LAW}第三十三条`,
      gates: [applied, notBeforeApplication],
      auditAction: 'mediation.case.confirmed',
    },
    revisit: {
      label: tx('回访', 'Revisit'),
      from: ['agreed'],
      to: 'revisited',
      permission: 'mediation.edit',
      input: DatedCaseInput,
      basis: `${LAW}第三十一条`,
      gates: [notBeforeAgreement],
      auditAction: 'mediation.case.revisited',
    },
    // The court's ruling may come back after the revisit: the same step, from the revisited state.
    confirm_revisited: {
      label: tx('法院确认有效（回访后）', 'Confirmed by the court (after the revisit)'),
      from: ['revisited'],
      to: 'revisited',
      permission: 'mediation.edit',
      input: DatedCaseInput,
      basis: `${LAW}第三十三条`,
      gates: [applied, notBeforeApplication],
      auditAction: 'mediation.case.confirmed',
    },
    close: {
      label: tx('结案归档', 'Close and file'),
      from: ['revisited', 'failed', 'ended'],
      to: 'closed',
      permission: 'mediation.edit',
      input: DatedCaseInput,
      basis: `${LAW}第二十七条`,
      clocks: { stop: [judicialConfirmationClock] },
      effectiveOn: onDay,
      auditAction: 'mediation.case.closed',
    },
  },
});

export type CaseTransitionKey = keyof typeof caseProcedure.transitions;
export type CaseState = keyof typeof caseProcedure.states;
export const CASE_STATES = caseProcedure.states;
