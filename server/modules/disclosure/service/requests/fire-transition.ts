import { eq } from 'drizzle-orm';
import type { RequestTransition } from '../../../../../common/contracts/disclosure/dictionaries.js';
import type { TRANSITION_INPUTS } from '../../../../../common/contracts/disclosure/requests.js';
import { extendClock, findClocksForSubject } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { procedureService } from '../../../../platform/procedures/index.js';
import { REPLY_CLOCK_KEYS, requestProcedure } from '../../procedure.js';
import { computeFee, feeMethodProblem } from '../../rules/fees.js';
import { PROCEDURAL_OUTCOMES } from '../../rules/outcomes.js';
import { groundsToStore, type ReplyGrounds, replyGroundProblems } from '../../rules/reply-grounds.js';
import { type DisclosureRequestRow, disclosureRequests } from '../../schema/requests.js';
import { districtFeeMethod } from '../settings/index.js';
import { applicantRankInMonth } from './applicant-month.js';
import { lockScopedRequest, type RequestRecord, toRecord } from './records.js';
import { allocateReplyNumber } from './reply-number.js';

type Forms = { [K in RequestTransition]: import('zod').output<(typeof TRANSITION_INPUTS)[K]> };

/**
 * Moves a request along its statutory procedure (补正, 征求第三方意见, 延期, 收费, 答复, 撤回). The form's
 * `on` is the day the step took legal effect (default today; never in the future); the clocks move on it.
 */
export const requestTransitions = procedureService({
  procedure: requestProcedure,
  async lock(tx, ctx, actor, id, step): Promise<RequestRecord> {
    const stepOn = step.input.on ?? ctx.today;
    if (stepOn > ctx.today) throw validationFailed([{ path: 'on', message: '办理日期不能晚于今天' }]);
    return toRecord(await lockScopedRequest(tx, actor, id), stepOn);
  },
  write: (tx, ctx, { record, to, step }) =>
    (WRITERS[step.transition] as Writer<RequestTransition>)(tx, ctx, record, step.input as never).then(
      (set) => save(tx, ctx, record, { ...set, status: to }),
    ),
});

/** Fires one transition of a request and returns the updated row (demo, tests). */
export async function fireRequestTransition(
  ctx: Ctx,
  id: string,
  transition: RequestTransition,
  body: unknown = {},
): Promise<DisclosureRequestRow> {
  return (await requestTransitions.fire(ctx, id, transition, body)).row;
}

/** The grounds the reply states, checked by rules/reply-grounds.ts (条例 第三十七条, 第三十六条第（五）项). */
function replyGrounds(r: RequestRecord, form: Forms['reply']): ReplyGrounds {
  const grounds: ReplyGrounds = {
    withheldParts: form.withheldParts ?? [],
    notHeldKind: form.notHeldKind ?? null,
    competentOrgan: form.competentOrgan,
    competentOrganContact: form.competentOrganContact,
    competentOrganUnknownReason: form.competentOrganUnknownReason,
  };
  const problems = replyGroundProblems(form.outcome, grounds, r.row.thirdPartyOpinion);
  if (problems.length > 0) throw validationFailed(problems);
  return groundsToStore(form.outcome, grounds);
}

type Writer<K extends RequestTransition> = (
  tx: Tx,
  ctx: Ctx,
  record: RequestRecord,
  form: Forms[K],
) => Promise<Partial<DisclosureRequestRow>>;

async function save(
  tx: Tx,
  ctx: Ctx,
  record: RequestRecord,
  set: Partial<DisclosureRequestRow>,
): Promise<RequestRecord> {
  const [row] = await tx
    .update(disclosureRequests)
    .set({ ...set, version: record.row.version + 1, updatedAt: ctx.now })
    .where(eq(disclosureRequests.id, record.id))
    .returning();
  return toRecord(row!, record.stepOn);
}

/** Concludes the request on the step's day; its reply letter gets the organ's next 文号 (decision 0019). */
const conclude = async (tx: Tx, record: RequestRecord, outcome: DisclosureRequestRow['outcome']) => ({
  outcome,
  concludedOn: record.stepOn,
  replyDocumentNumber: await allocateReplyNumber(tx, record.orgUnitId, record.stepOn),
});

const WRITERS: { [K in RequestTransition]: Writer<K> } = {
  async request_correction(_tx, _ctx, r, form) {
    if (form.deadlineOn <= r.stepOn) {
      throw validationFailed([{ path: 'deadlineOn', message: '补正期限应晚于告知补正的日期' }]);
    }
    return {
      correctionRequestedOn: r.stepOn,
      correctionDeadlineOn: form.deadlineOn,
      correctionNote: form.note,
    };
  },
  receive_correction: async (_tx, _ctx, r) => ({ correctionReceivedOn: r.stepOn }),
  lapse_correction: (tx, _ctx, r) => conclude(tx, r, 'other_no_correction'),
  consult_third_party: async (_tx, _ctx, r, form) => ({
    thirdPartyName: form.thirdPartyName,
    thirdPartyConsultedOn: r.stepOn,
    thirdPartyAnsweredOn: null,
    thirdPartyOpinion: null,
  }),
  consult_organ: async (_tx, _ctx, r, form) => ({
    otherOrganName: form.organName,
    otherOrganConsultedOn: r.stepOn,
    otherOrganAnsweredOn: null,
    otherOrganOpinion: null,
  }),
  receive_organ_opinion: async (_tx, _ctx, r, form) => ({
    otherOrganAnsweredOn: r.stepOn,
    otherOrganOpinion: form.opinion,
  }),
  record_third_party_receipt: async (_tx, _ctx, r) => ({ thirdPartyReceivedOn: r.stepOn }),
  receive_consultation: async (_tx, _ctx, r, form) => ({
    thirdPartyAnsweredOn: r.stepOn,
    thirdPartyOpinion: form.opinion,
  }),
  third_party_silent: async (_tx, _ctx, r) => ({
    thirdPartyAnsweredOn: r.stepOn,
    thirdPartyOpinion: 'no_reply',
  }),
  async extend_reply(tx, ctx, r, form) {
    if (form.notifiedOn < r.stepOn) {
      throw validationFailed([{ path: 'notifiedOn', message: '告知申请人的日期不能早于批准延期的日期' }]);
    }
    const clocks = await findClocksForSubject(tx, requestProcedure.subjectType, r.id);
    const reply = clocks.findLast((c) => REPLY_CLOCK_KEYS.includes(c.clockKey) && c.status !== 'stopped');
    if (!reply) throw ruleViolation('REPLY_CLOCK_NOT_RUNNING', '答复期限未在计时，无需延长');
    // Basis: 条例 (2019) 第三十三条第二款 / (2008) 第二十四条 — the cap is the clock's own (extendClock checks it).
    await extendClock(tx, ctx, reply.id, { on: r.stepOn, reason: form.reason });
    return {
      extensionApprovedBy: ctx.actor?.userId ?? null,
      extensionApprovedOn: r.stepOn,
      extensionReason: form.reason,
      extensionNotifiedOn: form.notifiedOn,
    };
  },
  async issue_fee_notice(tx, _ctx, r, form) {
    // Basis: 国办函〔2020〕109号 第三条 — the district's chosen method; another needs a reason (decision 0018 §7).
    const problem = feeMethodProblem(
      await districtFeeMethod(tx, r.row.districtId),
      form.method,
      form.methodReason,
    );
    if (problem) throw validationFailed([{ path: 'methodReason', message: problem }]);
    const amount = computeFee(
      form.method === 'per_page'
        ? { method: 'per_page', pages: form.pages! }
        : { method: 'per_application', nthInMonth: await applicantRankInMonth(tx, r.row) },
    );
    // Basis: 国办函〔2020〕109号 第四条、第五条 — within the free band no fee is charged.
    if (amount === 0)
      throw ruleViolation(
        'FEE_WITHIN_FREE_BAND',
        form.method === 'per_page'
          ? '按量计收：30页以下（含30页）不收费，不能发出收费通知'
          : '按件计收：同一申请人一个自然月内第10件以下（含第10件）申请不收费，不能发出收费通知',
      );
    return {
      feeMethod: form.method,
      feeMethodReason: form.methodReason,
      feePages: form.method === 'per_page' ? form.pages! : null,
      feeAmount: amount.toFixed(2),
      feeNoticeOn: r.stepOn,
    };
  },
  record_fee_notice_receipt: async (_tx, _ctx, r) => ({ feeNoticeReceivedOn: r.stepOn }),
  receive_fee: async (_tx, _ctx, r) => ({ feePaidOn: r.stepOn }),
  lapse_fee: (tx, _ctx, r) => conclude(tx, r, 'other_fee_unpaid'),
  async reply(tx, _ctx, r, form) {
    if (PROCEDURAL_OUTCOMES.has(form.outcome)) {
      throw validationFailed([
        { path: 'outcome', message: '“逾期不补正”“逾期未缴费”由相应的终止办理操作记录，不能作为答复结果' },
      ]);
    }
    // Basis: 条例 第三十条 — "补正后申请内容仍不明确" presupposes a correction received.
    if (form.outcome === 'unable_unclear' && !r.row.correctionReceivedOn) {
      throw ruleViolation('CORRECTION_NOT_RECEIVED', '未经补正的申请不能以“补正后申请内容仍不明确”答复');
    }
    return {
      ...(await conclude(tx, r, form.outcome)),
      replyText: form.replyText ?? null,
      ...replyGrounds(r, form),
    };
  },
  withdraw: (tx, _ctx, r) => conclude(tx, r, 'other'),
};
