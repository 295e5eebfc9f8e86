import type { IsoDate } from '../../../common/calendar/index.js';
import { CASE_TRANSITION_INPUTS } from '../../../common/contracts/reconsideration.js';
import { tx } from '../../../common/text/localized.js';
import { loadStrictCalendar } from '../../platform/calendar/index.js';
import type { Tx } from '../../platform/db/index.js';
import {
  defineGate,
  defineProcedure,
  type ProcedureRecord,
  withLazyFacts,
} from '../../platform/procedures/index.js';
import { type ClockKind, clockFor, clocksOfKind } from './clocks.js';
import { endOf } from './rules/deadlines.js';
import { type LawTextKey, lawText } from './rules/law-texts.js';

/** What the procedure sees of a case. `stepOn` is the day the step being applied takes legal effect. */
export interface CaseRecord extends ProcedureRecord {
  caseNumber: string;
  lawText: LawTextKey;
  receivedOn: IsoDate;
  /** The acceptance review runs from it: receipt, or the corrected application's receipt. */
  reviewFromOn: IsoDate;
  correctionRequestedOn: IsoDate | null;
  correctionDeadlineOn: IsoDate | null;
  procedureKind: 'ordinary' | 'simplified' | null;
  acceptedOn: IsoDate | null;
  copySentOn: IsoDate | null;
  answerReceivedOn: IsoDate | null;
  noAnswer: boolean;
  extendedOn: IsoDate | null;
  adviceIssuedOn: IsoDate | null;
  adviceReportedOn: IsoDate | null;
  stepOn: IsoDate;
}

/** The statutory windows the gates read, on the strict calendar (computed when a gate reads one). */
export interface CaseFacts {
  /** Last day to reject (不予受理); after it the application counts as accepted (第三十条第三款). */
  reviewEndsOn: IsoDate;
  /** Last day of the one 补正 notice (第三十一条). */
  correctionNoticeEndsOn: IsoDate;
  /** Last day of the respondent's answer; null before the copy is sent. */
  answerEndsOn: IsoDate | null;
}

type Gate = ReturnType<typeof defineGate<CaseRecord, CaseFacts>>;
const gate = (g: Parameters<typeof defineGate<CaseRecord, CaseFacts>>[0]): Gate =>
  defineGate<CaseRecord, CaseFacts>(g);

const LAW = '《行政复议法》';

const notBeforeReceipt = gate({
  code: 'STEP_BEFORE_RECEIPT',
  message: tx(
    '办理日期不能早于收到申请的日期',
    'The step cannot be dated before the application was received',
  ),
  check: (r) => r.stepOn >= r.receivedOn,
});
const correctionOnce = gate({
  code: 'CORRECTION_ALREADY_REQUESTED',
  message: tx('补正只能一次性书面通知，本案已通知过补正', 'A correction may be asked for once only'),
  basis: `${LAW}第三十一条`,
  check: (r) => r.correctionRequestedOn === null,
});
const correctionInWindow = gate({
  code: 'CORRECTION_WINDOW_PASSED',
  message: tx(
    '已超过收到申请之日起五个工作日，不能再通知补正',
    'More than 5 working days have passed since receipt: a correction can no longer be asked for',
  ),
  basis: `${LAW}第三十一条`,
  check: (r, f) => r.stepOn <= f.correctionNoticeEndsOn,
});
const correctionDeadlinePassed = gate({
  code: 'CORRECTION_DEADLINE_NOT_PASSED',
  message: tx(
    '补正期限尚未届满，不能按视为放弃申请处理',
    'The correction period has not ended: the application cannot be treated as abandoned',
  ),
  basis: `${LAW}第三十一条`,
  check: (r) => r.correctionDeadlineOn !== null && r.stepOn > r.correctionDeadlineOn,
});
const inReviewPeriod = gate({
  code: 'ACCEPTANCE_REVIEW_PASSED',
  message: tx(
    '受理审查期限（五个工作日）已届满，申请已视为受理，不能再决定不予受理',
    'The 5-working-day review has ended: the application counts as accepted and can no longer be rejected',
  ),
  basis: `${LAW}第三十条`,
  check: (r, f) => r.stepOn <= f.reviewEndsOn,
});
const reviewPassed = gate({
  code: 'ACCEPTANCE_REVIEW_OPEN',
  message: tx(
    '受理审查期限尚未届满，请作出受理或者不予受理的决定',
    'The review period has not ended: accept or reject the application',
  ),
  basis: `${LAW}第三十条`,
  check: (r, f) => r.stepOn > f.reviewEndsOn,
});
const copyOnce = gate({
  code: 'COPY_ALREADY_SENT',
  message: tx('已向被申请人发送申请书副本', 'The copy has already been sent to the respondent'),
  check: (r) => r.copySentOn === null,
});
const awaitingAnswer = gate({
  code: 'NO_ANSWER_PENDING',
  message: tx(
    '尚未向被申请人发送申请书副本，或答复已登记',
    'No answer is awaited: the copy was not sent, or the answer is already recorded',
  ),
  check: (r) => r.copySentOn !== null && r.answerReceivedOn === null && !r.noAnswer,
});
const answerWindowPassed = gate({
  code: 'ANSWER_PERIOD_OPEN',
  message: tx(
    '被申请人的答复期限尚未届满，不能按未答复处理',
    "The respondent's answer period has not ended: it cannot be treated as not answering",
  ),
  basis: `${LAW}第四十八条、第七十条`,
  check: (r, f) => f.answerEndsOn !== null && r.stepOn > f.answerEndsOn,
});
const ordinaryOnly = gate({
  code: 'EXTENSION_NOT_ORDINARY',
  message: tx(
    '只有适用普通程序的案件可以延长审理期限',
    'Only a case under the ordinary procedure may have its decision period extended',
  ),
  basis: `${LAW}第六十二条`,
  check: (r) => r.procedureKind === 'ordinary',
});
const extensionOnce = gate({
  code: 'EXTENSION_ALREADY_USED',
  message: tx(
    '审理期限只能延长一次（不超过三十日）',
    'The decision period may be extended once (30 days at most)',
  ),
  basis: `${LAW}第六十二条第一款`,
  check: (r) => r.extendedOn === null,
});
const adviceOnce = gate({
  code: 'ADVICE_ALREADY_ISSUED',
  message: tx('本案已制发意见书或建议书', 'An advice letter has already been issued in this case'),
  check: (r) => r.adviceIssuedOn === null,
});
const adviceAwaitingReport = gate({
  code: 'NO_ADVICE_REPORT_PENDING',
  message: tx('本案没有待报送整改情况的意见书', 'No advice letter of this case awaits its correction report'),
  basis: `${LAW}第七十六条`,
  check: (r) => r.adviceIssuedOn !== null && r.adviceReportedOn === null,
});

const HANDLE = 'reconsideration.handle_case';
const stepOn = (r: CaseRecord) => r.stepOn;
/** The clocks of a case start on acceptance (or the deemed acceptance day the writer recorded). */
const acceptedOn = (r: CaseRecord) => r.acceptedOn ?? r.stepOn;

/** Starts the clock of this kind under the case's text and procedure (simplified periods when simplified). */
const startOf = (base: 'copy' | 'answer' | 'decision') => ({
  among: clocksOfKind(base, `${base}_simplified` as ClockKind),
  select: (r: CaseRecord) =>
    clockFor(r.lawText, r.procedureKind === 'simplified' ? (`${base}_simplified` as ClockKind) : base),
});
const REVIEW = clocksOfKind('acceptance_review', 'correction_notice', 'applicant_correction');
const DECISION = clocksOfKind('decision', 'decision_simplified');
const ALL = clocksOfKind(
  'acceptance_review',
  'correction_notice',
  'applicant_correction',
  'copy',
  'copy_simplified',
  'answer',
  'answer_simplified',
  'decision',
  'decision_simplified',
);

async function loadCaseFacts(tx: Tx, r: CaseRecord): Promise<CaseFacts> {
  const cal = await loadStrictCalendar(tx);
  const text = lawText(r.lawText);
  const answer = r.procedureKind === 'simplified' ? text.answer.simplified : text.answer.ordinary;
  return withLazyFacts(
    {},
    {
      reviewEndsOn: () => endOf(cal, r.reviewFromOn, text.acceptanceReview),
      correctionNoticeEndsOn: () => endOf(cal, r.receivedOn, text.correctionNotice),
      answerEndsOn: () => (r.copySentOn && answer ? endOf(cal, r.copySentOn, answer) : null),
    },
  );
}

/**
 * The statutory life of a reconsideration case (行政复议法 第二十条至第七十九条): acceptance review with one
 * 补正, accepted (ordinary or simplified) or rejected, the respondent's answer, hearing and committee,
 * suspension, the decision or termination, and the 意见书's correction report. Periods by the text the case
 * runs under (rules/law-texts.ts).
 */
export const caseProcedure = defineProcedure({
  key: 'reconsideration.case',
  subjectType: 'reconsideration_case',
  label: tx('行政复议案件', 'Administrative reconsideration case'),
  states: {
    received: { label: tx('受理审查中', 'Acceptance review') },
    awaiting_correction: { label: tx('待补正', 'Awaiting correction') },
    under_review: { label: tx('审理中', 'Under review') },
    suspended: { label: tx('中止', 'Suspended') },
    // Not final: the 意见书 and its correction report (第七十六条) follow the decision on the concluded case.
    concluded: { label: tx('已审结', 'Concluded') },
  },
  loadFacts: loadCaseFacts,
  titleOf: (r) => `行政复议 ${r.caseNumber}`,
  transitions: {
    request_correction: {
      label: tx('通知补正', 'Ask for a correction'),
      from: ['received'],
      to: 'awaiting_correction',
      permission: HANDLE,
      gates: [notBeforeReceipt, correctionOnce, correctionInWindow],
      // The review restarts on the corrected application's receipt (第三十一条): stop it; the applicant's 10 WD run.
      clocks: {
        stop: clocksOfKind('acceptance_review', 'correction_notice'),
        start: [
          {
            among: clocksOfKind('applicant_correction'),
            select: (r) => clockFor(r.lawText, 'applicant_correction'),
          },
        ],
      },
      input: CASE_TRANSITION_INPUTS.request_correction,
      basis: `${LAW}第三十一条`,
      auditAction: 'reconsideration.case.correction_requested',
      effectiveOn: stepOn,
    },
    receive_correction: {
      label: tx('收到补正材料', 'Correction received'),
      from: ['awaiting_correction'],
      to: 'received',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: {
        stop: clocksOfKind('applicant_correction'),
        start: [
          {
            among: clocksOfKind('acceptance_review'),
            select: (r) => clockFor(r.lawText, 'acceptance_review'),
          },
        ],
      },
      input: CASE_TRANSITION_INPUTS.receive_correction,
      basis: `${LAW}第三十一条`,
      auditAction: 'reconsideration.case.correction_received',
      effectiveOn: stepOn,
    },
    lapse_correction: {
      label: tx('逾期不补正（视为放弃申请）', 'No correction in time (application abandoned)'),
      from: ['awaiting_correction'],
      to: 'concluded',
      permission: HANDLE,
      gates: [correctionDeadlinePassed],
      clocks: { stop: ALL },
      input: CASE_TRANSITION_INPUTS.lapse_correction,
      basis: `${LAW}第三十一条`,
      auditAction: 'reconsideration.case.correction_lapsed',
      effectiveOn: stepOn,
    },
    accept: {
      label: tx('受理', 'Accept'),
      from: ['received'],
      to: 'under_review',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: REVIEW, start: [startOf('copy'), startOf('decision')] },
      input: CASE_TRANSITION_INPUTS.accept,
      basis: `${LAW}第三十条、第五十三条`,
      auditAction: 'reconsideration.case.accepted',
      effectiveOn: acceptedOn,
    },
    deem_accepted: {
      label: tx('审查期满视为受理', 'Deemed accepted (review period passed)'),
      from: ['received'],
      to: 'under_review',
      permission: HANDLE,
      gates: [reviewPassed],
      clocks: { stop: REVIEW, start: [startOf('copy'), startOf('decision')] },
      input: CASE_TRANSITION_INPUTS.deem_accepted,
      basis: `${LAW}第三十条第三款`,
      auditAction: 'reconsideration.case.deemed_accepted',
      effectiveOn: acceptedOn,
    },
    reject: {
      label: tx('不予受理', 'Reject (not accepted)'),
      from: ['received'],
      to: 'concluded',
      permission: HANDLE,
      gates: [notBeforeReceipt, inReviewPeriod],
      clocks: { stop: ALL },
      input: CASE_TRANSITION_INPUTS.reject,
      basis: `${LAW}第三十条`,
      auditAction: 'reconsideration.case.rejected',
      effectiveOn: stepOn,
    },
    withdraw: {
      label: tx('申请人撤回申请', 'Withdrawn by the applicant'),
      from: ['received', 'awaiting_correction'],
      to: 'concluded',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: ALL },
      input: CASE_TRANSITION_INPUTS.withdraw,
      basis: `${LAW}第七十四条`,
      auditAction: 'reconsideration.case.withdrawn',
      effectiveOn: stepOn,
    },
    send_copy: {
      label: tx('向被申请人发送申请书副本', 'Send the copy to the respondent'),
      from: ['under_review'],
      to: 'under_review',
      permission: HANDLE,
      gates: [copyOnce],
      // `on` is the day the respondent received the copy: its answer period runs from it (第四十八条).
      clocks: { stop: clocksOfKind('copy', 'copy_simplified'), start: [startOf('answer')] },
      input: CASE_TRANSITION_INPUTS.send_copy,
      basis: `${LAW}第四十八条、第五十四条`,
      auditAction: 'reconsideration.case.copy_sent',
      effectiveOn: stepOn,
    },
    receive_answer: {
      label: tx('登记被申请人答复及证据', "Record the respondent's answer and evidence"),
      from: ['under_review'],
      to: 'under_review',
      permission: 'reconsideration.answer',
      gates: [awaitingAnswer],
      clocks: { stop: clocksOfKind('answer', 'answer_simplified') },
      input: CASE_TRANSITION_INPUTS.receive_answer,
      basis: `${LAW}第四十八条`,
      auditAction: 'reconsideration.case.answered',
      effectiveOn: stepOn,
    },
    record_no_answer: {
      label: tx('被申请人逾期未答复', 'Respondent did not answer in time'),
      from: ['under_review'],
      to: 'under_review',
      permission: HANDLE,
      gates: [awaitingAnswer, answerWindowPassed],
      clocks: { stop: clocksOfKind('answer', 'answer_simplified') },
      input: CASE_TRANSITION_INPUTS.record_no_answer,
      basis: `${LAW}第七十条`,
      auditAction: 'reconsideration.case.no_answer',
      effectiveOn: stepOn,
    },
    hold_hearing: {
      label: tx('举行听证', 'Hold a hearing'),
      from: ['under_review'],
      to: 'under_review',
      permission: HANDLE,
      input: CASE_TRANSITION_INPUTS.hold_hearing,
      basis: `${LAW}第五十条、第五十一条`,
      auditAction: 'reconsideration.case.hearing_held',
      effectiveOn: stepOn,
    },
    consult_committee: {
      label: tx('提请行政复议委员会咨询', 'Consult the reconsideration committee'),
      from: ['under_review'],
      to: 'under_review',
      permission: HANDLE,
      input: CASE_TRANSITION_INPUTS.consult_committee,
      basis: `${LAW}第五十二条、第六十一条`,
      auditAction: 'reconsideration.case.committee_consulted',
      effectiveOn: stepOn,
    },
    refer_normative_document: {
      label: tx('附带审查规范性文件（中止）', 'Incidental review of a normative document (suspends)'),
      from: ['under_review'],
      to: 'suspended',
      permission: HANDLE,
      clocks: { pause: DECISION },
      input: CASE_TRANSITION_INPUTS.refer_normative_document,
      basis: `${LAW}第五十六条至第六十条、第三十九条`,
      auditAction: 'reconsideration.case.normative_document_referred',
      effectiveOn: stepOn,
    },
    suspend: {
      label: tx('中止审理', 'Suspend'),
      from: ['under_review'],
      to: 'suspended',
      permission: HANDLE,
      clocks: { pause: DECISION },
      input: CASE_TRANSITION_INPUTS.suspend,
      basis: `${LAW}第三十九条`,
      auditAction: 'reconsideration.case.suspended',
      effectiveOn: stepOn,
    },
    resume: {
      label: tx('恢复审理', 'Resume'),
      from: ['suspended'],
      to: 'under_review',
      permission: HANDLE,
      clocks: { resume: DECISION },
      input: CASE_TRANSITION_INPUTS.resume,
      basis: `${LAW}第四十条`,
      auditAction: 'reconsideration.case.resumed',
      effectiveOn: stepOn,
    },
    extend_decision: {
      label: tx('延长审理期限', 'Extend the decision period'),
      from: ['under_review'],
      to: 'under_review',
      permission: 'reconsideration.approve_extension',
      gates: [ordinaryOnly, extensionOnce],
      // The clock itself is extended in the service's write (extendClock checks the permission and cap again).
      input: CASE_TRANSITION_INPUTS.extend_decision,
      basis: `${LAW}第六十二条第一款`,
      auditAction: 'reconsideration.case.decision_extended',
      effectiveOn: stepOn,
    },
    decide: {
      label: tx('作出行政复议决定', 'Decide'),
      from: ['under_review'],
      to: 'concluded',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: ALL },
      input: CASE_TRANSITION_INPUTS.decide,
      basis: `${LAW}第六十三条至第七十三条`,
      auditAction: 'reconsideration.case.decided',
      effectiveOn: stepOn,
    },
    terminate: {
      label: tx('终止行政复议', 'Terminate'),
      from: ['under_review', 'suspended'],
      to: 'concluded',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: ALL },
      input: CASE_TRANSITION_INPUTS.terminate,
      basis: `${LAW}第四十一条、第七十四条`,
      auditAction: 'reconsideration.case.terminated',
      effectiveOn: stepOn,
    },
    issue_advice: {
      label: tx('制发意见书或建议书', 'Issue an advice letter'),
      from: ['concluded'],
      to: 'concluded',
      permission: HANDLE,
      gates: [adviceOnce],
      clocks: {
        start: [
          { among: clocksOfKind('advice_report'), select: (r) => clockFor(r.lawText, 'advice_report') },
        ],
      },
      input: CASE_TRANSITION_INPUTS.issue_advice,
      basis: `${LAW}第七十六条`,
      auditAction: 'reconsideration.case.advice_issued',
      effectiveOn: stepOn,
    },
    receive_advice_report: {
      label: tx('收到整改情况报告', 'Correction report received'),
      from: ['concluded'],
      to: 'concluded',
      permission: 'reconsideration.answer',
      gates: [adviceAwaitingReport],
      clocks: { stop: clocksOfKind('advice_report') },
      input: CASE_TRANSITION_INPUTS.receive_advice_report,
      basis: `${LAW}第七十六条`,
      auditAction: 'reconsideration.case.advice_reported',
      effectiveOn: stepOn,
    },
  },
});

export type CaseTransitionKey = keyof typeof caseProcedure.transitions;
