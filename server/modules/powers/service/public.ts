import { and, count, eq, or, type SQL, sql } from 'drizzle-orm';
import type { PortalPowerQuery } from '../../../../common/contracts/powers.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { defaultDistrictId, orgUnits } from '../../../platform/org/index.js';
import { searchTerms } from '../rules.js';
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
  /** `anyTerm` when the whole phrase found nothing and the items hold some of `terms` (most first). */
  matchedBy: 'phrase' | 'anyTerm';
  terms: string[];
}

/**
 * The public search: in-force items by keyword, department and category, with counts per category. A phrase
 * that finds nothing is tried again word by word (any word, items holding more of them first), because
 * citizens type what they want done (办理食品经营许可证), not an item's official name.
 */
export async function findPublishedItems(ctx: Ctx, query: PortalPowerQuery): Promise<PublishedPage> {
  const districtId = await districtOf(ctx);
  const page = await searchPublished(ctx, query, districtId, query.q ? [query.q] : []);
  const terms = query.q ? searchTerms(query.q) : [];
  if (page.total > 0 || terms.length < 2) return { ...page, matchedBy: 'phrase', terms: [] };
  return { ...(await searchPublished(ctx, query, districtId, terms, 'any')), matchedBy: 'anyTerm', terms };
}

async function searchPublished(
  ctx: Ctx,
  query: PortalPowerQuery,
  districtId: string,
  terms: string[],
  match: 'all' | 'any' = 'all',
): Promise<Omit<PublishedPage, 'matchedBy' | 'terms'>> {
  const filters: (SQL | undefined)[] = [publishedIn(districtId)];
  const keywords = terms.map(keywordCondition);
  if (keywords.length) filters.push(match === 'all' ? and(...keywords) : or(...keywords));
  if (query.departmentId) filters.push(eq(powerItems.orgUnitId, query.departmentId));
  const beforeCategory = and(...filters)!;
  const where = query.category
    ? and(beforeCategory, eq(powerItems.category, query.category))!
    : beforeCategory;
  const offset = (query.page - 1) * query.pageSize;
  // The total is read off the per-category counts, so no statement counts the same rows twice.
  const [rows, perCategory] = await Promise.all([
    match === 'all'
      ? selectPage(ctx.db, where, query.pageSize, offset)
      : selectPublished(ctx.db, where, termsHeld(keywords)).limit(query.pageSize).offset(offset),
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

/** How many of the words an item holds: the any-term search lists the items holding most first. */
function termsHeld(keywords: SQL[]): SQL {
  return sql`(${sql.join(
    keywords.map((k) => sql`(${k})::int`),
    sql` + `,
  )}) desc`;
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

function selectPublished(db: Executor, where: SQL, first?: SQL) {
  return db
    .select(ITEM_COLUMNS)
    .from(powerItems)
    .innerJoin(orgUnits, eq(orgUnits.id, powerItems.orgUnitId))
    .where(where)
    .orderBy(...(first ? [first] : []), ...ITEM_ORDER)
    .$dynamic();
}
