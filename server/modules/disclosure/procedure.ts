import { tx } from '../../../common/text/localized.js';
import { addWorkingDays, type IsoDate } from '../../../common/calendar/index.js';
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
import { DISCLOSURE_LAW_VERSIONS, type ReplyPeriods, replyPeriodsOn } from './rules/periods.js';

const TIAOLI = '《政府信息公开条例》';

/** The reply clock of one 条例 text: its periods and article come from rules/periods.ts (law by date). */
function replyClockOf(v: ReplyPeriods) {
  return defineClock({
    key: v.clockKey,
    label:
      v.clockKey === 'disclosure.reply'
        ? tx('依申请公开答复期限', 'Reply period for a disclosure request')
        : tx('依申请公开答复期限（2008年条例）', 'Reply period for a disclosure request (2008 Regulations)'),
    length: { amount: v.reply.amount, unit: v.reply.unit },
    basis: `${v.law}${v.reply.article}`,
    startPhrase: tx('收到申请', 'receipt of the application'),
    extension: {
      amount: v.extension.amount,
      unit: v.extension.unit,
      times: 1,
      permission: 'disclosure.approve_extension',
    },
    // Consultations and the fee notice are "not counted" (第三十三条第三款, 109号): pause, resume.
    pausable: true,
    resumeMode: 'remaining',
  });
}

/** Reply to a request received from 2019-05-15: 20 WD (+20 WD once). Basis: 条例 (2019) 第三十三条第二款. */
export const replyClock = replyClockOf(replyPeriodsOn('2019-05-15'));
/** Reply to a request received before 2019-05-15: 15 WD (+15 WD once). Basis: 条例 (2008) 第二十四条第二款. */
export const replyClock2008 = replyClockOf(replyPeriodsOn('2019-05-14'));
export const REPLY_CLOCKS = [replyClock, replyClock2008] as const;
export const REPLY_CLOCK_KEYS: readonly string[] = DISCLOSURE_LAW_VERSIONS.map((v) => v.clockKey);

/** The reply clock of the 条例 text in force on the day the request was received. */
export function replyClockFor(receivedOn: IsoDate) {
  return replyPeriodsOn(receivedOn).clockKey === replyClock.key ? replyClock : replyClock2008;
}

/** The window for a one-time correction notice: 7 WD from receipt (第三十条); it lapses unused. */
export const correctionNoticeClock = defineClock({
  key: 'disclosure.correction_notice',
  label: tx('补正告知期限', 'Period to request a correction'),
  length: { amount: 7, unit: 'working_days' },
  basis: `${TIAOLI}第三十条`,
  startPhrase: tx('收到申请', 'receipt of the application'),
  // The organ need not ask for a correction at all: the window closes unused, it is never overdue.
  lapses: true,
});

/** Working days a consulted third party (or co-producing organ) has for its opinion (第三十二条、第三十四条). */
export const CONSULTATION_WORKING_DAYS = 15;

/**
 * The third party's time to give its opinion: 15 WD from its receipt of the consultation (第三十二条). Started
 * on dispatch as a reminder, restarted from the receipt day once that is recorded.
 */
export const thirdPartyClock = defineClock({
  key: 'disclosure.third_party',
  label: tx('第三方提出意见期限', "Third party's period to comment"),
  length: { amount: CONSULTATION_WORKING_DAYS, unit: 'working_days' },
  basis: `${TIAOLI}第三十二条`,
  startPhrase: tx(
    '第三方收到征求意见书（或发函）',
    'the third party received the consultation letter (or it was sent)',
  ),
});

/** Another organ's time to answer a consultation: 15 WD for jointly produced information (第三十四条). */
export const organConsultationClock = defineClock({
  key: 'disclosure.organ_consultation',
  label: tx('其他机关提出意见期限', "Other organ's period to comment"),
  length: { amount: CONSULTATION_WORKING_DAYS, unit: 'working_days' },
  basis: `${TIAOLI}第三十四条`,
  startPhrase: tx('发出征求意见函', 'the consultation letter was sent'),
});

/** Days the applicant has to pay after receiving a fee notice. [M] legal-rules §1.3; decision 0018 §1. */
export const FEE_PAYMENT_WORKING_DAYS = 20;
export const feePaymentClock = defineClock({
  key: 'disclosure.fee_payment',
  label: tx('信息处理费缴纳期限', 'Period to pay the information processing fee'),
  length: { amount: FEE_PAYMENT_WORKING_DAYS, unit: 'working_days' },
  basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
  startPhrase: tx('申请人收到收费通知', 'Applicant received the fee notice'),
});

/** What the procedure sees of a request. `stepOn` is the day the step being applied takes effect. */
export interface DisclosureRequestRecord extends ProcedureRecord {
  trackingCode: string;
  receivedOn: IsoDate;
  correctionRequestedOn: IsoDate | null;
  correctionDeadlineOn: IsoDate | null;
  extensionApprovedOn: IsoDate | null;
  feeNoticeOn: IsoDate | null;
  feeNoticeReceivedOn: IsoDate | null;
  thirdPartyConsultedOn: IsoDate | null;
  thirdPartyReceivedOn: IsoDate | null;
  stepOn: IsoDate;
}

/** Facts the gates need beyond the record: the correction window and the open clocks' due dates. */
export interface DisclosureRequestFacts {
  correctionWindowEndsOn: IsoDate;
  feeDueOn: IsoDate | null;
  /** The last day of the third party's 15 WD from its receipt; null while the receipt is not recorded. */
  thirdPartyWindowEndsOn: IsoDate | null;
}

type Gate = ReturnType<typeof defineGate<DisclosureRequestRecord, DisclosureRequestFacts>>;
const gate = (g: Parameters<typeof defineGate<DisclosureRequestRecord, DisclosureRequestFacts>>[0]): Gate =>
  defineGate<DisclosureRequestRecord, DisclosureRequestFacts>(g);

const notBeforeReceipt = gate({
  code: 'STEP_BEFORE_RECEIPT',
  message: tx(
    '办理日期不能早于收到申请日期',
    'The date of the step cannot be before the request was received',
  ),
  check: (r) => r.stepOn >= r.receivedOn,
});
const correctionOnce = gate({
  code: 'CORRECTION_ALREADY_REQUESTED',
  message: tx(
    '补正只能一次性告知，本申请已告知过补正',
    'A correction may be asked for once only, and this request has had one',
  ),
  basis: `${TIAOLI}第三十条`,
  check: (r) => r.correctionRequestedOn === null,
});
const correctionInWindow = gate({
  code: 'CORRECTION_WINDOW_PASSED',
  message: tx(
    '已超过收到申请之日起7个工作日，不能再要求补正',
    'More than 7 working days have passed since receipt: a correction can no longer be asked for',
  ),
  basis: `${TIAOLI}第三十条`,
  check: (r, f) => r.stepOn <= f.correctionWindowEndsOn,
});
const correctionDeadlinePassed = gate({
  code: 'CORRECTION_DEADLINE_NOT_PASSED',
  message: tx(
    '告知的补正期限尚未届满，不能按逾期不补正处理',
    'The period given for the correction has not ended: the request cannot be treated as not corrected',
  ),
  basis: `${TIAOLI}第三十条`,
  check: (r) => r.correctionDeadlineOn !== null && r.stepOn > r.correctionDeadlineOn,
});
const extensionOnce = gate({
  code: 'EXTENSION_ALREADY_USED',
  message: tx(
    '答复期限只能延长一次，本申请已延长过',
    'The reply period may be extended once only, and this request has been extended',
  ),
  basis: `${TIAOLI}第三十三条第二款`,
  check: (r) => r.extensionApprovedOn === null,
});
const feeRulesInForce = gate({
  code: 'FEE_RULES_NOT_IN_FORCE',
  message: tx(
    '2021年1月1日前收到的申请不收取信息处理费（国办函〔2020〕109号施行前）',
    'No processing fee for requests received before 2021-01-01 (before 国办函〔2020〕109号 took effect)',
  ),
  basis: '《政府信息公开信息处理费管理办法》第十二条',
  check: (r) => r.receivedOn >= FEE_RULES_IN_FORCE_ON,
});
const feeOnce = gate({
  code: 'FEE_ALREADY_NOTIFIED',
  message: tx('本申请已发出过收费通知', 'A fee notice has already been sent for this request'),
  check: (r) => r.feeNoticeOn === null,
});
const feeDeadlinePassed = gate({
  code: 'FEE_DEADLINE_NOT_PASSED',
  message: tx(
    '缴费期限（自申请人收到收费通知之日起20个工作日）尚未届满或申请人收到通知的日期未登记，不能按逾期未缴费处理',
    'The payment period (20 working days from the applicant receiving the fee notice) has not ended, or the day of receipt is not recorded: the fee cannot be treated as unpaid',
  ),
  basis: '《政府信息公开信息处理费管理办法》',
  check: (r, f) => f.feeDueOn !== null && r.stepOn > f.feeDueOn,
});
const feeReceiptOnce = gate({
  code: 'FEE_NOTICE_RECEIPT_RECORDED',
  message: tx(
    '已登记申请人收到收费通知的日期',
    'The day the applicant received the fee notice is already recorded',
  ),
  check: (r) => r.feeNoticeReceivedOn === null,
});
const feeReceiptAfterNotice = gate({
  code: 'STEP_BEFORE_FEE_NOTICE',
  message: tx(
    '申请人收到收费通知的日期不能早于发出收费通知的日期',
    'The applicant cannot receive the fee notice before it was sent',
  ),
  check: (r) => r.feeNoticeOn !== null && r.stepOn >= r.feeNoticeOn,
});
const thirdPartyReceiptOnce = gate({
  code: 'THIRD_PARTY_RECEIPT_RECORDED',
  message: tx(
    '已登记第三方收到征求意见书的日期',
    'The day the third party received the consultation letter is already recorded',
  ),
  check: (r) => r.thirdPartyReceivedOn === null,
});
const thirdPartyReceiptAfterDispatch = gate({
  code: 'STEP_BEFORE_CONSULTATION',
  message: tx(
    '第三方收到征求意见书的日期不能早于发函日期',
    'The third party cannot receive the consultation letter before it was sent',
  ),
  check: (r) => r.thirdPartyConsultedOn !== null && r.stepOn >= r.thirdPartyConsultedOn,
});
const thirdPartyReceiptRecorded = gate({
  code: 'THIRD_PARTY_RECEIPT_NOT_RECORDED',
  message: tx(
    '请先登记第三方收到征求意见书的日期：15个工作日自第三方收到之日起计算',
    'First record the day the third party received the consultation letter: the 15 working days count from that day',
  ),
  basis: `${TIAOLI}第三十二条`,
  check: (r) => r.thirdPartyReceivedOn !== null,
});
const thirdPartyWindowPassed = gate({
  code: 'THIRD_PARTY_WINDOW_OPEN',
  message: tx(
    '第三方自收到征求意见书之日起15个工作日的期限尚未届满，不能按逾期未提出意见处理',
    "The third party's 15 working days from receiving the consultation letter have not ended: it cannot be treated as giving no opinion",
  ),
  basis: `${TIAOLI}第三十二条`,
  check: (r, f) => f.thirdPartyWindowEndsOn !== null && r.stepOn > f.thirdPartyWindowEndsOn,
});

const OPEN = ['registered', 'awaiting_correction', 'consulting', 'consulting_organ', 'awaiting_fee'] as const;
const ALL_CLOCKS = [
  ...REPLY_CLOCKS,
  correctionNoticeClock,
  thirdPartyClock,
  organConsultationClock,
  feePaymentClock,
];
/** Starts the reply clock of the 条例 text in force on the day of receipt (rule 14, law by date). */
const startReplyClock = {
  among: REPLY_CLOCKS,
  select: (r: DisclosureRequestRecord) => replyClockFor(r.receivedOn),
};
const HANDLE = 'disclosure.handle_request';
const stepOn = (r: DisclosureRequestRecord) => r.stepOn;

async function loadRequestFacts(tx: Tx, r: DisclosureRequestRecord): Promise<DisclosureRequestFacts> {
  // Statutory windows on the strict calendar, computed when a gate reads them (decision 0016).
  const cal = await loadStrictCalendar(tx);
  const clocks = await findClocksForSubject(tx, 'disclosure_request', r.id);
  const fee = clocks.findLast((c) => c.clockKey === feePaymentClock.key);
  return withLazyFacts(
    { feeDueOn: fee?.dueOn ?? null },
    {
      correctionWindowEndsOn: () => correctionWindowEndsOn(cal, r.receivedOn),
      // Basis: 条例 第三十二条 — 第三方应当自收到征求意见书之日起15个工作日内提出意见.
      thirdPartyWindowEndsOn: () =>
        r.thirdPartyReceivedOn
          ? addWorkingDays(cal, r.thirdPartyReceivedOn, CONSULTATION_WORKING_DAYS)
          : null,
    },
  );
}

/**
 * The statutory life of a disclosure request (条例 第二十九条至第四十二条): registered, optionally corrected,
 * consulted, charged or extended, and concluded with exactly one table 三 outcome.
 */
export const requestProcedure = defineProcedure({
  key: 'disclosure.request',
  subjectType: 'disclosure_request',
  label: tx('政府信息公开申请', 'Government information disclosure request'),
  states: {
    registered: { label: tx('已登记（办理中）', 'Registered (in progress)') },
    awaiting_correction: { label: tx('待补正', 'Awaiting correction') },
    consulting: { label: tx('征求第三方意见', 'Consult a third party') },
    consulting_organ: { label: tx('征求其他机关意见', 'Consult another organ') },
    awaiting_fee: { label: tx('待缴费', 'Awaiting payment') },
    concluded: { label: tx('已办结', 'Concluded'), final: true },
  },
  loadFacts: loadRequestFacts,
  titleOf: (r) => `依申请公开 ${r.trackingCode}`,
  transitions: {
    request_correction: {
      label: tx('告知补正', 'Request a correction'),
      from: ['registered'],
      to: 'awaiting_correction',
      permission: HANDLE,
      gates: [notBeforeReceipt, correctionOnce, correctionInWindow],
      // The reply period is not paused but starts over on receipt of the correction: stop it here.
      clocks: { stop: [...REPLY_CLOCKS, correctionNoticeClock] },
      input: TRANSITION_INPUTS.request_correction,
      basis: `${TIAOLI}第三十条`,
      auditAction: 'disclosure.request.correction_requested',
      effectiveOn: stepOn,
    },
    receive_correction: {
      label: tx('收到补正', 'Correction received'),
      from: ['awaiting_correction'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      // Basis: 条例 第三十条 — 答复期限自行政机关收到补正的申请之日起计算.
      clocks: { start: [startReplyClock] },
      input: TRANSITION_INPUTS.receive_correction,
      basis: `${TIAOLI}第三十条`,
      auditAction: 'disclosure.request.correction_received',
      effectiveOn: stepOn,
    },
    lapse_correction: {
      label: tx('逾期未补正（终止办理）', 'No correction in time (handling ends)'),
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
      label: tx('征求第三方意见', 'Consult a third party'),
      from: ['registered'],
      to: 'consulting',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      // Basis: 条例 第三十三条第三款 — 征求第三方意见所需时间不计算在答复期限内.
      clocks: { pause: REPLY_CLOCKS, stop: [correctionNoticeClock], start: [thirdPartyClock] },
      input: TRANSITION_INPUTS.consult_third_party,
      basis: `${TIAOLI}第三十二条、第三十三条第三款`,
      auditAction: 'disclosure.request.third_party_consulted',
      effectiveOn: stepOn,
    },
    record_third_party_receipt: {
      label: tx('第三方收到征求意见书', 'Third party received the consultation'),
      from: ['consulting'],
      to: 'consulting',
      permission: HANDLE,
      gates: [thirdPartyReceiptOnce, thirdPartyReceiptAfterDispatch],
      // Basis: 条例 第三十二条 — the 15 WD run from the third party's receipt: restart the reminder from it.
      clocks: { stop: [thirdPartyClock], start: [thirdPartyClock] },
      input: TRANSITION_INPUTS.record_third_party_receipt,
      basis: `${TIAOLI}第三十二条`,
      auditAction: 'disclosure.request.third_party_received',
      effectiveOn: stepOn,
    },
    receive_consultation: {
      label: tx('收到第三方意见', "Third party's opinion received"),
      from: ['consulting'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: [thirdPartyClock], resume: REPLY_CLOCKS },
      input: TRANSITION_INPUTS.receive_consultation,
      basis: `${TIAOLI}第三十二条`,
      auditAction: 'disclosure.request.third_party_answered',
      effectiveOn: stepOn,
    },
    third_party_silent: {
      label: tx('第三方逾期未提出意见', 'Third party gave no opinion in time'),
      from: ['consulting'],
      to: 'registered',
      permission: HANDLE,
      // Basis: 条例 第三十二条 — silence only after 15 WD from the third party's receipt of the consultation.
      gates: [thirdPartyReceiptRecorded, thirdPartyWindowPassed],
      clocks: { stop: [thirdPartyClock], resume: REPLY_CLOCKS },
      input: TRANSITION_INPUTS.third_party_silent,
      basis: `${TIAOLI}第三十二条`,
      auditAction: 'disclosure.request.third_party_silent',
      effectiveOn: stepOn,
    },
    consult_organ: {
      label: tx('征求其他机关意见', 'Consult another organ'),
      from: ['registered'],
      to: 'consulting_organ',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      // Basis: 条例 第三十三条第三款 — 征求第三方和其他机关意见所需时间不计算在前款规定的期限内.
      clocks: { pause: REPLY_CLOCKS, stop: [correctionNoticeClock], start: [organConsultationClock] },
      input: TRANSITION_INPUTS.consult_organ,
      basis: `${TIAOLI}第三十三条第三款、第三十四条`,
      auditAction: 'disclosure.request.organ_consulted',
      effectiveOn: stepOn,
    },
    receive_organ_opinion: {
      label: tx('收到其他机关意见', "Other organ's opinion received"),
      from: ['consulting_organ'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: [organConsultationClock], resume: REPLY_CLOCKS },
      input: TRANSITION_INPUTS.receive_organ_opinion,
      basis: `${TIAOLI}第三十三条第三款、第三十四条`,
      auditAction: 'disclosure.request.organ_answered',
      effectiveOn: stepOn,
    },
    extend_reply: {
      label: tx('延长答复期限', 'Extend the reply period'),
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
      label: tx('发出收费通知', 'Send a fee notice'),
      from: ['registered'],
      to: 'awaiting_fee',
      permission: HANDLE,
      gates: [notBeforeReceipt, feeRulesInForce, feeOnce],
      // The payment window starts on the applicant's receipt of the notice (record_fee_notice_receipt).
      clocks: { pause: REPLY_CLOCKS, stop: [correctionNoticeClock] },
      input: TRANSITION_INPUTS.issue_fee_notice,
      basis: `${TIAOLI}第四十二条；国办函〔2020〕109号`,
      auditAction: 'disclosure.request.fee_notice_issued',
      effectiveOn: stepOn,
    },
    record_fee_notice_receipt: {
      label: tx('申请人收到收费通知', 'Applicant received the fee notice'),
      from: ['awaiting_fee'],
      to: 'awaiting_fee',
      permission: HANDLE,
      gates: [feeReceiptOnce, feeReceiptAfterNotice],
      // Basis: 国办函〔2020〕109号 第七条 — the payment period runs from the applicant's receipt of the notice.
      clocks: { start: [feePaymentClock] },
      input: TRANSITION_INPUTS.record_fee_notice_receipt,
      basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
      auditAction: 'disclosure.request.fee_notice_received',
      effectiveOn: stepOn,
    },
    receive_fee: {
      label: tx('收到缴费', 'Payment received'),
      from: ['awaiting_fee'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: [feePaymentClock], resume: REPLY_CLOCKS },
      input: TRANSITION_INPUTS.receive_fee,
      auditAction: 'disclosure.request.fee_received',
      effectiveOn: stepOn,
    },
    lapse_fee: {
      label: tx('逾期未缴费（终止办理）', 'No payment in time (handling ends)'),
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
      label: tx('答复', 'Reply'),
      from: ['registered'],
      to: 'concluded',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: [...REPLY_CLOCKS, correctionNoticeClock] },
      input: TRANSITION_INPUTS.reply,
      basis: `${TIAOLI}第三十三条、第三十六条`,
      auditAction: 'disclosure.request.replied',
      effectiveOn: stepOn,
    },
    withdraw: {
      label: tx('申请人撤回', 'Withdrawn by the applicant'),
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
