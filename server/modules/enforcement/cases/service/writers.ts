import type {
  CASE_TRANSITION_INPUTS,
  CaseTransition,
} from '../../../../../common/contracts/enforcement/cases.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { ProcedureFacts } from '../../../../platform/procedures/index.js';
import type { EnforcementCaseFacts } from '../../procedure.js';
import type { EnforcementCaseRow } from '../schema.js';
import { decide } from './decide.js';
import type { CaseRecord } from './records.js';
import { holdHearing, notice, requestHearing, scheduleHearing, serviceDay } from './writers-hearing.js';
import { concludeReview, submitReview } from './writers-review.js';

type Forms = { [K in CaseTransition]: z.output<(typeof CASE_TRANSITION_INPUTS)[K]> };

/** What a step writes on the case row besides the new state (the engine writes the audit event and step). */
export type Writer<K extends CaseTransition> = (
  tx: Tx,
  ctx: Ctx,
  record: CaseRecord,
  form: Forms[K],
  facts: ProcedureFacts<EnforcementCaseFacts>,
) => Promise<Partial<EnforcementCaseRow>>;

/** One writer per transition of procedure.ts: the columns each step fills, and its checks on the form. */
export const WRITERS: { [K in CaseTransition]: Writer<K> } = {
  notify: (tx, _ctx, r, form) => notice(tx, r, form),
  renotify: (tx, _ctx, r, form) => notice(tx, r, form),
  serve_notice: async (_tx, _ctx, r, form) => ({
    noticeServiceMethod: form.method,
    noticeServedOn: serviceDay(r, form, r.notifiedOn),
  }),
  record_statement: async (_tx, _ctx, r, form) => ({
    statementReceivedOn: r.stepOn,
    statementSummary: form.summary,
  }),
  waive_statement: async (_tx, _ctx, r) => ({ statementWaivedOn: r.stepOn }),
  waive_hearing: async () => ({}),
  request_hearing: async (_tx, _ctx, r, form) => requestHearing(r, form),
  schedule_hearing: (tx, _ctx, r, form) => scheduleHearing(tx, r, form.hearingOn),
  hold_hearing: async (_tx, _ctx, r, form) => holdHearing(r, form),
  submit_review: (tx, ctx, r, form) => submitReview(tx, ctx, r, form),
  approve_review: (tx, ctx, r, form) => concludeReview(tx, ctx, r, 'lawful', form.opinion),
  return_review: (tx, ctx, r, form) => concludeReview(tx, ctx, r, form.conclusion, form.opinion),
  discuss_collectively: async (_tx, _ctx, r, form) => ({
    collectiveDiscussedOn: r.stepOn,
    collectiveConclusion: form.conclusion,
  }),
  decide: (tx, ctx, r, form, facts) => decide(tx, ctx, r, form, facts),
  serve: async (_tx, _ctx, r, form) => ({
    servedOn: serviceDay(r, form, r.decidedOn),
    serviceMethod: form.method,
  }),
  record_execution: async (_tx, _ctx, r, form) => ({ executedOn: r.stepOn, executionNote: form.note }),
  close: async (_tx, _ctx, r) => ({ closedOn: r.stepOn }),
};
