import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { InspectionPlanListQuery } from '../../../../../common/contracts/enforcement/inspections.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { enforcementInspectionPlans as p, type InspectionPlanRow } from '../schema.js';
import {
  getScopedPlan,
  type PlanLine,
  planLines,
  powerRefs,
  type Ref,
  refOf,
  unplannedCounts,
} from './records.js';
import { type CompletionFigures, completionOf } from './rules.js';

/** A plan with its body, its lines (with the power and the inspections done) and its unplanned count. */
export interface PlanView {
  plan: InspectionPlanRow;
  orgUnit: Ref;
  lines: (PlanLine & { powerItem: Ref })[];
  unplannedCount: number;
  completion: CompletionFigures;
}

/** Org units by id, as references. */
export async function unitRefs(db: Executor, ids: readonly string[]): Promise<Map<string, Ref>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name, code: orgUnits.code })
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, refOf(r)]));
}

/** Assembles the views of these plans with a fixed number of queries, whatever their number. */
export async function planViews(db: Executor, plans: readonly InspectionPlanRow[]): Promise<PlanView[]> {
  const lines = await planLines(
    db,
    plans.map((x) => x.id),
  );
  const [units, powerById] = await Promise.all([
    unitRefs(
      db,
      plans.map((x) => x.orgUnitId),
    ),
    powerRefs(
      db,
      lines.map((l) => l.powerItemId),
    ),
  ]);
  const unplanned = await Promise.all(
    plans.map((x) => unplannedCounts(db, [x.orgUnitId], x.year).then((m) => m.get(x.orgUnitId) ?? 0)),
  );
  return plans.map((plan, k) => {
    const own = lines
      .filter((l) => l.planId === plan.id)
      .map((l) => ({
        ...l,
        powerItem: powerById.get(l.powerItemId) ?? { id: l.powerItemId, name: '', code: '' },
      }));
    return {
      plan,
      orgUnit: units.get(plan.orgUnitId) ?? { id: plan.orgUnitId, name: '', code: '' },
      lines: own,
      unplannedCount: unplanned[k] ?? 0,
      completion: completionOf(own),
    };
  });
}

/** One plan the actor may see, with its lines and done counts (404 outside the scope). */
export async function getPlan(ctx: Ctx, id: string): Promise<PlanView> {
  assertCan(ctx.actor, 'enforcement.view');
  const plan = await getScopedPlan(ctx.db, ctx.actor, id);
  const [view] = await planViews(ctx.db, [plan]);
  return view!;
}

function planConditions(actor: Actor, query: z.output<typeof InspectionPlanListQuery>): SQL {
  const where: SQL[] = [enforcementScope(actor, p.orgUnitId, p.districtId)];
  if (query.year) where.push(eq(p.year, query.year));
  if (query.orgUnitId) where.push(eq(p.orgUnitId, query.orgUnitId));
  return and(...where)!;
}

/** A page of the plans the actor may see, latest year first, bodies in the org's display order. */
export async function findPlans(
  ctx: Ctx,
  query: z.output<typeof InspectionPlanListQuery>,
): Promise<{ items: PlanView[]; total: number }> {
  assertCan(ctx.actor, 'enforcement.view');
  const where = planConditions(ctx.actor, query);
  const [rows, totals] = await Promise.all([
    ctx.db
      .select({ plan: p })
      .from(p)
      .innerJoin(orgUnits, eq(orgUnits.id, p.orgUnitId))
      .where(where)
      .orderBy(desc(p.year), asc(orgUnits.sortOrder), asc(orgUnits.code))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(p).where(where),
  ]);
  return {
    items: await planViews(
      ctx.db,
      rows.map((r) => r.plan),
    ),
    total: totals[0]?.n ?? 0,
  };
}
