import { type Text, tx } from '../../../common/text/localized.js';
import type { IsoDate } from '../../../common/calendar/index.js';
import type { CaseKind, PartyType } from '../../../common/contracts/enforcement/dictionaries.js';
import { CASE_TRANSITION_INPUTS } from '../../../common/contracts/enforcement/cases.js';
import { type ClockDef, type ClockExtension, defineClock } from '../../platform/clocks/index.js';
import { defineProcedure } from '../../platform/procedures/index.js';
import { defineGate } from '../../platform/procedures/index.js';
import type { ProcedureRecord, ProcedureStep } from '../../platform/procedures/index.js';
import { isEveryPenaltyDecisionReviewed } from './rules/legal-review.js';
import type { AmountThresholds } from './rules/discretion.js';
import { hearingRightGrounds, heavierThanNotified, type PenaltyTerms } from './rules/penalty-rights.js';
import { servedOnOf, type ServiceFacts } from './rules/service.js';
import {
  HANDLING_PERIODS,
  type HandlingExtension,
  PAYMENT_CALENDAR_DAYS,
  PENALTY_LAW_VERSIONS,
  type PenaltyPeriods,
  PUBLICATION_WORKING_DAYS,
  penaltyPeriodsOn,
  WITHDRAWAL_WORKING_DAYS,
} from './rules/periods.js';

// ── Clocks ──────────────────────────────────────────────────────────────────────────────────────────

/** From 立案 / 受理 to the decision, one clock per kind of case (rules/periods.ts). */
export const handlingClocks: Record<CaseKind, ClockDef> = {
  penalty: handlingClock(
    'penalty',
    tx('行政处罚案件办理期限', 'Handling period of a penalty case'),
    tx('立案', 'the case was opened'),
  ),
  licensing: handlingClock(
    'licensing',
    tx('行政许可办理期限', 'Handling period of a licensing case'),
    tx('受理', 'the application was accepted'),
  ),
  coercion: handlingClock(
    'coercion',
    tx('查封、扣押期限', 'Period of a seizure or impoundment'),
    tx('实施查封、扣押', 'the seizure or impoundment'),
  ),
};

function handlingClock(kind: CaseKind, label: Text, startPhrase: Text): ClockDef {
  const period = HANDLING_PERIODS[kind];
  return defineClock({
    key: `enforcement.handling_${kind}`,
    label,
    length: period.length,
    basis: period.basis,
    startPhrase,
    extension: handlingExtension(period.extension),
    // Hearing, 公告, 检测检验检疫鉴定 and 中止 are not counted (HANDLING_PAUSE_BASIS; cases/service/handling-pause.ts).
    pausable: true,
  });
}

/** The kernel's extension for a handling period; the further ones (penalty) are recorded by the same approvers. */
function handlingExtension({ further, ...fixed }: HandlingExtension): ClockExtension {
  const permission = 'enforcement.approve_extension';
  if (!further) return { ...fixed, permission };
  return { ...fixed, permission, further: { permission, setBy: 'approver', label: further.setBy } };
}

/** One clock per text of 行政处罚法 for each period that the 2021 revision changed. */
function versionedClocks(
  what: 'hearingRequest' | 'service',
  label: Text,
  startPhrase: Text,
): Map<PenaltyPeriods, ClockDef> {
  return new Map(
    PENALTY_LAW_VERSIONS.map((v) => [
      v,
      defineClock({
        key: `enforcement.${what === 'hearingRequest' ? 'hearing_request' : 'service'}_${v.inForceFrom.slice(0, 4)}`,
        label,
        length: { amount: v[what].amount, unit: v[what].unit },
        basis: `${v.law}${v[what].article}`,
        startPhrase,
      }),
    ]),
  );
}

/** 听证申请期限: the party may ask for a hearing within 5 WD (3 days before 2021-07-15) of the notice. */
export const hearingRequestClocks = versionedClocks(
  'hearingRequest',
  tx('听证申请期限', 'Period to ask for a hearing'),
  tx('告知听证权利', 'notice of the right to a hearing'),
);
/** 送达期限: the decision reaches the party within 7 WD (7 days before 2021-07-15). */
export const serviceClocks = versionedClocks(
  'service',
  tx('决定书送达期限', 'Period to serve the decision'),
  tx('作出决定', 'the decision was made'),
);

/** Publication of the decision (国办发〔2018〕118号): 7 WD for 许可 and 处罚, 20 WD for the others. */
export const publicationClocks: Record<CaseKind, ClockDef> = Object.fromEntries(
  (Object.keys(PUBLICATION_WORKING_DAYS) as CaseKind[]).map((kind) => [
    kind,
    defineClock({
      key: `enforcement.publication_${kind}`,
      label: tx('执法决定公示期限', 'Period to publish the decision'),
      length: { amount: PUBLICATION_WORKING_DAYS[kind], unit: 'working_days' },
      basis:
        '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
      startPhrase: tx('作出执法决定', 'the enforcement decision was made'),
    }),
  ]),
) as Record<CaseKind, ClockDef>;

/**
 * Withdrawal of a published decision that was changed or revoked: 3 WD (处罚法 (2021) 第四十八条第二款, 第八十五条);
 * started only for a change from 2021-07-15 (rules/periods.ts `withdrawalWorkingDaysOn`).
 */
export const withdrawalClock = defineClock({
  key: 'enforcement.publication_withdrawal',
  label: tx('撤回公示信息期限', 'Period to withdraw a published decision'),
  length: { amount: WITHDRAWAL_WORKING_DAYS, unit: 'working_days' },
  basis: '《行政处罚法》（2021年修订）第四十八条第二款',
  startPhrase: tx(
    '决定被变更、撤销或确认违法、无效',
    'the decision was changed, revoked, or held unlawful or void',
  ),
});

/** Payment of a fine: 15 days from service (处罚法 第六十七条); late payment then costs 3 % a day (第七十二条). */
export const paymentClock = defineClock({
  key: 'enforcement.payment',
  label: tx('罚款缴纳期限', 'Period to pay the fine'),
  length: { amount: PAYMENT_CALENDAR_DAYS, unit: 'calendar_days' },
  basis: '《行政处罚法》第六十七条',
  startPhrase: tx('收到处罚决定书', 'receipt of the penalty decision'),
});

const kindClocks = (clocks: Record<CaseKind, ClockDef>) => Object.values(clocks);

// ── The record, its facts and the gates ────────────────────────────────────────────────────────────

/** What the procedure sees of a case. `stepOn` is the day the step being applied takes effect. */
export interface EnforcementCaseRecord extends ProcedureRecord {
  kind: CaseKind;
  caseNumber: string;
  openedOn: IsoDate;
  isMajor: boolean;
  hearingRight: boolean;
  partyType: PartyType;
  notifiedOn: IsoDate | null;
  /** What the notice announced; null for a notice recorded before decision 0014 (kinds not recorded). */
  notice: PenaltyTerms | null;
  noticeServedOn: IsoDate | null;
  statementReceivedOn: IsoDate | null;
  statementWaivedOn: IsoDate | null;
  hearingRequestedOn: IsoDate | null;
  hearingOn: IsoDate | null;
  hearingHeldOn: IsoDate | null;
  collectiveRequired: boolean;
  collectiveDiscussedOn: IsoDate | null;
  decidedOn: IsoDate | null;
  hasFine: boolean;
  stepOn: IsoDate;
}

/** What the gates need beyond the record, loaded in the transaction (cases/service/facts.ts). */
export interface EnforcementCaseFacts {
  evidenceCount: number;
  /** The conclusion of the latest concluded 法制审核, if any. */
  latestReviewConclusion: string | null;
  /** The last day the party may ask for a hearing, when the notice included the right to one and was served. */
  hearingRequestEndsOn: IsoDate | null;
  /** The last day for 陈述、申辩 (settings' working days after service), once the notice was served. */
  statementEndsOn: IsoDate | null;
  /** The terms of the decision being taken (决定 only), compared with the notice. */
  decision: PenaltyTerms | null;
  /** The 较大数额 that carry a right to a hearing (enforcement settings). */
  thresholds: AmountThresholds;
  /**
   * The hearing request being recorded (申请听证 only), with the postmark of a mailed one; null when no request
   * is being recorded (the list of next steps), since only the form knows the request's day and postmark.
   */
  hearingRequest: { postedOn: IsoDate | null } | null;
  /** The decision being taken reaches the district's 重大执法决定 amount (罚没 total); false outside 决定. */
  majorByAmount: boolean;
}

type Gate = ReturnType<typeof defineGate<EnforcementCaseRecord, EnforcementCaseFacts>>;
const gate = (g: Parameters<typeof defineGate<EnforcementCaseRecord, EnforcementCaseFacts>>[0]): Gate =>
  defineGate<EnforcementCaseRecord, EnforcementCaseFacts>(g);

const PENALTY_LAW = '《行政处罚法》';

const notBeforeOpening = gate({
  code: 'STEP_BEFORE_OPENING',
  message: tx('办理日期不能早于立案日期', 'The date of the step cannot be before the case was opened'),
  check: (r) => r.stepOn >= r.openedOn,
});
const evidenceRecorded = gate({
  code: 'EVIDENCE_REQUIRED',
  message: tx(
    '尚未登记任何证据，不能告知拟处罚决定',
    'No evidence is recorded yet: the intended penalty cannot be notified',
  ),
  basis: `${PENALTY_LAW}第四十条、第五十四条`,
  check: (_r, f) => f.evidenceCount > 0,
});
const noticeGiven = gate({
  code: 'NOTICE_REQUIRED',
  message: tx(
    '行政处罚决定前应当告知当事人拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证权利',
    'Before a penalty decision the party must be told the intended penalty, its facts, reasons and basis, and the rights to state, defend and ask for a hearing',
  ),
  basis: `${PENALTY_LAW}第四十四条、第六十二条`,
  check: (r) => r.kind !== 'penalty' || r.notifiedOn !== null,
});
/** A notice recorded with its kinds (decision 0014); older notices keep the rules they were given under. */
const isRecordedNotice = (r: EnforcementCaseRecord) => r.kind === 'penalty' && r.notice !== null;

/** Was `transition` applied since the latest notice (a new notice starts the party's rights afresh)? */
export function appliedSinceNotice(steps: readonly ProcedureStep[], transition: string): boolean {
  const notice = steps.findLastIndex((s) => s.transition === 'notify' || s.transition === 'renotify');
  return steps.slice(notice + 1).some((s) => s.transition === transition);
}

const noticeServed = gate({
  code: 'NOTICE_NOT_SERVED',
  message: tx(
    '告知书尚未送达当事人（请先登记送达方式和送达日期），陈述、申辩和听证期限自送达之日起计算',
    'The notice has not been served on the party (record how and when it was served first); the periods for statement, defence and hearing count from service',
  ),
  basis: `${PENALTY_LAW}第四十四条、第六十一条；《民事诉讼法》第八十七条至第九十五条`,
  check: (r) => !isRecordedNotice(r) || r.noticeServedOn !== null,
});
const statementWindowClosed = gate({
  code: 'STATEMENT_WINDOW_OPEN',
  message: tx(
    '当事人陈述、申辩的期限尚未届满，不能作出决定（当事人已提出陈述、申辩或书面放弃的，请先登记）',
    "The party's period for statement and defence has not ended: no decision yet (if the party has made a statement or waived it in writing, record that first)",
  ),
  basis: `${PENALTY_LAW}第四十四条、第四十五条、第六十二条`,
  check: (r, f) =>
    !isRecordedNotice(r) ||
    r.statementReceivedOn !== null ||
    r.statementWaivedOn !== null ||
    (f.statementEndsOn !== null && r.stepOn > f.statementEndsOn),
});
const notHeavierThanNotice = gate({
  code: 'PENALTY_HEAVIER_THAN_NOTICE',
  message: tx(
    '决定的处罚重于告知的内容（增加了未告知的处罚种类，或罚款、没收金额高于告知），应当重新告知当事人；不得因当事人陈述、申辩而给予更重的处罚',
    'The decided penalty is heavier than the notice (a kind not notified, or a higher fine or confiscation): notify the party again; a statement or defence must never bring a heavier penalty',
  ),
  basis: `${PENALTY_LAW}第四十四条、第四十五条第二款`,
  check: (r, f) =>
    !isRecordedNotice(r) || !f.decision || heavierThanNotified(r.notice!, f.decision).length === 0,
});
const hearingRightOffered = gate({
  code: 'HEARING_RIGHT_NOT_NOTIFIED',
  message: tx(
    '决定的处罚（较大数额罚款或没收、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等）依法应当告知听证权利，告知时未告知，应当重新告知',
    'This penalty (a large fine or confiscation, downgraded qualification, revoked licence, suspension, closure, barred practice …) requires notice of the right to a hearing, which the notice left out: notify again',
  ),
  basis: `${PENALTY_LAW}第六十三条（2017年修正本第四十二条）`,
  check: (r, f) =>
    r.kind !== 'penalty' ||
    r.hearingRight ||
    !f.decision ||
    hearingRightGrounds(r.notifiedOn ?? r.stepOn, f.decision, f.thresholds, r.partyType).length === 0,
});
const hearingRightGiven = gate({
  code: 'NO_HEARING_RIGHT',
  message: tx(
    '告知时未载明听证权利，本案不适用听证程序',
    'The notice did not state a right to a hearing: the hearing procedure does not apply to this case',
  ),
  basis: `${PENALTY_LAW}第六十三条`,
  check: (r) => r.hearingRight,
});
const hearingRequestInTime = gate({
  code: 'HEARING_REQUEST_LATE',
  message: tx('已超过告知后申请听证的期限', 'The period to ask for a hearing after the notice has passed'),
  basis: `${PENALTY_LAW}第六十四条`,
  // A request posted before the window closed is in time (the postmark is the form's `postmarkOn`); a
  // notice not yet served has not started the window. Judged on the request itself: a request dated back
  // or posted in time may be recorded after the window, so the step stays on offer until then.
  check: (r, f) =>
    f.hearingRequest === null ||
    (isRecordedNotice(r) && r.noticeServedOn === null) ||
    (f.hearingRequestEndsOn !== null && (f.hearingRequest.postedOn ?? r.stepOn) <= f.hearingRequestEndsOn),
});
const hearingWindowClosed = gate({
  code: 'HEARING_WINDOW_OPEN',
  message: tx(
    '当事人申请听证的期限尚未届满，不能作出决定（当事人书面放弃听证的，先登记放弃）',
    "The party's period to ask for a hearing has not ended: no decision yet (if the party waived the hearing in writing, record the waiver first)",
  ),
  basis: `${PENALTY_LAW}第六十四条`,
  check: (r, f) =>
    (f.hearingRequestEndsOn === null && !(r.hearingRight && isRecordedNotice(r))) ||
    r.hearingRequestedOn !== null ||
    appliedSinceNotice(f.steps, 'waive_hearing') ||
    (f.hearingRequestEndsOn !== null && r.stepOn > f.hearingRequestEndsOn),
});
const hearingScheduled = gate({
  code: 'HEARING_NOT_SCHEDULED',
  message: tx('尚未确定听证日期，或听证日期未到', 'No hearing date is set, or the hearing day has not come'),
  basis: `${PENALTY_LAW}第六十四条`,
  check: (r) => r.hearingOn !== null && r.stepOn >= r.hearingOn,
});
const hearingHeldIfRequested = gate({
  code: 'HEARING_NOT_HELD',
  message: tx(
    '当事人已申请听证，听证结束前不能作出决定',
    'The party asked for a hearing: no decision before the hearing ends',
  ),
  basis: `${PENALTY_LAW}第六十五条`,
  check: (r) => r.hearingRequestedOn === null || r.hearingHeldOn !== null,
});
const everyDecisionReviewed = gate({
  code: 'LEGAL_REVIEW_REQUIRED',
  message: tx(
    '2018年1月1日至2021年7月14日作出的行政处罚决定，在负责人作出决定前均须经法制审核且审核意见为“同意（合法）”',
    'Penalty decisions made from 2018-01-01 to 2021-07-14 need a legal review found lawful before the head decides',
  ),
  basis: `${PENALTY_LAW}（2017年修正）第三十八条第三款`,
  // Basis: 行政处罚法 (2017) 第三十八条第三款 — chosen by the decision day (rules/legal-review.ts).
  check: (r, f) => !isEveryPenaltyDecisionReviewed(r.kind, r.stepOn) || f.latestReviewConclusion === 'lawful',
});
const legalReviewPassed = gate({
  code: 'LEGAL_REVIEW_REQUIRED',
  message: tx(
    '本案属于重大执法决定，须经法制审核且审核意见为“同意（合法）”后方可作出决定',
    'This is a major enforcement decision: it needs a legal review found lawful before the decision',
  ),
  basis: `${PENALTY_LAW}第五十八条；国办发〔2018〕118号`,
  // A case major by its reasons, or a decision major by its amount: the one place this rule is checked.
  check: (r, f) => !(r.isMajor || f.majorByAmount) || f.latestReviewConclusion === 'lawful',
});
const collectiveDiscussed = gate({
  code: 'COLLECTIVE_DISCUSSION_REQUIRED',
  message: tx(
    '情节复杂或重大违法行为给予行政处罚，应当由行政机关负责人集体讨论决定',
    'A penalty for a complex or serious violation must be decided by the heads collectively',
  ),
  basis: `${PENALTY_LAW}第五十七条第二款`,
  check: (r) => !r.collectiveRequired || r.collectiveDiscussedOn !== null,
});
const fineSettled = gate({
  code: 'FINE_NOT_SETTLED',
  message: tx(
    '罚没款尚未登记缴纳或执行，不能结案',
    'The fine or confiscation is not recorded as paid or enforced: the case cannot be closed',
  ),
  basis: `${PENALTY_LAW}第六十七条`,
  check: (r) => r.state !== 'served' || !r.hasFine,
});

// ── The procedure ──────────────────────────────────────────────────────────────────────────────────

const HANDLE = 'enforcement.handle_case';
const REVIEW = 'enforcement.legal_review';
const OPEN = ['investigating', 'notified', 'hearing', 'under_review', 'ready'] as const;
const stepOn = (r: EnforcementCaseRecord) => r.stepOn;
// The hearing period of the text in force on the day of the notice; the clock runs from its service.
const hearingRequestClock = (r: EnforcementCaseRecord) =>
  hearingRequestClocks.get(penaltyPeriodsOn(r.notifiedOn ?? r.stepOn)) ?? null;
/** The day a service step counts from (邮寄: the receipt; 公告: 30 days on) — rules/service.ts. */
const servedOn = (r: EnforcementCaseRecord, input: unknown) =>
  servedOnOf({ ...(input as Omit<ServiceFacts, 'stepOn'>), stepOn: r.stepOn }) ?? r.stepOn;
const serviceClock = (r: EnforcementCaseRecord) => serviceClocks.get(penaltyPeriodsOn(r.stepOn)) ?? null;

/**
 * The life of an enforcement case (行政处罚法 第五章; 许可 and 强制 decisions skip 告知 and 听证):
 * 立案 → 调查取证 → 告知 → 听证 → 法制审核 → 集体讨论 → 决定 → 送达 → 执行 → 结案.
 * 立案 itself is the `openCase` use case (it starts the handling clock); publication of the decision
 * and its withdrawal are use cases beside the procedure (the case may be closed while published).
 */
export const caseProcedure = defineProcedure({
  key: 'enforcement.case',
  subjectType: 'enforcement_case',
  label: tx('行政执法案件', 'Enforcement case'),
  states: {
    investigating: { label: tx('调查取证', 'Investigating') },
    notified: { label: tx('已告知', 'Notified') },
    hearing: { label: tx('听证', 'Hearing') },
    under_review: { label: tx('法制审核中', 'Under legal review') },
    ready: { label: tx('待决定', 'Awaiting decision') },
    decided: { label: tx('已决定', 'Decided') },
    served: { label: tx('已送达', 'Served') },
    executed: { label: tx('已执行', 'Executed') },
    closed: { label: tx('已结案', 'Closed'), final: true },
  },
  titleOf: (r: EnforcementCaseRecord) => `执法案件 ${r.caseNumber}`,
  transitions: {
    notify: {
      label: tx('告知（陈述、申辩、听证权利）', 'Notify the party (statement, defence, hearing rights)'),
      from: ['investigating'],
      to: 'notified',
      permission: HANDLE,
      gates: [notBeforeOpening, evidenceRecorded],
      input: CASE_TRANSITION_INPUTS.notify,
      basis: `${PENALTY_LAW}第四十四条、第六十三条`,
      auditAction: 'enforcement.case.notified',
      effectiveOn: stepOn,
    },
    renotify: {
      label: tx('重新告知', 'Notify again'),
      from: ['notified', 'ready'],
      to: 'notified',
      permission: HANDLE,
      gates: [notBeforeOpening, noticeGiven],
      // The earlier notice's windows end; the new one's start when it is served.
      clocks: { stop: [...hearingRequestClocks.values()] },
      input: CASE_TRANSITION_INPUTS.renotify,
      basis: `${PENALTY_LAW}第四十四条、第四十五条第二款`,
      auditAction: 'enforcement.case.renotified',
      effectiveOn: stepOn,
    },
    serve_notice: {
      label: tx('告知书送达', 'Notice served'),
      from: ['notified'],
      to: 'notified',
      permission: HANDLE,
      gates: [notBeforeOpening],
      clocks: {
        stop: [...hearingRequestClocks.values()],
        start: [
          {
            among: [...hearingRequestClocks.values()],
            select: (r) => (r.hearingRight ? hearingRequestClock(r) : null),
          },
        ],
      },
      input: CASE_TRANSITION_INPUTS.serve_notice,
      basis: `${PENALTY_LAW}第六十一条；《民事诉讼法》第八十七条至第九十五条`,
      auditAction: 'enforcement.case.notice_served',
      effectiveOn: servedOn,
    },
    record_statement: {
      label: tx('登记陈述、申辩', "Record the party's statement and defence"),
      from: ['notified'],
      to: 'notified',
      permission: HANDLE,
      gates: [notBeforeOpening, noticeServed],
      input: CASE_TRANSITION_INPUTS.record_statement,
      basis: `${PENALTY_LAW}第四十五条`,
      auditAction: 'enforcement.case.statement_recorded',
      effectiveOn: stepOn,
    },
    waive_statement: {
      label: tx('当事人书面放弃陈述、申辩', 'Party waived statement and defence in writing'),
      from: ['notified'],
      to: 'notified',
      permission: HANDLE,
      gates: [notBeforeOpening, noticeServed],
      input: CASE_TRANSITION_INPUTS.waive_statement,
      basis: `${PENALTY_LAW}第四十四条、第四十五条`,
      auditAction: 'enforcement.case.statement_waived',
      effectiveOn: stepOn,
    },
    waive_hearing: {
      label: tx('当事人放弃听证', 'Party waived the hearing'),
      from: ['notified'],
      to: 'ready',
      permission: HANDLE,
      gates: [notBeforeOpening, hearingRightGiven, noticeServed],
      clocks: { stop: [...hearingRequestClocks.values()] },
      input: CASE_TRANSITION_INPUTS.waive_hearing,
      basis: `${PENALTY_LAW}第六十四条`,
      auditAction: 'enforcement.case.hearing_waived',
      effectiveOn: stepOn,
    },
    request_hearing: {
      label: tx('当事人申请听证', 'Party asked for a hearing'),
      from: ['notified'],
      to: 'hearing',
      permission: HANDLE,
      gates: [notBeforeOpening, hearingRightGiven, noticeServed, hearingRequestInTime],
      clocks: { stop: [...hearingRequestClocks.values()] },
      input: CASE_TRANSITION_INPUTS.request_hearing,
      basis: `${PENALTY_LAW}第六十四条`,
      auditAction: 'enforcement.case.hearing_requested',
      effectiveOn: stepOn,
    },
    schedule_hearing: {
      label: tx('通知听证', 'Give notice of the hearing'),
      from: ['hearing'],
      to: 'hearing',
      permission: HANDLE,
      gates: [notBeforeOpening],
      // The notice must precede the hearing by 7 WD (7 days before 2021-07-15): checked on the form.
      input: CASE_TRANSITION_INPUTS.schedule_hearing,
      basis: `${PENALTY_LAW}第六十四条`,
      auditAction: 'enforcement.case.hearing_scheduled',
      effectiveOn: stepOn,
    },
    hold_hearing: {
      label: tx('举行听证', 'Hold the hearing'),
      from: ['hearing'],
      to: 'ready',
      permission: HANDLE,
      gates: [notBeforeOpening, hearingScheduled],
      input: CASE_TRANSITION_INPUTS.hold_hearing,
      basis: `${PENALTY_LAW}第六十四条、第六十五条`,
      auditAction: 'enforcement.case.hearing_held',
      effectiveOn: stepOn,
    },
    submit_review: {
      label: tx('提交法制审核', 'Submit for legal review'),
      from: ['investigating', 'notified', 'ready'],
      to: 'under_review',
      permission: HANDLE,
      gates: [notBeforeOpening, noticeGiven, noticeServed, hearingWindowClosed, hearingHeldIfRequested],
      input: CASE_TRANSITION_INPUTS.submit_review,
      basis: `${PENALTY_LAW}第五十八条`,
      auditAction: 'enforcement.case.review_submitted',
      effectiveOn: stepOn,
    },
    approve_review: {
      label: tx('法制审核：同意', 'Legal review: approved'),
      from: ['under_review'],
      to: 'ready',
      permission: REVIEW,
      gates: [notBeforeOpening],
      input: CASE_TRANSITION_INPUTS.approve_review,
      basis: `${PENALTY_LAW}第五十八条`,
      auditAction: 'enforcement.case.review_approved',
      effectiveOn: stepOn,
    },
    return_review: {
      label: tx(
        '法制审核：退回补充调查或修改',
        'Legal review: returned for further investigation or changes',
      ),
      from: ['under_review'],
      to: 'investigating',
      permission: REVIEW,
      gates: [notBeforeOpening],
      input: CASE_TRANSITION_INPUTS.return_review,
      basis: `${PENALTY_LAW}第五十八条`,
      auditAction: 'enforcement.case.review_returned',
      effectiveOn: stepOn,
    },
    discuss_collectively: {
      label: tx('负责人集体讨论', "Heads' collective discussion"),
      from: ['notified', 'ready'],
      to: 'ready',
      permission: HANDLE,
      gates: [notBeforeOpening, hearingWindowClosed, hearingHeldIfRequested],
      input: CASE_TRANSITION_INPUTS.discuss_collectively,
      basis: `${PENALTY_LAW}第五十七条第二款`,
      auditAction: 'enforcement.case.collectively_discussed',
      effectiveOn: stepOn,
    },
    decide: {
      label: tx('作出决定', 'Make the decision'),
      from: ['investigating', 'notified', 'ready'],
      to: 'decided',
      permission: HANDLE,
      gates: [
        notBeforeOpening,
        noticeGiven,
        noticeServed,
        notHeavierThanNotice,
        hearingRightOffered,
        hearingWindowClosed,
        hearingHeldIfRequested,
        everyDecisionReviewed,
        legalReviewPassed,
        collectiveDiscussed,
        statementWindowClosed,
      ],
      // The publication clock (7 or 20 WD by kind) and the filing of a major penalty start in the writer.
      clocks: {
        stop: [...kindClocks(handlingClocks), ...hearingRequestClocks.values()],
        start: [
          {
            among: [...serviceClocks.values()],
            select: (r) => (r.kind === 'penalty' ? serviceClock(r) : null),
          },
        ],
      },
      input: CASE_TRANSITION_INPUTS.decide,
      basis: `${PENALTY_LAW}第五十七条、第五十九条`,
      auditAction: 'enforcement.case.decided',
      effectiveOn: stepOn,
    },
    serve: {
      label: tx('送达决定书', 'Serve the decision'),
      from: ['decided'],
      to: 'served',
      permission: HANDLE,
      gates: [notBeforeOpening],
      clocks: {
        stop: [...serviceClocks.values()],
        start: [{ among: [paymentClock], select: (r) => (r.hasFine ? paymentClock : null) }],
      },
      input: CASE_TRANSITION_INPUTS.serve,
      basis: `${PENALTY_LAW}第六十一条`,
      auditAction: 'enforcement.case.served',
      effectiveOn: servedOn,
    },
    record_execution: {
      label: tx('登记执行（缴纳罚没款、履行决定）', 'Record execution (payment, performance)'),
      from: ['served'],
      to: 'executed',
      permission: HANDLE,
      gates: [notBeforeOpening],
      clocks: { stop: [paymentClock] },
      input: CASE_TRANSITION_INPUTS.record_execution,
      basis: `${PENALTY_LAW}第六十六条、第六十七条`,
      auditAction: 'enforcement.case.executed',
      effectiveOn: stepOn,
    },
    close: {
      label: tx('结案', 'Close the case'),
      from: ['decided', 'served', 'executed'],
      to: 'closed',
      permission: HANDLE,
      gates: [notBeforeOpening, fineSettled],
      clocks: { stop: [...serviceClocks.values(), paymentClock] },
      input: CASE_TRANSITION_INPUTS.close,
      auditAction: 'enforcement.case.closed',
      effectiveOn: stepOn,
    },
  },
});

export type CaseTransitionKey = keyof typeof caseProcedure.transitions;
export const OPEN_CASE_STATES = OPEN;

/** Every clock the case procedure may start, for the manifest (a calendar change replays them all). */
export const caseClocks: readonly ClockDef[] = [
  ...kindClocks(handlingClocks),
  ...hearingRequestClocks.values(),
  ...serviceClocks.values(),
  ...kindClocks(publicationClocks),
  withdrawalClock,
  paymentClock,
];
