import { and, desc, eq, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  DeliberateInput,
  EvaluateInput,
  ExpireInput,
  FileInput,
  FilingResultInput,
  OpenCommentInput,
  PublishInput,
  RegisterInput,
  RepealInput,
  RespondInput,
  ResubmitInput,
  ReviewInput,
  SubmitReviewInput,
} from '../../../../common/contracts/normative-docs.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { type DocTransition, docProcedure } from '../procedure.js';
import {
  filingDueOn,
  filingRecipients,
  isProvisionalTitle,
  registrationNumber,
  reviewDueOn,
  validUntil,
} from '../rules.js';
import { type NormativeDocRow, normativeDocFilings, normativeDocReviews, normativeDocs } from '../schema.js';
import { lockScopedDoc, settingsOf, toRecord } from './records.js';

type Rec = ReturnType<typeof toRecord>;

/** Every step of a document: role → form → scope → state → gates → write + audit + clocks, one transaction. */
export const docTransitions = procedureService({
  procedure: docProcedure,
  lock: async (tx, ctx, actor, id, step): Promise<Rec> => {
    const row = await lockScopedDoc(tx, actor, id);
    const form = (step.input ?? {}) as Record<string, unknown>;
    return toRecord(row, await settingsOf(tx, row.districtId), ctx.today, form);
  },
  write: async (tx, ctx, { record, step }) => {
    const row = await (WRITERS[step.transition] as Writer<unknown>)(tx, ctx, record.row, step.input);
    return toRecord(row, record.settings, ctx.today, record.form);
  },
});

/** Fires one step of a document (routes, demo, tests, cleanups) and returns the updated row. */
export async function fireDocTransition(
  ctx: Ctx,
  id: string,
  transition: DocTransition,
  input: unknown = {},
): Promise<NormativeDocRow> {
  return (await docTransitions.fire(ctx, id, transition, input)).row;
}

type Writer<F> = (tx: Tx, ctx: Ctx, doc: NormativeDocRow, form: F) => Promise<NormativeDocRow>;
type Form<S extends z.ZodType> = z.output<S>;

async function save(tx: Tx, ctx: Ctx, id: string, set: Partial<NormativeDocRow>): Promise<NormativeDocRow> {
  const [row] = await tx
    .update(normativeDocs)
    .set({ ...set, version: sql`${normativeDocs.version} + 1`, updatedAt: ctx.now })
    .where(eq(normativeDocs.id, id))
    .returning();
  return row!;
}

async function latestReview(tx: Tx, docId: string) {
  const [review] = await tx
    .select()
    .from(normativeDocReviews)
    .where(eq(normativeDocReviews.docId, docId))
    .orderBy(desc(normativeDocReviews.round))
    .limit(1);
  return review;
}

/** Opens a review round: submitted today, due after the district's (or the form's) 5–15 working days. */
async function openReview(tx: Tx, doc: NormativeDocRow, on: string, days: number | undefined) {
  const settings = await settingsOf(tx, doc.districtId);
  const cal = await loadCalendar(tx);
  const round = ((await latestReview(tx, doc.id))?.round ?? 0) + 1;
  await tx.insert(normativeDocReviews).values({
    docId: doc.id,
    districtId: doc.districtId,
    round,
    submittedOn: on,
    dueOn: reviewDueOn(cal, on, days ?? settings.reviewWorkingDays),
  });
}

/** 统一登记编号: the next number of the year in the district (the unique index guards a race). */
async function nextRegistrationNumber(tx: Tx, districtId: string, year: number): Promise<string> {
  const prefix = (await settingsOf(tx, districtId)).registrationPrefix;
  const taken = await tx
    .select({ n: normativeDocs.registrationNumber })
    .from(normativeDocs)
    .where(
      and(
        eq(normativeDocs.districtId, districtId),
        like(normativeDocs.registrationNumber, `${prefix}-${year}-%`),
      ),
    );
  const max = taken.reduce((m, r) => Math.max(m, Number(r.n?.split('-').at(-1)) || 0), 0);
  return registrationNumber(prefix, year, max + 1);
}

async function assertNumberFree(tx: Tx, doc: NormativeDocRow, documentNumber: string) {
  const [taken] = await tx
    .select({ id: normativeDocs.id })
    .from(normativeDocs)
    .where(
      and(eq(normativeDocs.districtId, doc.districtId), eq(normativeDocs.documentNumber, documentNumber)),
    );
  if (taken && taken.id !== doc.id)
    throw validationFailed([{ path: 'documentNumber', message: `发文字号${documentNumber}已被使用` }]);
}

const WRITERS: { [K in DocTransition]: Writer<never> } = {
  evaluate: (tx, ctx, doc, f: Form<typeof EvaluateInput>) =>
    save(tx, ctx, doc.id, { status: 'evaluation', evaluationNote: f.note }),
  open_comment: (tx, ctx, doc, f: Form<typeof OpenCommentInput>) =>
    save(tx, ctx, doc.id, {
      status: 'public_comment',
      commentFrom: f.on,
      commentUntil: f.until,
      commentChannel: f.channel,
    }),
  async submit_review(tx, ctx, doc, f: Form<typeof SubmitReviewInput>) {
    await openReview(tx, doc, f.on, f.reviewDays);
    return save(tx, ctx, doc.id, {
      status: 'legality_review',
      commentSummary: doc.status === 'public_comment' ? f.commentSummary : null,
      noCommentReason: doc.status === 'public_comment' ? null : f.noCommentReason,
      reviewConclusion: null,
      drafterResponse: null,
    });
  },
  async resubmit(tx, ctx, doc, f: Form<typeof ResubmitInput>) {
    const last = await latestReview(tx, doc.id);
    // The amendment answers the last opinion: recorded as adopted unless the drafter already answered.
    if (last && !last.response)
      await tx
        .update(normativeDocReviews)
        .set({ response: 'adopted', explanation: f.changes })
        .where(eq(normativeDocReviews.id, last.id));
    await openReview(tx, doc, f.on, undefined);
    return save(tx, ctx, doc.id, {
      status: 'legality_review',
      reviewConclusion: null,
      drafterResponse: null,
    });
  },
  async review(tx, ctx, doc, f: Form<typeof ReviewInput>) {
    const last = await latestReview(tx, doc.id);
    await tx
      .update(normativeDocReviews)
      .set({
        reviewedOn: f.on,
        conclusion: f.conclusion,
        checklist: f.checklist,
        opinion: f.opinion,
        opinionNumber: f.opinionNumber,
        reviewer: f.reviewer,
      })
      .where(eq(normativeDocReviews.id, last!.id));
    return save(tx, ctx, doc.id, {
      status: 'reviewed',
      reviewConclusion: f.conclusion,
      drafterResponse: null,
    });
  },
  async respond(tx, ctx, doc, f: Form<typeof RespondInput>) {
    const last = await latestReview(tx, doc.id);
    await tx
      .update(normativeDocReviews)
      .set({ response: f.response, explanation: f.explanation })
      .where(eq(normativeDocReviews.id, last!.id));
    return save(tx, ctx, doc.id, { drafterResponse: f.response });
  },
  deliberate: (tx, ctx, doc, f: Form<typeof DeliberateInput>) =>
    save(tx, ctx, doc.id, { status: 'deliberated', meeting: f.meeting, meetingOn: f.on }),
  async register(tx, ctx, doc, f: Form<typeof RegisterInput>) {
    await assertNumberFree(tx, doc, f.documentNumber);
    return save(tx, ctx, doc.id, {
      status: 'registered',
      registrationNumber: await nextRegistrationNumber(tx, doc.districtId, Number(f.on.slice(0, 4))),
      documentNumber: f.documentNumber,
      signer: f.signer,
      issuedOn: f.on,
    });
  },
  async publish(tx, ctx, doc, f: Form<typeof PublishInput>) {
    const settings = await settingsOf(tx, doc.districtId);
    const cal = await loadCalendar(tx);
    return save(tx, ctx, doc.id, {
      status: 'published',
      publishedOn: f.on,
      carrier: f.carrier,
      interpretation: f.interpretation,
      effectiveOn: f.effectiveOn,
      provisional: f.provisional || isProvisionalTitle(doc.title),
      validUntil: validUntil(f.effectiveOn, f.validYears),
      filingDueOn: filingDueOn(cal, f.on, settings.filingDays),
    });
  },
  async file(tx, ctx, doc, f: Form<typeof FileInput>) {
    const needed = filingRecipients(doc.issuerLevel);
    const missing = needed.filter((r) => !f.recipients.includes(r as never));
    const extra = f.recipients.filter((r) => !needed.includes(r));
    if (missing.length || extra.length)
      throw validationFailed([
        {
          path: 'recipients',
          message:
            doc.issuerLevel === 'government'
              ? '区政府文件应同时报上一级人民政府和本级人大常委会备案'
              : '部门文件应报本级人民政府备案',
        },
      ]);
    await tx.insert(normativeDocFilings).values(
      f.recipients.map((recipient) => ({
        docId: doc.id,
        districtId: doc.districtId,
        recipient,
        filedOn: f.on,
        dueOn: doc.filingDueOn ?? f.on,
        reportNumber: f.reportNumber,
        result: 'pending',
      })),
    );
    return save(tx, ctx, doc.id, { status: 'filed', filedOn: f.on });
  },
  async filing_result(tx, ctx, doc, f: Form<typeof FilingResultInput>) {
    const updated = await tx
      .update(normativeDocFilings)
      .set({ result: f.result, resultOn: f.on, note: f.note })
      .where(
        and(
          eq(normativeDocFilings.docId, doc.id),
          eq(normativeDocFilings.recipient, f.recipient),
          eq(normativeDocFilings.result, 'pending'),
        ),
      )
      .returning({ id: normativeDocFilings.id });
    if (!updated.length)
      throw validationFailed([{ path: 'recipient', message: '未向该机关报送备案，或其审查结果已登记' }]);
    return save(tx, ctx, doc.id, {});
  },
  repeal: (tx, ctx, doc, f: Form<typeof RepealInput>) =>
    save(tx, ctx, doc.id, { status: 'repealed', endedOn: f.on, endReason: f.reason, needsRevision: false }),
  expire: (tx, ctx, doc, f: Form<typeof ExpireInput>) =>
    save(tx, ctx, doc.id, { status: 'expired', endedOn: f.on, endReason: f.reason, needsRevision: false }),
};
