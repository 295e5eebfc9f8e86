import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import { legalAdvisers, legalMatters } from '../schema.js';
import { opinionsOf, startAssignmentClock } from './matters.js';
import { MATTER_SUBJECT, nextMatterNumber, resolveRequestingUnit } from './records.js';
import { fireMatterTransition } from './transitions.js';

/** The reviews other modules send: a major decision, a normative document, a major enforcement decision. */
export type LegalityReviewCategory = 'major_decision' | 'normative_document' | 'major_enforcement';

export interface LegalityReviewRequest {
  /** The calling module's key and its record's id: one review matter per record (asking again returns it). */
  sourceModule: string;
  sourceId: string;
  category: LegalityReviewCategory;
  /** The unit whose draft is reviewed (the 起草单位 / 承办单位). */
  orgUnitId: string;
  /** What is reviewed, e.g. 《于洪区老旧小区改造实施方案》合法性审查. */
  subject: string;
  /** The advisers (the first signs as lead). */
  adviserIds: string[];
}

/**
 * Assigns a legality review (合法性审查) of another module's record to advisers, as a legal matter of kind
 * `legality_review`, assigned at once: the advisers then issue their opinion on it through the matter's own
 * steps (issue_opinion, conclude), and that opinion counts among the 法律意见书 of 一(二)二. Idempotent on
 * (sourceModule, sourceId). Decision 0041 §4.
 */
export async function requestLegalityReview(
  ctx: Ctx,
  input: LegalityReviewRequest,
): Promise<{ matterId: string; created: boolean }> {
  assertCan(ctx.actor, 'legal_affairs.assign');
  const existing = await findLegalityReview(ctx, input.sourceModule, input.sourceId);
  if (existing) return { matterId: existing.id, created: false };
  const matterId = await inTransaction(ctx.db, async (tx) => {
    const unit = await resolveRequestingUnit(tx, ctx.actor!, input.orgUnitId);
    for (const id of input.adviserIds) {
      const [found] = await tx
        .select({ id: legalAdvisers.id })
        .from(legalAdvisers)
        .where(
          and(
            eq(legalAdvisers.id, id),
            eq(legalAdvisers.districtId, unit.districtId),
            eq(legalAdvisers.status, 'active'),
          ),
        );
      if (!found) throw validationFailed([{ path: 'adviserIds', message: '所选法律顾问不在本区在册名单中' }]);
    }
    const [row] = await tx
      .insert(legalMatters)
      .values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        matterNumber: await nextMatterNumber(tx, unit.districtId, Number(ctx.today.slice(0, 4))),
        kind: 'legality_review',
        category: input.category,
        subject: input.subject,
        requestedOn: ctx.today,
        state: 'requested',
        sourceModule: input.sourceModule,
        sourceId: input.sourceId,
        createdBy: ctx.actor!.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'legal_affairs.matter.requested',
      subjectType: MATTER_SUBJECT,
      subjectId: row!.id,
      orgUnitId: row!.orgUnitId,
      districtId: row!.districtId,
      after: input,
    });
    await startAssignmentClock(tx, ctx, row!);
    return row!.id;
  });
  await fireMatterTransition(ctx, matterId, 'assign', { adviserIds: input.adviserIds });
  return { matterId, created: true };
}

async function findLegalityReview(ctx: Ctx, sourceModule: string, sourceId: string) {
  const [row] = await ctx.db
    .select()
    .from(legalMatters)
    .where(
      and(
        eq(legalMatters.districtId, ctx.actor!.districtId),
        eq(legalMatters.sourceModule, sourceModule),
        eq(legalMatters.sourceId, sourceId),
      ),
    );
  return row ?? null;
}

/**
 * Where the review of a record stands, for the calling module's gate ("no decision before the legality review
 * passed"): the matter's state and the opinions issued on it, or null when none was asked for.
 */
export async function legalityReviewOf(ctx: Ctx, sourceModule: string, sourceId: string) {
  const matter = await findLegalityReview(ctx, sourceModule, sourceId);
  if (!matter) return null;
  const opinions = await opinionsOf(ctx.db, matter.id);
  return {
    matterId: matter.id,
    matterNumber: matter.matterNumber,
    state: matter.state,
    opinions: opinions.map((o) => ({
      opinionNumber: o.opinionNumber,
      issuedOn: o.issuedOn,
      signer: o.signerName,
      title: o.title,
    })),
  };
}
