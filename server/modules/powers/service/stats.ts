import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { PowerItemStatus } from '../../../../common/contracts/powers.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { orgUnits } from '../../../platform/org/index.js';
import { itemScope } from '../policy.js';
import { CATEGORIES } from '../rules.js';
import { powerItems } from '../schema.js';

export interface DepartmentCounts {
  id: string;
  code: string;
  name: string;
  total: number;
  byCategory: Record<string, number>;
}

export interface CategoryStats {
  total: number;
  byCategory: Record<string, number>;
  byDepartment: DepartmentCounts[];
}

/** Zeroes for all ten categories, so charts and tables always show the full list. */
export function emptyCategoryCounts(): Record<string, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c.code, 0]));
}

/** Counts of items by department × category under a condition, in the org's display order. */
export async function countByDepartmentAndCategory(db: Executor, where: SQL): Promise<CategoryStats> {
  const rows = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      sortOrder: orgUnits.sortOrder,
      category: powerItems.category,
      n: count(),
    })
    .from(powerItems)
    .innerJoin(orgUnits, eq(orgUnits.id, powerItems.orgUnitId))
    .where(where)
    .groupBy(orgUnits.id, orgUnits.code, orgUnits.name, orgUnits.sortOrder, powerItems.category)
    .orderBy(asc(orgUnits.sortOrder), asc(orgUnits.code));
  const byCategory = emptyCategoryCounts();
  const departments = new Map<string, DepartmentCounts>();
  let total = 0;
  for (const r of rows) {
    const dept = departments.get(r.id) ?? {
      id: r.id,
      code: r.code,
      name: r.name,
      total: 0,
      byCategory: emptyCategoryCounts(),
    };
    departments.set(r.id, dept);
    dept.total += r.n;
    dept.byCategory[r.category] = (dept.byCategory[r.category] ?? 0) + r.n;
    byCategory[r.category] = (byCategory[r.category] ?? 0) + r.n;
    total += r.n;
  }
  return { total, byCategory, byDepartment: [...departments.values()] };
}

/** The staff dashboard's figures: items by department and category within the actor's scope. */
export async function itemStats(ctx: Ctx, status: PowerItemStatus = 'published'): Promise<CategoryStats> {
  const actor = ctx.actor;
  assertCan(actor, 'powers.view');
  return countByDepartmentAndCategory(ctx.db, and(itemScope(actor), eq(powerItems.status, status))!);
}
