import { and, desc, eq, gte, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { FilingListQuery } from '../../../../../common/contracts/enforcement/cases.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { enforcementFilings as f } from '../../cases/schema.js';
import { type FilingWithCase, filingScope, selectFilings, withCase } from './records.js';

type Query = z.output<typeof FilingListQuery>;

function stateCondition(state: Query['state'], today: IsoDate): SQL | undefined {
  switch (state) {
    case 'unfiled':
      return isNull(f.filedOn);
    case 'filed':
      return and(isNotNull(f.filedOn), isNull(f.reviewedOn));
    case 'reviewed':
      return isNotNull(f.reviewedOn);
    case 'late':
      return or(sql`${f.filedOn} > ${f.dueOn}`, and(isNull(f.filedOn), sql`${f.dueOn} < ${today}::date`));
    default:
      return undefined;
  }
}

function filingConditions(actor: Actor, q: Query, today: IsoDate): SQL {
  const where: (SQL | undefined)[] = [filingScope(actor), stateCondition(q.state, today)];
  if (q.orgUnitId) where.push(eq(f.orgUnitId, q.orgUnitId));
  if (q.decidedFrom) where.push(gte(f.decidedOn, q.decidedFrom));
  if (q.decidedTo) where.push(lte(f.decidedOn, q.decidedTo));
  return and(...where)!;
}

/** 重大处罚备案: the major penalties filed (or due to be) with the coordinator, latest decisions first. */
export async function findFilings(
  ctx: Ctx,
  query: Query,
): Promise<{ items: FilingWithCase[]; total: number }> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.view');
  const rows = await selectFilings(ctx.db)
    .where(filingConditions(actor, query, ctx.today))
    .orderBy(desc(f.decidedOn), desc(f.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows.map(withCase), total: rows[0]?.total ?? 0 };
}
