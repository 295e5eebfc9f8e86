/**
 * A people's mediation case, registration to closure (人民调解法 第十七–三十三条):
 * registered → mediating → agreed | failed | ended; an agreement under performance supervision (第三十一条)
 * may go to the court for judicial confirmation within 30 days of taking effect (第三十三条), is revisited,
 * then closed. The steps and their gates as data; `checkStep` answers why a step is blocked (zh-CN).
 */
import type { WorkCalendar } from '../../../common/calendar/index.js';
import { confirmationDueOn } from './rules.js';

export const CASE_STATES = {
  registered: '已受理',
  mediating: '调解中',
  agreed: '达成协议',
  failed: '调解不成功',
  ended: '终止调解',
  revisited: '已回访',
  closed: '已结案',
} as const;
export type CaseState = keyof typeof CASE_STATES;

/** What a gate sees of a case. */
export interface CaseFacts {
  state: CaseState;
  mediators: string[];
  agreementForm: string | null;
  agreementEffectiveOn: string | null;
  confirmationAppliedOn: string | null;
  confirmedOn: string | null;
}

/** The input of a step (one form for all; each step reads its fields). */
export interface StepInput {
  on: string;
  mediators?: string[];
  agreementForm?: 'written' | 'oral';
  agreementTerms?: string;
  note?: string;
}

type Gate = (c: CaseFacts, input: StepInput, cal: WorkCalendar) => string | null;

export interface StepDef {
  label: string;
  from: readonly CaseState[];
  to: CaseState | null;
  basis: string;
  gates: readonly Gate[];
}

const needsMediators: Gate = (c, i) =>
  (i.mediators ?? c.mediators).length ? null : '调解员：请指定至少一名调解员（人民调解法第十九条）';
const writtenNeedsTerms: Gate = (_c, i) =>
  i.agreementForm === 'written' && !i.agreementTerms?.trim()
    ? '协议内容：书面调解协议应载明调解事项和履行方式、时限（人民调解法第二十九条）'
    : null;
const needsForm: Gate = (_c, i) => (i.agreementForm ? null : '协议形式：请选择书面或口头协议');
const withinConfirmationWindow: Gate = (c, i, cal) => {
  if (!c.agreementEffectiveOn) return '调解协议尚未生效';
  const due = confirmationDueOn(cal, c.agreementEffectiveOn);
  return i.on > due
    ? `申请日期：应自调解协议生效之日起三十日内申请司法确认（人民调解法第三十三条），期限至${due}`
    : null;
};
const notYetApplied: Gate = (c) => (c.confirmationAppliedOn ? '已申请司法确认' : null);
const applied: Gate = (c) => (c.confirmationAppliedOn && !c.confirmedOn ? null : '尚未申请司法确认或已确认');
const notBeforeAgreement: Gate = (c, i) =>
  c.agreementEffectiveOn && i.on < c.agreementEffectiveOn ? '日期：不得早于调解协议生效日' : null;

export const CASE_STEPS = {
  start: {
    label: '开始调解',
    from: ['registered'],
    to: 'mediating',
    basis: '第十七条',
    gates: [needsMediators],
  },
  agree: {
    label: '达成调解协议',
    from: ['mediating'],
    to: 'agreed',
    basis: '第二十八、二十九条',
    gates: [needsForm, writtenNeedsTerms],
  },
  fail: { label: '调解不成功', from: ['mediating'], to: 'failed', basis: '第二十六条', gates: [] },
  end: {
    label: '终止调解',
    from: ['registered', 'mediating'],
    to: 'ended',
    basis: '第二十三、二十六条',
    gates: [],
  },
  apply_confirmation: {
    label: '申请司法确认',
    from: ['agreed'],
    to: null,
    basis: '第三十三条',
    gates: [notYetApplied, withinConfirmationWindow, notBeforeAgreement],
  },
  confirm: {
    label: '法院确认有效',
    from: ['agreed', 'revisited'],
    to: null,
    basis: '第三十三条',
    gates: [applied],
  },
  revisit: {
    label: '回访',
    from: ['agreed'],
    to: 'revisited',
    basis: '第三十一条',
    gates: [notBeforeAgreement],
  },
  close: {
    label: '结案归档',
    from: ['revisited', 'failed', 'ended'],
    to: 'closed',
    basis: '第二十七条',
    gates: [],
  },
} as const satisfies Record<string, StepDef>;
export type CaseStep = keyof typeof CASE_STEPS;

/** Why `step` may not be taken on this case now (null: it may). */
export function checkStep(step: CaseStep, c: CaseFacts, input: StepInput, cal: WorkCalendar): string | null {
  const def: StepDef = CASE_STEPS[step];
  if (!def.from.includes(c.state)) return `案件处于“${CASE_STATES[c.state]}”状态，不能${def.label}`;
  for (const gate of def.gates) {
    const reason = gate(c, input, cal);
    if (reason) return reason;
  }
  return null;
}
