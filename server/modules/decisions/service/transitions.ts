import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  DecideInput,
  DisposeInput,
  DraftInput,
  EvaluationInput,
  ExecutionInput,
  ExpertInput,
  HearingInput,
  PublishInput,
  ReasonInput,
  RecordReviewInput,
  ReportPartyInput,
  RiskInput,
} from '../../../../common/contracts/decisions.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { AssignReviewInput } from '../../../../common/contracts/decisions.js';
import { parseInput } from '../../../platform/procedures/index.js';
import { legalAffairs } from '../../legal-affairs/index.js';
import { type DecisionTransition, decisionProcedure } from '../procedure.js';
import {
  decisionClauses,
  decisionComments,
  decisionMaterials,
  type DecisionRow,
  decisions,
} from '../schema.js';
import {
  getScopedDecision,
  loadFacts,
  lockScopedDecision,
  reviewOf,
  reviewSourceId,
  SOURCE_MODULE,
  toRecord,
} from './records.js';

type Rec = ReturnType<typeof toRecord>;
type Writer<F> = (tx: Tx, ctx: Ctx, row: DecisionRow, form: F) => Promise<Rec>;

/** Every step of a decision: role → form → scope → state → gates → write + audit + clocks, one transaction. */
export const decisionTransitions = procedureService({
  procedure: decisionProcedure,
  lock: async (tx, ctx, actor, id, step): Promise<Rec> => {
    const row = await lockScopedDecision(tx, actor, id);
    return toRecord(
      row,
      ctx.today,
      await reviewOf(ctx, tx, row),
      (step.input ?? {}) as Record<string, unknown>,
    );
  },
  facts: (tx, record) => loadFacts(tx, record.id),
  write: (tx, ctx, { record, step }) =>
    step.transition === 'assign_review'
      ? assignReview(tx, ctx, record as Rec)
      : (WRITERS[step.transition] as Writer<unknown>)(tx, ctx, (record as Rec).row, step.input),
});

/** Fires one step (routes, demo, tests) and returns the updated row. */
export async function fireDecisionTransition(
  ctx: Ctx,
  id: string,
  transition: DecisionTransition,
  input: unknown = {},
): Promise<DecisionRow> {
  return ((await decisionTransitions.fire(ctx, id, transition, input)) as Rec).row;
}

async function save(tx: Tx, ctx: Ctx, row: DecisionRow, state: string, set: Partial<DecisionRow>) {
  const [updated] = await tx
    .update(decisions)
    .set({ ...set, state, version: sql`${decisions.version} + 1`, updatedAt: ctx.now })
    .where(eq(decisions.id, row.id))
    .returning();
  return toRecord(updated!, ctx.today, null);
}

/** The draft's clauses by their number: a known number is updated, a new one added, a dropped one removed. */
async function writeClauses(
  tx: Tx,
  row: DecisionRow,
  clauses: DraftInput['clauses'],
  beforeComment: boolean,
) {
  const numbers = clauses.map((c) => c.number);
  const twice = numbers.findIndex((n, i) => numbers.indexOf(n) !== i);
  if (twice >= 0)
    throw validationFailed([{ path: `clauses.${twice}.number`, message: `条款序号${numbers[twice]}重复` }]);
  const existing = await tx.select().from(decisionClauses).where(eq(decisionClauses.decisionId, row.id));
  const byNumber = new Map(existing.map((c) => [c.number, c]));
  for (const [position, c] of clauses.entries()) {
    const known = byNumber.get(c.number);
    if (known)
      await tx
        .update(decisionClauses)
        .set({ position, text: c.text, ...(beforeComment ? { originalText: c.text } : {}) })
        .where(eq(decisionClauses.id, known.id));
    else
      await tx.insert(decisionClauses).values({
        decisionId: row.id,
        districtId: row.districtId,
        position,
        number: c.number,
        text: c.text,
        originalText: c.text,
      });
  }
  const dropped = existing.filter((c) => !numbers.includes(c.number)).map((c) => c.id);
  if (dropped.length === 0) return;
  const [cited] = await tx
    .select({ id: decisionComments.id })
    .from(decisionComments)
    .where(inArray(decisionComments.clauseId, dropped));
  if (cited)
    throw validationFailed([{ path: 'clauses', message: '有公众意见针对的条款不能删除（可修改其内容）' }]);
  await tx.delete(decisionClauses).where(inArray(decisionClauses.id, dropped));
}

async function draft(tx: Tx, ctx: Ctx, row: DecisionRow, form: DraftInput, state: string) {
  await writeClauses(tx, row, form.clauses, state === 'drafting');
  return save(tx, ctx, row, state, {
    explanation: form.explanation,
    options: form.options,
    costBenefit: form.costBenefit,
    laws: form.laws,
  });
}

async function material(
  tx: Tx,
  ctx: Ctx,
  row: DecisionRow,
  kind: string,
  form: { on: string },
  state: string,
) {
  await tx.insert(decisionMaterials).values({
    decisionId: row.id,
    districtId: row.districtId,
    kind,
    on: form.on,
    data: form as unknown as Record<string, unknown>,
  });
  return save(tx, ctx, row, state, {});
}

async function dispose(tx: Tx, ctx: Ctx, row: DecisionRow, form: DisposeInput) {
  const [comment] = await tx
    .select()
    .from(decisionComments)
    .where(and(eq(decisionComments.id, form.commentId), eq(decisionComments.decisionId, row.id)))
    .for('update');
  if (!comment) throw validationFailed([{ path: 'commentId', message: '本决策没有这条意见' }]);
  if (comment.disposition) throw validationFailed([{ path: 'commentId', message: '这条意见已登记采纳情况' }]);
  const clauses = await tx.select().from(decisionClauses).where(eq(decisionClauses.decisionId, row.id));
  for (const [i, change] of form.changes.entries()) {
    if (!clauses.some((c) => c.id === change.clauseId))
      throw validationFailed([{ path: `changes.${i}.clauseId`, message: '本决策草案没有这一条款' }]);
    await tx
      .update(decisionClauses)
      .set({ text: change.text })
      .where(eq(decisionClauses.id, change.clauseId));
  }
  await tx
    .update(decisionComments)
    .set({
      disposition: form.disposition,
      reason: form.reason,
      changedClauseIds: form.changes.map((c) => c.clauseId),
      disposedOn: ctx.today,
    })
    .where(eq(decisionComments.id, comment.id));
  return save(tx, ctx, row, 'consulted', {});
}

/**
 * 交法律顾问审查: the matter was opened in legal-affairs just before (`assignLegalityReview`, its own
 * transactions, decision 0041 §4); this step records it. Fired without one, it refuses.
 */
async function assignReview(tx: Tx, ctx: Ctx, rec: Rec) {
  if (!rec.review)
    throw validationFailed([{ path: 'adviserIds', message: '合法性审查尚未交法律顾问（请在决策页面分派）' }]);
  return save(tx, ctx, rec.row, 'reviewing', {});
}

type Form<T extends z.ZodType> = z.output<T>;

const WRITERS: { [K in DecisionTransition]: Writer<never> } = {
  draft: (tx, ctx, row, form: DraftInput) => draft(tx, ctx, row, form, 'drafting'),
  revise: (tx, ctx, row, form: DraftInput) => draft(tx, ctx, row, form, 'consulted'),
  open_comment: (tx, ctx, row, form: { on: string; closesOn: string; shorterReason: string | null }) =>
    save(tx, ctx, row, 'commenting', {
      commentOpensOn: form.on,
      commentClosesOn: form.closesOn,
      shorterReason: form.shorterReason,
    }),
  close_comment: (tx, ctx, row) => save(tx, ctx, row, 'consulted', {}),
  dispose: (tx, ctx, row, form: DisposeInput) => dispose(tx, ctx, row, form),
  hearing: (tx, ctx, row, form: Form<typeof HearingInput>) =>
    material(tx, ctx, row, 'hearing', form, 'consulted'),
  expert: (tx, ctx, row, form: Form<typeof ExpertInput>) =>
    material(tx, ctx, row, 'expert', form, 'consulted'),
  risk: (tx, ctx, row, form: Form<typeof RiskInput>) => material(tx, ctx, row, 'risk', form, 'consulted'),
  submit_review: (tx, ctx, row) =>
    save(tx, ctx, row, 'reviewing', { reviewConclusion: null, reviewOpinionNumber: null, reviewedOn: null }),
  assign_review: async () => {
    throw new Error('assign_review is written by its own writer');
  },
  record_review: (tx, ctx, row, form: Form<typeof RecordReviewInput>) =>
    save(tx, ctx, row, 'reviewing', {
      reviewConclusion: 'lawful',
      reviewOpinionNumber: form.opinionNumber,
      reviewedOn: form.on,
      reviewPassedFirst: row.reviewRound === 1,
    }),
  return_review: (tx, ctx, row, form: Form<typeof RecordReviewInput>) =>
    save(tx, ctx, row, 'consulted', {
      reviewConclusion: form.conclusion,
      reviewOpinionNumber: form.opinionNumber,
      reviewedOn: form.on,
      reviewPassedFirst: false,
      reviewRound: row.reviewRound + 1,
    }),
  decide: (tx, ctx, row, form: DecideInput) => {
    const { on, ...meeting } = form;
    return save(tx, ctx, row, 'decided', { decidedOn: on, meeting });
  },
  report_party: (tx, ctx, row, form: Form<typeof ReportPartyInput>) =>
    save(tx, ctx, row, 'decided', { partyReportedOn: form.on }),
  publish: (tx, ctx, row, form: Form<typeof PublishInput>) =>
    save(tx, ctx, row, 'published', {
      publishedOn: form.on,
      documentNumber: form.documentNumber,
      interpretation: form.interpretation,
    }),
  execution_report: (tx, ctx, row, form: Form<typeof ExecutionInput>) =>
    material(tx, ctx, row, 'execution', form, 'published'),
  post_evaluate: (tx, ctx, row, form: Form<typeof EvaluationInput>) =>
    material(tx, ctx, row, 'evaluation', form, 'published'),
  suspend: (tx, ctx, row, form: Form<typeof ReasonInput>) =>
    save(tx, ctx, row, 'suspended', { statusReason: form.reason }),
  // 第三十七条: a major adjustment runs the procedure again; what was done before stays in the history.
  change: (tx, ctx, row, form: Form<typeof ReasonInput>) =>
    save(tx, ctx, row, 'drafting', {
      statusReason: form.reason,
      commentOpensOn: null,
      commentClosesOn: null,
      shorterReason: null,
      reviewRound: row.reviewRound + 1,
      reviewConclusion: null,
      reviewOpinionNumber: null,
      reviewedOn: null,
      meeting: null,
      decidedOn: null,
      partyReportedOn: null,
      publishedOn: null,
    }),
  abandon: (tx, ctx, row, form: Form<typeof ReasonInput>) =>
    save(tx, ctx, row, 'abandoned', { statusReason: form.reason }),
};

/**
 * The review office sends this round's review to advisers: the legal-affairs matter first (idempotent on the
 * round), then the step. Refused, before anything is written, when the step is not open to the actor.
 */
export async function assignLegalityReview(ctx: Ctx, id: string, body: unknown): Promise<DecisionRow> {
  const form = parseInput(AssignReviewInput, body) as z.output<typeof AssignReviewInput>;
  const row = await getScopedDecision(ctx.db, ctx.actor!, id);
  const rec = toRecord(row, ctx.today, await reviewOf(ctx, ctx.db, row));
  const action = (await decisionTransitions.actionsFor(ctx, rec)).find((a) => a.key === 'assign_review');
  if (!action?.allowed || rec.review) return fireDecisionTransition(ctx, id, 'assign_review', body);
  await legalAffairs.requestLegalityReview(ctx, {
    sourceModule: SOURCE_MODULE,
    sourceId: reviewSourceId(row),
    category: 'major_decision',
    orgUnitId: row.orgUnitId,
    subject: `《${row.title}》合法性审查${row.reviewRound > 1 ? `（第${row.reviewRound}次）` : ''}`,
    adviserIds: form.adviserIds,
  });
  return fireDecisionTransition(ctx, id, 'assign_review', body);
}
