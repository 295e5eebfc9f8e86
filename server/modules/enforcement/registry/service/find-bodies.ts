import { and, asc, count, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { BodyFilters, BodyListQuery } from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementBodies as b } from '../schema.js';
import { type BodyWithCounts, bodyScope, selectBodies, withCounts } from './body-records.js';
import { likePattern } from './records.js';

type Filters = z.output<typeof BodyFilters>;

function bodyConditions(actor: Actor, f: Filters): SQL {
  const where: (SQL | undefined)[] = [bodyScope(actor)];
  if (!f.includeRevoked) where.push(isNull(b.revokedOn));
  if (f.q) {
    const p = likePattern(f.q);
    where.push(or(ilike(orgUnits.name, p), ilike(b.legalBasis, p), ilike(b.scope, p)));
  }
  return and(...where)!;
}

/** A page of the confirmed bodies the actor may see, in the org's display order, with their counts. */
export async function findBodies(
  ctx: Ctx,
  query: z.output<typeof BodyListQuery>,
): Promise<{ items: BodyWithCounts[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where = bodyConditions(ctx.actor, query);
  const [rows, totals] = await Promise.all([
    selectBodies(ctx.db, ctx.today)
      .where(where)
      .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(b).innerJoin(orgUnits, eq(orgUnits.id, b.orgUnitId)).where(where),
  ]);
  return { items: rows.map(withCounts), total: totals[0]?.n ?? 0 };
}

/** Every body the filters select, for an export. */
export async function findBodiesForExport(ctx: Ctx, filters: Filters): Promise<BodyWithCounts[]> {
  assertCan(ctx.actor, 'enforcement.export');
  const rows = await selectBodies(ctx.db, ctx.today)
    .where(bodyConditions(ctx.actor, filters))
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code));
  return rows.map(withCounts);
}
