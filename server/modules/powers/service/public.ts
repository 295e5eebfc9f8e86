import { and, count, eq, type SQL } from 'drizzle-orm';
import type { PortalPowerQuery } from '../../../../common/contracts/powers.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { defaultDistrictId, orgUnits } from '../../../platform/org/index.js';
import { powerItems } from '../schema.js';
import { ITEM_ORDER, keywordCondition, selectPage } from './find-items.js';
import { ITEM_COLUMNS, type PowerItemWithUnit, withUnit } from './records.js';
import { type CategoryStats, countByDepartmentAndCategory, emptyCategoryCounts } from './stats.js';

/**
 * What the public may see: published items only. While published, an item's row holds its in-force
 * version (a revision in preparation sits apart in `pending_revision`), so drafts never leak.
 */
function publishedIn(districtId: string): SQL {
  return and(eq(powerItems.districtId, districtId), eq(powerItems.status, 'published'))!;
}

async function districtOf(ctx: Ctx): Promise<string> {
  return ctx.actor?.districtId ?? defaultDistrictId(ctx.db);
}

export interface PublishedPage {
  items: PowerItemWithUnit[];
  total: number;
  byCategory: Record<string, number>;
}

/** The public search: in-force items by keyword, department and category, with counts per category. */
export async function findPublishedItems(ctx: Ctx, query: PortalPowerQuery): Promise<PublishedPage> {
  const base = publishedIn(await districtOf(ctx));
  const filters: SQL[] = [base];
  if (query.q) filters.push(keywordCondition(query.q));
  if (query.departmentId) filters.push(eq(powerItems.orgUnitId, query.departmentId));
  const beforeCategory = and(...filters)!;
  const where = query.category
    ? and(beforeCategory, eq(powerItems.category, query.category))!
    : beforeCategory;
  // The total is read off the per-category counts, so no statement counts the same rows twice.
  const [rows, perCategory] = await Promise.all([
    selectPage(ctx.db, where, query.pageSize, (query.page - 1) * query.pageSize),
    ctx.db
      .select({ category: powerItems.category, n: count() })
      .from(powerItems)
      .where(beforeCategory)
      .groupBy(powerItems.category),
  ]);
  const byCategory = emptyCategoryCounts();
  let total = 0;
  for (const r of perCategory) {
    byCategory[r.category] = r.n;
    if (!query.category || r.category === query.category) total += r.n;
  }
  return { items: rows.map(withUnit), total, byCategory };
}

/** One published item as the public sees it (its in-force version), or NOT_FOUND. */
export async function getPublishedItem(ctx: Ctx, id: string): Promise<PowerItemWithUnit> {
  const [row] = await selectPublished(
    ctx.db,
    and(eq(powerItems.id, id), publishedIn(await districtOf(ctx)))!,
  );
  if (!row) throw notFound('权责清单事项');
  return withUnit(row);
}

/** The departments with published items, each with its counts per category (the portal's department list). */
export async function publishedDepartments(ctx: Ctx): Promise<CategoryStats> {
  return countByDepartmentAndCategory(ctx.db, publishedIn(await districtOf(ctx)));
}

function selectPublished(db: Executor, where: SQL) {
  return db
    .select(ITEM_COLUMNS)
    .from(powerItems)
    .innerJoin(orgUnits, eq(orgUnits.id, powerItems.orgUnitId))
    .where(where)
    .orderBy(...ITEM_ORDER)
    .$dynamic();
}
