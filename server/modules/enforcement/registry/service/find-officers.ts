import { and, asc, count, eq, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  OfficerFilters,
  OfficerListQuery,
} from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementOfficers as o } from '../schema.js';
import { addDays } from './certificates.js';
import { type OfficerWithUnit, officerScope, selectOfficers, withUnit } from './officer-records.js';
import { likePattern } from './records.js';

type Filters = z.output<typeof OfficerFilters>;

function officerConditions(actor: Actor, f: Filters, today: string): SQL {
  const where: (SQL | undefined)[] = [officerScope(actor)];
  if (f.orgUnitId) where.push(eq(o.orgUnitId, f.orgUnitId));
  if (f.q) where.push(or(ilike(o.name, likePattern(f.q)), ilike(o.certificateNumber, likePattern(f.q))));
  if (f.expiringWithinDays !== undefined) {
    // Expired certificates of officers still on duty are included: they need renewing most.
    where.push(eq(o.isActive, true), lte(o.certificateValidUntil, addDays(today, f.expiringWithinDays)));
  } else if (!f.includeInactive) where.push(eq(o.isActive, true));
  return and(...where)!;
}

const order = (f: Filters) =>
  f.expiringWithinDays !== undefined
    ? [asc(o.certificateValidUntil), asc(o.name)]
    : [asc(orgUnits.sortOrder), asc(o.name), asc(o.certificateNumber)];

/** A page of officers in the actor's scope (a body: its own), by body, or soonest expiry when filtering. */
export async function findOfficers(
  ctx: Ctx,
  query: z.output<typeof OfficerListQuery>,
): Promise<{ items: OfficerWithUnit[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where = officerConditions(ctx.actor, query, ctx.today);
  const [rows, totals] = await Promise.all([
    selectOfficers(ctx.db)
      .where(where)
      .orderBy(...order(query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(o).where(where),
  ]);
  return { items: rows.map(withUnit), total: totals[0]?.n ?? 0 };
}

/** Every officer the filters select, for an export. */
export async function findOfficersForExport(ctx: Ctx, filters: Filters): Promise<OfficerWithUnit[]> {
  assertCan(ctx.actor, 'enforcement.export');
  const rows = await selectOfficers(ctx.db)
    .where(officerConditions(ctx.actor, filters, ctx.today))
    .orderBy(...order(filters));
  return rows.map(withUnit);
}
