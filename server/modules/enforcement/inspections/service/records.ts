import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { forbidden, notFound, validationFailed } from '../../../../platform/errors.js';
import { findOrgUnits, type OrgUnit } from '../../../../platform/org/index.js';
import { powers } from '../../../powers/index.js';
import { enforcementScope, mayActForUnit } from '../../policy.js';
import {
  enforcementInspectionPlanItems as pi,
  enforcementInspectionPlans as p,
  enforcementInspections as i,
  type InspectionPlanItemRow,
  type InspectionPlanRow,
} from '../schema.js';
import { enforcementBodies } from '../../registry/schema.js';
import { inspectionPowerProblem } from './rules.js';

/** A reference to a unit, a power or an officer as the screens show it. */
export interface Ref {
  id: string;
  name: string;
  code: string;
}

export const refOf = (unit: { id: string; name: string; code: string }): Ref => ({
  id: unit.id,
  name: unit.name,
  code: unit.code,
});

export const planSubject = (plan: InspectionPlanRow) => ({
  subjectType: 'enforcement_inspection_plan',
  subjectId: plan.id,
  orgUnitId: plan.orgUnitId,
  districtId: plan.districtId,
});

/** The district's units that are confirmed enforcement bodies (an `enforcement_bodies` row, not revoked). */
export async function confirmedBodyUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  const rows = await db
    .select({ orgUnitId: enforcementBodies.orgUnitId })
    .from(enforcementBodies)
    .where(and(eq(enforcementBodies.districtId, districtId), isNull(enforcementBodies.revokedOn)));
  const confirmed = new Set(rows.map((r) => r.orgUnitId));
  return (await findOrgUnits(db, { districtId })).filter((u) => confirmed.has(u.id));
}

/** The problem with a body a form names, or the body: unknown or not confirmed is a field error. */
export function bodyProblem(
  bodies: readonly OrgUnit[],
  actor: Actor,
  orgUnitId: string,
): { unit: OrgUnit } | { problem: string; isForbidden: boolean } {
  const unit = bodies.find((u) => u.id === orgUnitId);
  if (!unit) return { problem: '该单位不是本区已确认的行政执法主体', isForbidden: false };
  if (!mayActForUnit(actor, unit)) return { problem: '只能管理本单位的行政检查', isForbidden: true };
  return { unit };
}

/** The confirmed body a form names, which the actor may act for (another body's is forbidden). */
export async function resolveBody(
  db: Executor,
  actor: Actor,
  orgUnitId: string,
  path = 'orgUnitId',
): Promise<OrgUnit> {
  const found = bodyProblem(await confirmedBodyUnits(db, actor.districtId), actor, orgUnitId);
  if ('unit' in found) return found.unit;
  if (found.isForbidden) throw forbidden(found.problem);
  throw validationFailed([{ path, message: found.problem }]);
}

/** Refuses a power that is not one of the body's 行政检查 items in force, naming the field. */
export async function assertInspectionPower(
  db: Executor,
  powerItemId: string,
  orgUnitId: string,
  path = 'powerItemId',
): Promise<Ref> {
  const [power] = await powers.findHeldPowers(db, [powerItemId]);
  const problem = inspectionPowerProblem(power, orgUnitId);
  if (problem || !power) throw validationFailed([{ path, message: problem ?? '未找到该权责清单事项' }]);
  return refOf(power);
}

/** The powers by id, as references (names for the screens). */
export async function powerRefs(db: Executor, ids: readonly string[]): Promise<Map<string, Ref>> {
  const held = await powers.findHeldPowers(db, [...new Set(ids)]);
  return new Map(held.map((h) => [h.id, refOf(h)]));
}

/** A plan the actor may see, or 404 (existence outside the scope is not leaked). */
export async function getScopedPlan(
  db: Executor,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<InspectionPlanRow> {
  const query = db
    .select()
    .from(p)
    .where(and(eq(p.id, id), enforcementScope(actor, p.orgUnitId, p.districtId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('检查计划');
  return row;
}

export interface PlanLine extends InspectionPlanItemRow {
  doneCount: number;
}

/** The lines of these plans with the inspections recorded against each. */
export async function planLines(db: Executor, planIds: readonly string[]): Promise<PlanLine[]> {
  if (planIds.length === 0) return [];
  const done = db
    .select({ planItemId: i.planItemId, n: sql<number>`count(*)::int`.as('n') })
    .from(i)
    .groupBy(i.planItemId)
    .as('done');
  const rows = await db
    .select({ item: pi, doneCount: sql<number>`coalesce(${done.n}, 0)::int` })
    .from(pi)
    .leftJoin(done, eq(done.planItemId, pi.id))
    .where(inArray(pi.planId, [...planIds]))
    .orderBy(pi.planId, pi.id);
  return rows.map((r) => ({ ...r.item, doneCount: Number(r.doneCount) }));
}

/** Per body, the inspections of the year outside any plan line (计划外检查). */
export async function unplannedCounts(
  db: Executor,
  orgUnitIds: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  if (orgUnitIds.length === 0) return new Map();
  const rows = await db
    .select({ orgUnitId: i.orgUnitId, n: sql<number>`count(*)::int` })
    .from(i)
    .where(
      and(
        inArray(i.orgUnitId, [...orgUnitIds]),
        isNull(i.planItemId),
        sql`${i.inspectedOn} BETWEEN make_date(${year}, 1, 1) AND make_date(${year}, 12, 31)`,
      ),
    )
    .groupBy(i.orgUnitId);
  return new Map(rows.map((r) => [r.orgUnitId, Number(r.n)]));
}

/**
 * The plan line an inspection counts against: the line of the same power in the body's plan for the
 * inspection's year, if that plan is filed; otherwise null (计划外检查).
 */
export async function planItemFor(
  db: Executor,
  orgUnitId: string,
  year: number,
  powerItemId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: pi.id })
    .from(pi)
    .innerJoin(p, eq(p.id, pi.planId))
    .where(
      and(
        eq(p.orgUnitId, orgUnitId),
        eq(p.year, year),
        sql`${p.filedOn} IS NOT NULL`,
        eq(pi.powerItemId, powerItemId),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}
