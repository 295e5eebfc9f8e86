import { and, count, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { MajorCatalogueListQuery } from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { enforcementMajorCatalogue as mc } from '../schema.js';
import { catalogueScope, type MajorCatalogueEntry, selectCatalogue } from './major-catalogue-records.js';

/** A page of the 重大执法决定法制审核目录 entries the actor may see, by body. */
export async function findMajorCatalogue(
  ctx: Ctx,
  query: z.output<typeof MajorCatalogueListQuery>,
): Promise<{ items: MajorCatalogueEntry[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where: (SQL | undefined)[] = [catalogueScope(ctx.actor)];
  if (query.orgUnitId) where.push(eq(mc.orgUnitId, query.orgUnitId));
  if (!query.includeInactive) where.push(eq(mc.isActive, true));
  const condition = and(...where)!;
  const [items, totals] = await Promise.all([
    selectCatalogue(ctx.db, condition, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    ctx.db.select({ n: count() }).from(mc).where(condition),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}
