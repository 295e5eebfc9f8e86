import type { IsoDate } from '../../../common/calendar/index.js';
import { TRANSITION_INPUTS } from '../../../common/contracts/disclosure/requests.js';
import { loadStrictCalendar } from '../../platform/calendar/index.js';
import { defineClock, findClocksForSubject } from '../../platform/clocks/index.js';
import type { Tx } from '../../platform/db/index.js';
import {
  defineGate,
  defineProcedure,
  type ProcedureRecord,
  withLazyFacts,
} from '../../platform/procedures/index.js';
import { correctionWindowEndsOn, FEE_RULES_IN_FORCE_ON } from './rules/deadlines.js';

const TIAOLI = '《政府信息公开条例》';

/** Reply to a request: 20 WD from receipt (or from receipt of the correction), +20 WD once. */
export const replyClock = defineClock({
  key: 'disclosure.reply',
  label: '依申请公开答复期限',
  // Basis: 政府信息公开条例 第三十三条第二款; counting: docs/decisions/0003-working-days.md
  length: { amount: 20, unit: 'working_days' },
  basis: `${TIAOLI}第三十三条`,
  startPhrase: '收到申请',
  extension: { amount: 20, unit: 'working_days', times: 1, permission: 'disclosure.approve_extension' },
  // Third-party consultation and the fee notice are "not counted" (第三十三条第三款, 109号): pause, resume.
  pausable: true,
  resumeMode: 'remaining',
});

/** The window for a one-time correction notice: 7 WD from receipt (第三十条). Informational. */
export const correctionNoticeClock = defineClock({
  key: 'disclosure.correction_notice',
  label: '补正告知期限',
  length: { amount: 7, unit: 'working_days' },
  basis: `${TIAOLI}第三十条`,
  startPhrase: '收到申请',
});

/** The third party's time to give its opinion: 15 WD (第三十二条), counted here from the letter's dispatch. */
export const thirdPartyClock = defineClock({
  key: 'disclosure.third_party',
  label: '第三方提出意见期限',
  length: { amount: 15, unit: 'working_days' },
  basis: `${TIAOLI}第三十二条`,
  startPhrase: '发出征求意见书',
});

/** Days the applicant has to pay after a fee notice. [M] legal-rules §1.3; see decision 0009 §6. */
export const FEE_PAYMENT_WORKING_DAYS = 20;
export const feePaymentClock = defineClock({
  key: 'disclosure.fee_payment',
  label: '信息处理费缴纳期限',
  length: { amount: FEE_PAYMENT_WORKING_DAYS, unit: 'working_days' },
  basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
  startPhrase: '发出收费通知',
});

/** What the procedure sees of a request. `stepOn` is the day the step being applied takes effect. */
export interface DisclosureRequestRecord extends ProcedureRecord {
  trackingCode: string;
  receivedOn: IsoDate;
  correctionRequestedOn: IsoDate | null;
  correctionDeadlineOn: IsoDate | null;
  extensionApprovedOn: IsoDate | null;
  feeNoticeOn: IsoDate | null;
  stepOn: IsoDate;
}

/** Facts the gates need beyond the record: the correction window and the open clocks' due dates. */
export interface DisclosureRequestFacts {
  correctionWindowEndsOn: IsoDate;
  feeDueOn: IsoDate | null;
}

type Gate = ReturnType<typeof defineGate<DisclosureRequestRecord, DisclosureRequestFacts>>;
const gate = (g: Parameters<typeof defineGate<DisclosureRequestRecord, DisclosureRequestFacts>>[0]): Gate =>
  defineGate<DisclosureRequestRecord, DisclosureRequestFacts>(g);

const notBeforeReceipt = gate({
  code: 'STEP_BEFORE_RECEIPT',
  message: '办理日期不能早于收到申请日期',
  check: (r) => r.stepOn >= r.receivedOn,
});
const correctionOnce = gate({
  code: 'CORRECTION_ALREADY_REQUESTED',
  message: '补正只能一次性告知，本申请已告知过补正',
  basis: `${TIAOLI}第三十条`,
  check: (r) => r.correctionRequestedOn === null,
});
const correctionInWindow = gate({
  code: 'CORRECTION_WINDOW_PASSED',
  message: '已超过收到申请之日起7个工作日，不能再要求补正',
  basis: `${TIAOLI}第三十条`,
  check: (r, f) => r.stepOn <= f.correctionWindowEndsOn,
});
const correctionDeadlinePassed = gate({
  code: 'CORRECTION_DEADLINE_NOT_PASSED',
  message: '告知的补正期限尚未届满，不能按逾期不补正处理',
  basis: `${TIAOLI}第三十条`,
  check: (r) => r.correctionDeadlineOn !== null && r.stepOn > r.correctionDeadlineOn,
});
const extensionOnce = gate({
  code: 'EXTENSION_ALREADY_USED',
  message: '答复期限只能延长一次，本申请已延长过',
  basis: `${TIAOLI}第三十三条第二款`,
  check: (r) => r.extensionApprovedOn === null,
});
const feeRulesInForce = gate({
  code: 'FEE_RULES_NOT_IN_FORCE',
  message: '2021年1月1日前收到的申请不收取信息处理费（国办函〔2020〕109号施行前）',
  basis: '《政府信息公开信息处理费管理办法》第十二条',
  check: (r) => r.receivedOn >= FEE_RULES_IN_FORCE_ON,
});
const feeOnce = gate({
  code: 'FEE_ALREADY_NOTIFIED',
  message: '本申请已发出过收费通知',
  check: (r) => r.feeNoticeOn === null,
});
const feeDeadlinePassed = gate({
  code: 'FEE_DEADLINE_NOT_PASSED',
  message: '缴费期限尚未届满，不能按逾期未缴费处理',
  basis: '《政府信息公开信息处理费管理办法》',
  check: (r, f) => f.feeDueOn !== null && r.stepOn > f.feeDueOn,
});

const OPEN = ['registered', 'awaiting_correction', 'consulting', 'awaiting_fee'] as const;
const ALL_CLOCKS = [replyClock, correctionNoticeClock, thirdPartyClock, feePaymentClock];
const HANDLE = 'disclosure.handle_request';
const stepOn = (r: DisclosureRequestRecord) => r.stepOn;

async function loadRequestFacts(tx: Tx, r: DisclosureRequestRecord): Promise<DisclosureRequestFacts> {
  // Statutory windows on the strict calendar, computed when a gate reads them (decision 0016).
  const cal = await loadStrictCalendar(tx);
  const clocks = await findClocksForSubject(tx, 'disclosure_request', r.id);
  const fee = clocks.findLast((c) => c.clockKey === feePaymentClock.key);
  return withLazyFacts(
    { feeDueOn: fee?.dueOn ?? null },
    { correctionWindowEndsOn: () => correctionWindowEndsOn(cal, r.receivedOn) },
  );
}

/**
 * The statutory life of a disclosure request (条例 第二十九条至第四十二条): registered, optionally corrected,
 * consulted, charged or extended, and concluded with exactly one table 三 outcome.
 */
export const requestProcedure = defineProcedure({
  key: 'disclosure.request',
  subjectType: 'disclosure_request',
  label: '政府信息公开申请',
  states: {
    registered: { label: '已登记（办理中）' },
    awaiting_correction: { label: '待补正' },
    consulting: { label: '征求第三方意见' },
    awaiting_fee: { label: '待缴费' },
    concluded: { label: '已办结', final: true },
  },
  loadFacts: loadRequestFacts,
  titleOf: (r) => `依申请公开 ${r.trackingCode}`,
  transitions: {
    request_correction: {
      label: '告知补正',
      from: ['registered'],
      to: 'awaiting_correction',
      permission: HANDLE,
      gates: [notBeforeReceipt, correctionOnce, correctionInWindow],
      // The reply period is not paused but starts over on receipt of the correction: stop it here.
      clocks: { stop: [replyClock, correctionNoticeClock] },
      input: TRANSITION_INPUTS.request_correction,
      basis: `${TIAOLI}第三十条`,
      auditAction: 'disclosure.request.correction_requested',
      effectiveOn: stepOn,
    },
    receive_correction: {
      label: '收到补正',
      from: ['awaiting_correction'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      // Basis: 条例 第三十条 — 答复期限自行政机关收到补正的申请之日起计算.
      clocks: { start: [replyClock] },
      input: TRANSITION_INPUTS.receive_correction,
      basis: `${TIAOLI}第三十条`,
      auditAction: 'disclosure.request.correction_received',
      effectiveOn: stepOn,
    },
    lapse_correction: {
      label: '逾期未补正（终止办理）',
      from: ['awaiting_correction'],
      to: 'concluded',
      permission: HANDLE,
      gates: [correctionDeadlinePassed],
      clocks: { stop: ALL_CLOCKS },
      input: TRANSITION_INPUTS.lapse_correction,
      basis: `${TIAOLI}第三十条`,
      auditAction: 'disclosure.request.correction_lapsed',
      effectiveOn: stepOn,
    },
    consult_third_party: {
      label: '征求第三方意见',
      from: ['registered'],
      to: 'consulting',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      // Basis: 条例 第三十三条第三款 — 征求第三方意见所需时间不计算在答复期限内.
      clocks: { pause: [replyClock], stop: [correctionNoticeClock], start: [thirdPartyClock] },
      input: TRANSITION_INPUTS.consult_third_party,
      basis: `${TIAOLI}第三十二条、第三十三条第三款`,
      auditAction: 'disclosure.request.third_party_consulted',
      effectiveOn: stepOn,
    },
    receive_consultation: {
      label: '收到第三方意见',
      from: ['consulting'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: [thirdPartyClock], resume: [replyClock] },
      input: TRANSITION_INPUTS.receive_consultation,
      basis: `${TIAOLI}第三十二条`,
      auditAction: 'disclosure.request.third_party_answered',
      effectiveOn: stepOn,
    },
    extend_reply: {
      label: '延长答复期限',
      from: ['registered'],
      to: 'registered',
      permission: 'disclosure.approve_extension',
      gates: [notBeforeReceipt, extensionOnce],
      // The clock itself is extended in the service's write (extendClock checks permission and cap again).
      input: TRANSITION_INPUTS.extend_reply,
      basis: `${TIAOLI}第三十三条第二款`,
      auditAction: 'disclosure.request.deadline_extended',
      effectiveOn: stepOn,
    },
    issue_fee_notice: {
      label: '发出收费通知',
      from: ['registered'],
      to: 'awaiting_fee',
      permission: HANDLE,
      gates: [notBeforeReceipt, feeRulesInForce, feeOnce],
      clocks: { pause: [replyClock], stop: [correctionNoticeClock], start: [feePaymentClock] },
      input: TRANSITION_INPUTS.issue_fee_notice,
      basis: `${TIAOLI}第四十二条；国办函〔2020〕109号`,
      auditAction: 'disclosure.request.fee_notice_issued',
      effectiveOn: stepOn,
    },
    receive_fee: {
      label: '收到缴费',
      from: ['awaiting_fee'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: [feePaymentClock], resume: [replyClock] },
      input: TRANSITION_INPUTS.receive_fee,
      auditAction: 'disclosure.request.fee_received',
      effectiveOn: stepOn,
    },
    lapse_fee: {
      label: '逾期未缴费（终止办理）',
      from: ['awaiting_fee'],
      to: 'concluded',
      permission: HANDLE,
      gates: [feeDeadlinePassed],
      clocks: { stop: ALL_CLOCKS },
      input: TRANSITION_INPUTS.lapse_fee,
      basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
      auditAction: 'disclosure.request.fee_lapsed',
      effectiveOn: stepOn,
    },
    reply: {
      label: '答复',
      from: ['registered'],
      to: 'concluded',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: [replyClock, correctionNoticeClock] },
      input: TRANSITION_INPUTS.reply,
      basis: `${TIAOLI}第三十三条、第三十六条`,
      auditAction: 'disclosure.request.replied',
      effectiveOn: stepOn,
    },
    withdraw: {
      label: '申请人撤回',
      from: OPEN,
      to: 'concluded',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: ALL_CLOCKS },
      input: TRANSITION_INPUTS.withdraw,
      auditAction: 'disclosure.request.withdrawn',
      effectiveOn: stepOn,
    },
  },
});

export type RequestTransitionKey = keyof typeof requestProcedure.transitions;
