import { and, asc, count, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PowerItemListQuery } from '../../../../common/contracts/powers.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { orgUnits } from '../../../platform/org/index.js';
import { itemScope } from '../policy.js';
import { powerItems } from '../schema.js';
import { ITEM_COLUMNS, type PowerItemWithUnit, withUnit } from './records.js';

export type ItemFilters = Omit<PowerItemListQuery, 'page' | 'pageSize'>;

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * An item whose code or name contains the keyword, case-insensitively. The GIN index on `search_grams`
 * finds the candidates: every bigram of the keyword (its one character, if it has one) among the item's
 * grams (migration 0007). For a keyword of one or two characters that is the match itself, since the grams
 * of code and name are taken apart and lower-cased as ILIKE does. A longer keyword's bigrams may occur out
 * of order, so ILIKE rechecks; it comes first so that a scan (for a keyword in most items, such as 行政处罚)
 * tests the grams only on the rows ILIKE lets through.
 */
export function keywordCondition(q: string): SQL {
  const grams = sql`${powerItems.searchGrams} @> fazhi_query_grams(${q}::text)`;
  if (Array.from(q.toLowerCase()).length <= 2) return grams;
  const pattern = likePattern(q);
  return and(or(ilike(powerItems.code, pattern), ilike(powerItems.name, pattern)), grams)!;
}

/** The WHERE of a staff list: the actor's scope AND the filters; dropped drafts only when asked for. */
export function itemConditions(actor: Actor, filters: ItemFilters): SQL {
  const where: (SQL | undefined)[] = [itemScope(actor)];
  if (filters.q) where.push(keywordCondition(filters.q));
  if (filters.category) where.push(eq(powerItems.category, filters.category));
  if (filters.orgUnitId) where.push(eq(powerItems.orgUnitId, filters.orgUnitId));
  where.push(filters.status ? eq(powerItems.status, filters.status) : ne(powerItems.status, 'discarded'));
  return and(...where)!;
}

/** A page of the items the actor may see (a department officer: their unit's), filtered. */
export async function findItems(
  ctx: Ctx,
  query: PowerItemListQuery,
): Promise<{ items: PowerItemWithUnit[]; total: number }> {
  const actor = ctx.actor;
  assertCan(actor, 'powers.view');
  const where = itemConditions(actor, query);
  const rows = await selectPage(ctx.db, where, query.pageSize, (query.page - 1) * query.pageSize);
  // A page past the end has no row to carry the total.
  const total = rows[0]?.total ?? (query.page > 1 ? await countItems(ctx.db, where) : 0);
  return { items: rows.map(withUnit), total };
}

/**
 * One page of items in list order, each row carrying the number of items the WHERE selects. The page is
 * chosen on narrow rows (id, sort keys, `count(*) OVER ()`: one pass, no separate count) and only its rows
 * are read in full, so the sort and the count never carry the long content columns of every match.
 */
export function selectPage(db: Executor, where: SQL, limit: number, offset: number) {
  const page = db
    .select({ id: powerItems.id, total: sql<number>`count(*) over ()`.as('total') })
    .from(powerItems)
    .innerJoin(orgUnits, eq(orgUnits.id, powerItems.orgUnitId))
    .where(where)
    .orderBy(...ITEM_ORDER)
    .limit(limit)
    .offset(offset)
    .as('page');
  return db
    .select({ ...ITEM_COLUMNS, total: sql<number>`${page.total}`.mapWith(Number) })
    .from(page)
    .innerJoin(powerItems, eq(powerItems.id, page.id))
    .innerJoin(orgUnits, eq(orgUnits.id, powerItems.orgUnitId))
    .orderBy(...ITEM_ORDER);
}

async function countItems(db: Executor, where: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(powerItems).where(where);
  return row?.n ?? 0;
}

/** List order: departments as the org orders them, then item code. */
export const ITEM_ORDER = [asc(orgUnits.sortOrder), asc(orgUnits.code), asc(powerItems.code)] as const;

/** Every item the filters select, for an export (same scope and filters as the list). */
export async function findItemsForExport(ctx: Ctx, filters: ItemFilters): Promise<PowerItemWithUnit[]> {
  const actor = ctx.actor;
  assertCan(actor, 'powers.export');
  const rows = await selectItems(ctx.db, itemConditions(actor, filters));
  return rows.map(withUnit);
}

function selectItems(db: Executor, where: SQL) {
  return db
    .select(ITEM_COLUMNS)
    .from(powerItems)
    .innerJoin(orgUnits, eq(orgUnits.id, powerItems.orgUnitId))
    .where(where)
    .orderBy(...ITEM_ORDER)
    .$dynamic();
}
