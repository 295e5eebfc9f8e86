import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/index.js';
import { provideCaseFacts } from '../../procedure.js';
import {
  enforcementEvidence,
  enforcementLegalReviews as lr,
  type LegalReviewRow,
} from '../../schema/cases.js';

/** How many pieces of evidence the case has (告知 needs at least one: 处罚法 第四十条). */
export async function evidenceCountOf(db: Executor, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(enforcementEvidence)
    .where(eq(enforcementEvidence.caseId, caseId));
  return row?.n ?? 0;
}

/** The conclusion of the latest concluded 法制审核 of the case, if any (a later review supersedes). */
export async function latestReviewConclusion(db: Executor, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ conclusion: lr.conclusion })
    .from(lr)
    .where(and(eq(lr.caseId, caseId), isNotNull(lr.concludedOn)))
    .orderBy(desc(lr.concludedOn), desc(lr.createdAt))
    .limit(1);
  return row?.conclusion ?? null;
}

/** The review submitted and not yet concluded, locked for the reviewer's conclusion. */
export async function lockOpenReview(db: Executor, caseId: string): Promise<LegalReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(lr)
    .where(and(eq(lr.caseId, caseId), isNull(lr.concludedOn)))
    .orderBy(desc(lr.createdAt))
    .limit(1)
    .for('update');
  return row;
}

// The gates of procedure.ts see the evidence and the review through this hook (this module owns the tables).
provideCaseFacts(async (tx, caseId) => ({
  evidenceCount: await evidenceCountOf(tx, caseId),
  latestReviewConclusion: await latestReviewConclusion(tx, caseId),
}));
