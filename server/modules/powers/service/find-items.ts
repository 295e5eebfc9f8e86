import { and, asc, count, eq, ilike, ne, or, type SQL } from 'drizzle-orm';
import type { PowerItemListQuery } from '../../../../common/contracts/powers.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/client.js';
import { orgUnits } from '../../../platform/org/schema.js';
import { itemScope } from '../policy.js';
import { powerItems } from '../schema.js';
import { ITEM_COLUMNS, type PowerItemWithUnit, withUnit } from './records.js';

export type ItemFilters = Omit<PowerItemListQuery, 'page' | 'pageSize'>;

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE of a staff list: the actor's scope AND the filters; dropped drafts only when asked for. */
export function itemConditions(actor: Actor, filters: ItemFilters): SQL {
  const where: (SQL | undefined)[] = [itemScope(actor)];
  if (filters.q) {
    const pattern = likePattern(filters.q);
    where.push(or(ilike(powerItems.code, pattern), ilike(powerItems.name, pattern)));
  }
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
  const [rows, totals] = await Promise.all([
    selectItems(ctx.db, where)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(powerItems).where(where),
  ]);
  return { items: rows.map(withUnit), total: totals[0]?.n ?? 0 };
}

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
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code), asc(powerItems.code))
    .$dynamic();
}
