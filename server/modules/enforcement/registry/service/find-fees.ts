import { and, count, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { FeeFilters, FeeListQuery } from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { enforcementFeeItems as fee } from '../schema.js';
import { type FeeWithCollections, feeScope, selectFees } from './fee-records.js';
import { likePattern } from './records.js';

type Filters = z.output<typeof FeeFilters>;

function feeConditions(actor: Actor, f: Filters): SQL {
  const where: (SQL | undefined)[] = [feeScope(actor)];
  if (!f.includeRepealed) where.push(isNull(fee.repealedOn));
  if (f.orgUnitId) where.push(eq(fee.orgUnitId, f.orgUnitId));
  if (f.q) {
    const p = likePattern(f.q);
    where.push(or(ilike(fee.code, p), ilike(fee.name, p), ilike(fee.legalBasis, p)));
  }
  return and(...where)!;
}

/** A page of the 涉企行政事业性收费目录 the actor may see, with the amounts collected per year. */
export async function findFees(
  ctx: Ctx,
  query: z.output<typeof FeeListQuery>,
): Promise<{ items: FeeWithCollections[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where = feeConditions(ctx.actor, query);
  const [items, totals] = await Promise.all([
    selectFees(ctx.db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    ctx.db.select({ n: count() }).from(fee).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

/** Every fee item the filters select, for an export. */
export async function findFeesForExport(ctx: Ctx, filters: Filters): Promise<FeeWithCollections[]> {
  assertCan(ctx.actor, 'enforcement.export');
  return selectFees(ctx.db, feeConditions(ctx.actor, filters));
}
