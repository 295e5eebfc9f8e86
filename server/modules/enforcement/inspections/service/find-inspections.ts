import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  InspectionFilters,
  InspectionListQuery,
} from '../../../../../common/contracts/enforcement/inspections.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { enforcementScope } from '../../policy.js';
import { enforcementInspections as i, type InspectionRow } from '../schema.js';
import { enforcementOfficers } from '../../registry/schema.js';
import { unitRefs } from './find-plans.js';
import { powerRefs, type Ref } from './records.js';

export interface OfficerRef {
  id: string;
  name: string;
  certificateNumber: string;
}

/** An inspection with its body, power and officers named. */
export interface InspectionView {
  inspection: InspectionRow;
  orgUnit: Ref;
  powerItem: Ref;
  officers: OfficerRef[];
}

type Filters = z.output<typeof InspectionFilters>;

async function officerRefs(db: Executor, ids: readonly string[]): Promise<Map<string, OfficerRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: enforcementOfficers.id,
      name: enforcementOfficers.name,
      certificateNumber: enforcementOfficers.certificateNumber,
    })
    .from(enforcementOfficers)
    .where(inArray(enforcementOfficers.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Names the bodies, powers and officers of these inspections with a fixed number of queries. */
export async function inspectionViews(
  db: Executor,
  rows: readonly InspectionRow[],
): Promise<InspectionView[]> {
  const [units, powersById, officers] = await Promise.all([
    unitRefs(
      db,
      rows.map((r) => r.orgUnitId),
    ),
    powerRefs(
      db,
      rows.map((r) => r.powerItemId),
    ),
    officerRefs(
      db,
      rows.flatMap((r) => r.officerIds),
    ),
  ]);
  return rows.map((inspection) => ({
    inspection,
    orgUnit: units.get(inspection.orgUnitId) ?? { id: inspection.orgUnitId, name: '', code: '' },
    powerItem: powersById.get(inspection.powerItemId) ?? { id: inspection.powerItemId, name: '', code: '' },
    officers: inspection.officerIds.map((id) => officers.get(id) ?? { id, name: '', certificateNumber: '' }),
  }));
}

function inspectionConditions(actor: Actor, f: Filters): SQL {
  const where: SQL[] = [enforcementScope(actor, i.orgUnitId, i.districtId)];
  if (f.year) {
    where.push(sql`${i.inspectedOn} BETWEEN make_date(${f.year}, 1, 1) AND make_date(${f.year}, 12, 31)`);
  }
  if (f.orgUnitId) where.push(eq(i.orgUnitId, f.orgUnitId));
  if (f.powerItemId) where.push(eq(i.powerItemId, f.powerItemId));
  if (f.unplanned === true) where.push(isNull(i.planItemId));
  if (f.unplanned === false) where.push(sql`${i.planItemId} IS NOT NULL`);
  return and(...where)!;
}

/** A page of the inspections the actor may see, latest first. */
export async function findInspections(
  ctx: Ctx,
  query: z.output<typeof InspectionListQuery>,
): Promise<{ items: InspectionView[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where = inspectionConditions(ctx.actor, query);
  const [rows, totals] = await Promise.all([
    ctx.db
      .select()
      .from(i)
      .where(where)
      .orderBy(desc(i.inspectedOn), desc(i.createdAt), desc(i.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(i).where(where),
  ]);
  return { items: await inspectionViews(ctx.db, rows), total: totals[0]?.n ?? 0 };
}

/** Every inspection the filters select, for an export (oldest first, as a ledger reads). */
export async function findInspectionsForExport(ctx: Ctx, filters: Filters): Promise<InspectionView[]> {
  assertCan(ctx.actor, 'enforcement.export');
  const rows = await ctx.db
    .select()
    .from(i)
    .where(inspectionConditions(ctx.actor, filters))
    .orderBy(i.inspectedOn, i.createdAt, i.id);
  return inspectionViews(ctx.db, rows);
}

/** One inspection the actor may see, or 404. */
export async function getInspection(ctx: Ctx, id: string): Promise<InspectionView> {
  assertCan(ctx.actor, 'enforcement.view');
  const [row] = await ctx.db
    .select()
    .from(i)
    .where(and(eq(i.id, id), enforcementScope(ctx.actor, i.orgUnitId, i.districtId)));
  if (!row) throw notFound('检查记录');
  const [view] = await inspectionViews(ctx.db, [row]);
  return view!;
}
