import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type CASE_TRANSITION_INPUTS,
  type CaseTransition,
  labelOf,
  OUTCOMES,
} from '../../../../common/contracts/reconsideration.js';
import { loadStrictCalendar } from '../../../platform/calendar/index.js';
import { extendClock, findClocksForSubject } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { allocateDocumentNumber } from '../../../platform/documents/index.js';
import { ruleViolation, validationFailed } from '../../../platform/errors.js';
import { type ProcedureFacts, procedureService } from '../../../platform/procedures/index.js';
import { type CaseFacts, caseProcedure } from '../procedure.js';
import { deemedAcceptedOn, endOf, hearingNoticeProblem, simplifiedProblem } from '../rules/deadlines.js';
import { lawText } from '../rules/law-texts.js';
import { OUTCOMES_AFTER_NO_ANSWER } from '../rules/outcomes.js';
import { type ReconsiderationCaseRow, reconsiderationCases } from '../schema.js';
import { openCorrectiveTask } from './corrective-task.js';
import { type CaseRecordWithRow, decisionNumberKind, lockScopedCase, toRecord } from './records.js';

type Forms = { [K in CaseTransition]: z.output<(typeof CASE_TRANSITION_INPUTS)[K]> };
type Set = Partial<ReconsiderationCaseRow>;
type Writer<K extends CaseTransition> = (
  tx: Tx,
  ctx: Ctx,
  r: CaseRecordWithRow,
  form: Forms[K],
  facts: ProcedureFacts<CaseFacts>,
) => Promise<Set>;

/**
 * Moves a case along its statutory procedure. The form's `on` is the day the step took legal effect (default
 * today; never in the future); the clocks move on it.
 */
export const caseTransitions = procedureService({
  procedure: caseProcedure,
  async lock(tx, ctx, actor, id, step): Promise<CaseRecordWithRow> {
    const stepOn = (step.input as { on?: string }).on ?? ctx.today;
    if (stepOn > ctx.today) throw validationFailed([{ path: 'on', message: '办理日期不能晚于今天' }]);
    return toRecord(await lockScopedCase(tx, actor, id), stepOn);
  },
  async write(tx, ctx, { record, to, step, facts }) {
    const writer = WRITERS[step.transition] as Writer<CaseTransition>;
    const set = await writer(tx, ctx, record, step.input as never, facts);
    const [row] = await tx
      .update(reconsiderationCases)
      .set({ ...set, status: to, version: record.row.version + 1, updatedAt: ctx.now })
      .where(eq(reconsiderationCases.id, record.id))
      .returning();
    return toRecord(row!, record.stepOn);
  },
});

/** Fires one transition of a case and returns the updated row (demo, tests). */
export async function fireCaseTransition(
  ctx: Ctx,
  id: string,
  transition: CaseTransition,
  body: unknown = {},
): Promise<ReconsiderationCaseRow> {
  return (await caseTransitions.fire(ctx, id, transition, body)).row;
}

/** Concludes the case on the step's day with the outcome; a decision gets the government's next 文号. */
async function conclude(tx: Tx, r: CaseRecordWithRow, outcome: string, numbered: boolean): Promise<Set> {
  const year = Number(r.stepOn.slice(0, 4));
  const decisionNumber = numbered
    ? (await allocateDocumentNumber(tx, { unitId: r.districtId, kind: decisionNumberKind, year })).number
    : null;
  return { outcome, concludedOn: r.stepOn, decisionNumber, decidedOnTime: await decidedOnTime(tx, r) };
}

/** Was the case concluded by its decision clock's due date (with the extension)? Null before acceptance. */
async function decidedOnTime(tx: Tx, r: CaseRecordWithRow): Promise<boolean | null> {
  const clocks = await findClocksForSubject(tx, caseProcedure.subjectType, r.id);
  const decision = clocks.findLast((c) => c.clockKey.startsWith('reconsideration.decision'));
  return decision?.dueOn ? r.stepOn <= decision.dueOn : null;
}

const WRITERS: { [K in CaseTransition]: Writer<K> } = {
  async request_correction(tx, _ctx, r, form) {
    // Basis: 第三十一条 — the applicant has 10 WD from receiving the notice (taken as the notice's day).
    const cal = await loadStrictCalendar(tx);
    const period = lawText(r.lawText).applicantCorrection;
    return {
      correctionRequestedOn: r.stepOn,
      correctionDeadlineOn: endOf(cal, r.stepOn, period),
      correctionItems: form.items,
    };
  },
  receive_correction: async (_tx, _ctx, r) => ({ correctionReceivedOn: r.stepOn, reviewFromOn: r.stepOn }),
  lapse_correction: (tx, _ctx, r) => conclude(tx, r, 'DEEMED_WITHDRAWN', false),
  async accept(_tx, _ctx, r, form) {
    const text = lawText(r.lawText);
    if (form.procedureKind === 'simplified') {
      const problem = simplifiedProblem(text, form.simplifiedGround, {
        actType: r.row.actType,
        actAmountYuan: r.row.actAmountYuan === null ? null : Number(r.row.actAmountYuan),
        actOnTheSpot: r.row.actOnTheSpot,
      });
      if (problem) throw validationFailed([{ path: 'simplifiedGround', message: problem }]);
    }
    return {
      acceptedOn: r.stepOn,
      procedureKind: form.procedureKind,
      simplifiedGround: form.procedureKind === 'simplified' ? (form.simplifiedGround ?? null) : null,
    };
  },
  async deem_accepted(tx, _ctx, r) {
    // Basis: 2023 第三十条第三款 — accepted from the end of the review; 2017 第十七条第二款 — from receipt.
    const cal = await loadStrictCalendar(tx);
    return {
      acceptedOn: deemedAcceptedOn(cal, lawText(r.lawText), r.reviewFromOn),
      acceptanceDeemed: true,
      procedureKind: 'ordinary',
    };
  },
  reject: async (tx, _ctx, r, form) => ({
    ...(await conclude(tx, r, 'BUYUSHOULI', true)),
    rejectionReason: form.reason,
    competentOrgan: form.competentOrgan,
  }),
  withdraw: (tx, _ctx, r) => conclude(tx, r, 'WITHDRAWN', false),
  send_copy: async (_tx, _ctx, r) => ({ copySentOn: r.stepOn }),
  receive_answer: async (_tx, _ctx, r, form) => ({
    answerReceivedOn: r.stepOn,
    answerEvidence: form.evidence,
  }),
  record_no_answer: async () => ({ noAnswer: true }),
  async hold_hearing(tx, _ctx, r, form) {
    const cal = await loadStrictCalendar(tx);
    const problem = hearingNoticeProblem(cal, lawText(r.lawText), form.noticeOn, r.stepOn);
    if (problem) throw validationFailed([{ path: 'noticeOn', message: problem }]);
    // Basis: 第五十一条 — the respondent's head attends; if not, the reason is stated and staff attend.
    if (!form.headAttended && !form.absenceReason)
      throw validationFailed([
        {
          path: 'absenceReason',
          message: '被申请人的负责人不能参加听证的，应当说明理由并委托相应的工作人员参加',
        },
      ]);
    return {
      hearingOn: r.stepOn,
      hearingNoticeOn: form.noticeOn,
      hearingHeadAttended: form.headAttended,
      hearingAttendee: form.attendee,
      hearingAbsenceReason: form.headAttended ? null : form.absenceReason,
    };
  },
  consult_committee: async (_tx, _ctx, r, form) => ({
    committeeOn: r.stepOn,
    committeeOpinion: form.opinion,
  }),
  refer_normative_document: async (_tx, _ctx, r, form) => ({
    normativeDocument: form.document,
    suspendedOn: r.stepOn,
    suspensionGround: 'normative_review',
  }),
  suspend: async (_tx, _ctx, r, form) => ({ suspendedOn: r.stepOn, suspensionGround: form.ground }),
  resume: async () => ({ suspendedOn: null, suspensionGround: null }),
  async extend_decision(tx, ctx, r, form) {
    const clocks = await findClocksForSubject(tx, caseProcedure.subjectType, r.id);
    const decision = clocks.findLast(
      (c) => c.clockKey.startsWith('reconsideration.decision') && c.status !== 'stopped',
    );
    if (!decision) throw ruleViolation('DECISION_CLOCK_NOT_RUNNING', '审理期限未在计时，无需延长');
    // Basis: 第六十二条第一款 — the cap (30 days, once) is the clock's own; extendClock checks it and the permission.
    await extendClock(tx, ctx, decision.id, { on: r.stepOn, reason: form.reason });
    return { extendedOn: r.stepOn, extensionReason: form.reason };
  },
  async decide(tx, ctx, r, form) {
    // Basis: 第七十条 — without an answer or evidence the act is treated as having none: it cannot stand.
    if (r.noAnswer && !OUTCOMES_AFTER_NO_ANSWER.includes(form.outcome))
      throw ruleViolation(
        'NO_ANSWER_ACT_UNSUPPORTED',
        `被申请人未提出书面答复、提交证据，视为该行政行为没有证据、依据，不能作出“${labelOf(OUTCOMES, form.outcome)}”决定（《行政复议法》第七十条）`,
      );
    if (form.outcome !== 'CHEXIAO' && form.redoWithinDays)
      throw validationFailed([
        { path: 'redoWithinDays', message: '只有撤销决定可以责令限期重新作出行政行为' },
      ]);
    const set = await conclude(tx, r, form.outcome, true);
    const task = await openCorrectiveTask(
      tx,
      ctx,
      r,
      form.outcome,
      form.summary,
      form.redoWithinDays ?? null,
    );
    return {
      ...set,
      decisionSummary: form.summary,
      redoWithinDays: form.redoWithinDays ?? null,
      correctiveTaskId: task?.id ?? null,
      correctiveTaskNumber: task?.number ?? null,
    };
  },
  async terminate(tx, ctx, r, form) {
    const set = await conclude(tx, r, form.outcome, true);
    // A termination is a concluded review too: it counts in the corrections module's denominator.
    await openCorrectiveTask(tx, ctx, r, form.outcome, form.reason, null);
    return { ...set, decisionSummary: form.reason, suspendedOn: null };
  },
  issue_advice: async (_tx, _ctx, r, form) => ({
    adviceKind: form.kind,
    adviceIssuedOn: r.stepOn,
    adviceAddressee: form.addressee,
    adviceContent: form.content,
  }),
  receive_advice_report: async (_tx, _ctx, r, form) => ({
    adviceReportedOn: r.stepOn,
    adviceReport: form.report,
  }),
};
