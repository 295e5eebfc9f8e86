import { and, asc, count, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import type {
  ProactiveItemFilters,
  ProactiveItemListQuery,
} from '../../../../../common/contracts/disclosure/proactive.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { disclosureProactiveItems as items } from '../../schema/proactive.js';
import { proactiveScope } from './policy.js';
import { ITEM_COLUMNS, type ProactiveItemWithUnit, withUnit } from './records.js';

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE of a register list: the actor's scope AND the filters (dates are publication dates). */
export function itemConditions(actor: Actor, f: ProactiveItemFilters): SQL {
  const where: (SQL | undefined)[] = [proactiveScope(actor)];
  if (f.q) {
    const pattern = likePattern(f.q);
    where.push(or(ilike(items.title, pattern), ilike(items.documentNumber, pattern)));
  }
  if (f.category) where.push(eq(items.category, f.category));
  if (f.table2Kind) where.push(eq(items.table2Kind, f.table2Kind));
  if (f.orgUnitId) where.push(eq(items.orgUnitId, f.orgUnitId));
  if (f.status) where.push(eq(items.status, f.status));
  if (f.from) where.push(gte(items.publishedOn, f.from));
  if (f.to) where.push(lte(items.publishedOn, f.to));
  if (f.lateOnly) where.push(eq(items.isLate, true));
  return and(...where)!;
}

/** A page of the register the actor may see (a department officer: their unit's), newest first. */
export async function findItems(
  ctx: Ctx,
  query: ProactiveItemListQuery,
): Promise<{ items: ProactiveItemWithUnit[]; total: number }> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.view_proactive');
  const where = itemConditions(actor, query);
  const [rows, totals] = await Promise.all([
    selectItems(ctx.db, where)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(items).where(where),
  ]);
  return { items: rows.map(withUnit), total: totals[0]?.n ?? 0 };
}

/** Every entry the filters select, for an export (same scope and filters as the list). */
export async function findItemsForExport(
  ctx: Ctx,
  filters: ProactiveItemFilters,
): Promise<ProactiveItemWithUnit[]> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.export_proactive');
  return (await selectItems(ctx.db, itemConditions(actor, filters))).map(withUnit);
}

function selectItems(db: Executor, where: SQL) {
  return db
    .select(ITEM_COLUMNS)
    .from(items)
    .innerJoin(orgUnits, eq(orgUnits.id, items.orgUnitId))
    .where(where)
    .orderBy(desc(items.publishedOn), asc(orgUnits.sortOrder), asc(items.title), asc(items.id))
    .$dynamic();
}
