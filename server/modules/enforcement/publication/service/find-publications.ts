import { and, count, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type {
  PublicationItem,
  PublicationListQuery,
  PublicationListStatus,
} from '../../../../../common/contracts/enforcement/publication.js';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { enforcementScope } from '../../policy.js';
import { enforcementCases as c } from '../../cases/schema.js';
import { overdueCondition, selectWithUnit, toPublicationItem } from './publication-view.js';

function statusCondition(status: PublicationListStatus, today: IsoDate): SQL {
  if (status === 'overdue') return overdueCondition(today);
  return eq(c.publicationState, status);
}

/**
 * The publication desk: the decided cases in the actor's scope with a publication state, filtered by
 * status; overdue first by due date, then the newest decisions.
 */
export async function findPublications(
  ctx: Ctx,
  query: PublicationListQuery,
): Promise<{ items: PublicationItem[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where = and(
    enforcementScope(ctx.actor, c.orgUnitId, c.districtId),
    isNotNull(c.publicationState),
    query.status ? statusCondition(query.status, ctx.today) : undefined,
    query.orgUnitId ? eq(c.orgUnitId, query.orgUnitId) : undefined,
  )!;
  const [rows, [counted]] = await Promise.all([
    selectWithUnit(ctx.db)
      .where(where)
      .orderBy(
        sql`CASE WHEN ${overdueCondition(ctx.today)} THEN 0 ELSE 1 END`,
        // Among the overdue, the longest overdue first (the withdrawal due date once the decision changed).
        sql`CASE WHEN ${overdueCondition(ctx.today)} THEN coalesce(${c.withdrawalDueOn}, ${c.publicationDueOn}) END NULLS LAST`,
        desc(c.decidedOn),
        c.id,
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(c).where(where),
  ]);
  return {
    items: rows.map((r) => toPublicationItem(r.row, r.orgUnitName, ctx.today)),
    total: counted?.n ?? 0,
  };
}
