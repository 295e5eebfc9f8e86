import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { PortalCatalogueQuery } from '../../../../../common/contracts/disclosure/proactive.js';
import type { Ctx } from '../../../../platform/context.js';
import { notFound } from '../../../../platform/errors.js';
import { defaultDistrictId, orgUnits } from '../../../../platform/org/index.js';
import { disclosureProactiveItems as items } from '../../schema/proactive.js';
import { likePattern } from './find-items.js';
import { ITEM_COLUMNS, type ProactiveItemWithUnit, withUnit } from './records.js';

export interface CataloguePage {
  items: ProactiveItemWithUnit[];
  total: number;
  byCategory: Record<string, number>;
}

/** What the portal may show: published on the government website and not withdrawn. */
export function publicCondition(districtId: string): SQL {
  return and(eq(items.districtId, districtId), eq(items.isOnPortal, true), eq(items.status, 'published'))!;
}

/** The public catalogue (政府信息公开目录): by department and category, with a text search. */
export async function findCatalogue(ctx: Ctx, query: PortalCatalogueQuery): Promise<CataloguePage> {
  const districtId = await defaultDistrictId(ctx.db);
  const base: (SQL | undefined)[] = [publicCondition(districtId)];
  if (query.department) base.push(eq(items.orgUnitId, query.department));
  if (query.q) {
    const pattern = likePattern(query.q);
    base.push(or(ilike(items.title, pattern), ilike(items.documentNumber, pattern)));
  }
  const where = and(...base, query.category ? eq(items.category, query.category) : undefined)!;
  const [rows, totals, counts] = await Promise.all([
    ctx.db
      .select(ITEM_COLUMNS)
      .from(items)
      .innerJoin(orgUnits, eq(orgUnits.id, items.orgUnitId))
      .where(where)
      .orderBy(desc(items.publishedOn), asc(items.title), asc(items.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(items).where(where),
    // The category counts ignore the category filter so the catalogue's tabs keep their numbers.
    ctx.db
      .select({ category: items.category, n: sql<number>`count(*)::int` })
      .from(items)
      .where(and(...base))
      .groupBy(items.category),
  ]);
  return {
    items: rows.map(withUnit),
    total: totals[0]?.n ?? 0,
    byCategory: Object.fromEntries(counts.map((c) => [c.category, Number(c.n)])),
  };
}

/** One catalogue item as the portal shows it (its summary and source link), or NOT_FOUND if not public. */
export async function getCatalogueItem(ctx: Ctx, id: string): Promise<ProactiveItemWithUnit> {
  const [row] = await ctx.db
    .select(ITEM_COLUMNS)
    .from(items)
    .innerJoin(orgUnits, eq(orgUnits.id, items.orgUnitId))
    .where(and(publicCondition(await defaultDistrictId(ctx.db)), eq(items.id, id)));
  if (!row) throw notFound('主动公开信息');
  return withUnit(row);
}
