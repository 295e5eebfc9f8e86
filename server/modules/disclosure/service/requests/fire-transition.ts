import { eq } from 'drizzle-orm';
import type { RequestTransition } from '../../../../../common/contracts/disclosure/dictionaries.js';
import type { TRANSITION_INPUTS } from '../../../../../common/contracts/disclosure/requests.js';
import { extendClock, findClocksForSubject } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { procedureService } from '../../../../platform/procedures/index.js';
import { replyClock, requestProcedure } from '../../procedure.js';
import { PROCEDURAL_OUTCOMES } from '../../rules/outcomes.js';
import { type DisclosureRequestRow, disclosureRequests } from '../../schema/requests.js';
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
  receive_consultation: async (_tx, _ctx, r, form) => ({
    thirdPartyAnsweredOn: r.stepOn,
    thirdPartyOpinion: form.opinion,
  }),
  async extend_reply(tx, ctx, r, form) {
    if (form.notifiedOn < r.stepOn) {
      throw validationFailed([{ path: 'notifiedOn', message: '告知申请人的日期不能早于批准延期的日期' }]);
    }
    const clocks = await findClocksForSubject(tx, requestProcedure.subjectType, r.id);
    const reply = clocks.findLast((c) => c.clockKey === replyClock.key && c.status !== 'stopped');
    if (!reply) throw ruleViolation('REPLY_CLOCK_NOT_RUNNING', '答复期限未在计时，无需延长');
    // Basis: 条例 第三十三条第二款 — 延长的期限最长不得超过20个工作日 (extendClock enforces the cap again).
    await extendClock(tx, ctx, reply.id, { on: r.stepOn, reason: form.reason });
    return {
      extensionApprovedBy: ctx.actor?.userId ?? null,
      extensionApprovedOn: r.stepOn,
      extensionReason: form.reason,
      extensionNotifiedOn: form.notifiedOn,
    };
  },
  issue_fee_notice: async (_tx, _ctx, r, form) => ({
    feeAmount: form.amount.toFixed(2),
    feeNoticeOn: r.stepOn,
  }),
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
    return { ...(await conclude(tx, r, form.outcome)), replyText: form.replyText ?? null };
  },
  withdraw: (tx, _ctx, r) => conclude(tx, r, 'other'),
};
