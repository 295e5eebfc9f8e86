import { and, asc, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementCases as c, enforcementLegalReviews as lr } from '../schema.js';
import { CASE_COLUMNS, type CaseWithUnit, caseScope, withUnit } from './records.js';

export interface ReviewQueueRow {
  kase: CaseWithUnit;
  reviewId: string | null;
  submittedOn: string | null;
  deviationFlagged: boolean;
}

export interface ReviewQueueQuery {
  queue: 'pending' | 'deviations';
  page: number;
  pageSize: number;
}

const total = sql<number>`count(*) over ()`.mapWith(Number);

/**
 * The legal reviewers' queue (法制审核, 处罚法 第五十八条): `pending` — reviews submitted and not concluded,
 * oldest first; `deviations` — decided cases whose fine left the benchmark (裁量基准), newest first.
 */
export async function findReviewQueue(
  ctx: Ctx,
  query: ReviewQueueQuery,
): Promise<{ items: ReviewQueueRow[]; total: number }> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.view');
  const offset = (query.page - 1) * query.pageSize;
  if (query.queue === 'pending') {
    const rows = await ctx.db
      .select({ ...CASE_COLUMNS, review: lr, total })
      .from(lr)
      .innerJoin(c, eq(c.id, lr.caseId))
      .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
      .where(and(isNull(lr.concludedOn), caseScope(actor)))
      .orderBy(asc(lr.submittedOn), asc(lr.createdAt))
      .limit(query.pageSize)
      .offset(offset);
    return {
      items: rows.map((r) => ({
        kase: withUnit(r),
        reviewId: r.review.id,
        submittedOn: r.review.submittedOn,
        deviationFlagged: r.review.deviationFlagged,
      })),
      total: rows[0]?.total ?? 0,
    };
  }
  const where: SQL = and(eq(c.benchmarkDeviation, true), isNotNull(c.decidedOn), caseScope(actor))!;
  const rows = await ctx.db
    .select({ ...CASE_COLUMNS, total })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .where(where)
    .orderBy(desc(c.decidedOn), desc(c.id))
    .limit(query.pageSize)
    .offset(offset);
  return {
    items: rows.map((r) => ({
      kase: withUnit(r),
      reviewId: null,
      submittedOn: null,
      deviationFlagged: true,
    })),
    total: rows[0]?.total ?? 0,
  };
}
