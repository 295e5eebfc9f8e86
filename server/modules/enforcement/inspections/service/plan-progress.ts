import { and, eq, sql } from 'drizzle-orm';
import { assertCan, isInScope } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { findOrgUnits, type OrgUnit } from '../../../../platform/org/index.js';
import { powers } from '../../../powers/index.js';
import { enforcementScope } from '../../policy.js';
import {
  enforcementInspectionPlans as p,
  enforcementInspections as i,
  type InspectionPlanRow,
} from '../schema.js';
import { type CompletionFigures, completionOf } from './rules.js';
import { confirmedBodyUnits, planLines, type Ref, refOf, unplannedCounts } from './records.js';

/** One body's plan against what it did in the year. */
export interface ProgressLine extends CompletionFigures {
  orgUnit: Ref;
  plan: InspectionPlanRow | null;
  unplannedCount: number;
}

/** Units with a plan or an inspection in the year, within the actor's scope. */
async function activeUnitIds(db: Executor, actor: Actor, year: number): Promise<Set<string>> {
  const inYear = sql`${i.inspectedOn} BETWEEN make_date(${year}, 1, 1) AND make_date(${year}, 12, 31)`;
  const [plans, inspected] = await Promise.all([
    db
      .select({ orgUnitId: p.orgUnitId })
      .from(p)
      .where(and(eq(p.year, year), enforcementScope(actor, p.orgUnitId, p.districtId))),
    db
      .selectDistinct({ orgUnitId: i.orgUnitId })
      .from(i)
      .where(and(inYear, enforcementScope(actor, i.orgUnitId, i.districtId))),
  ]);
  return new Set([...plans, ...inspected].map((r) => r.orgUnitId));
}

/**
 * The bodies the progress table lists: those in scope with a plan or inspections that year, and the
 * confirmed bodies holding 行政检查 items in force (which are expected to file a plan).
 */
async function progressUnits(db: Executor, actor: Actor, year: number): Promise<OrgUnit[]> {
  const active = await activeUnitIds(db, actor, year);
  const confirmed = new Set((await confirmedBodyUnits(db, actor.districtId)).map((u) => u.id));
  const inScope = (u: OrgUnit) => isInScope(actor, { orgPath: u.path, districtId: u.districtId });
  const units = (await findOrgUnits(db, { districtId: actor.districtId })).filter(
    (u) => active.has(u.id) || (confirmed.has(u.id) && inScope(u)),
  );
  const listed: OrgUnit[] = [];
  for (const unit of units) {
    if (active.has(unit.id) || (await holdsInspectionPowers(db, unit.id))) listed.push(unit);
  }
  return listed;
}

async function holdsInspectionPowers(db: Executor, orgUnitId: string): Promise<boolean> {
  return (await powers.findUnitPowers(db, orgUnitId, 'inspection')).length > 0;
}

/**
 * 行政检查计划执行情况 for a year: per body, whether its plan is filed, planned and done against it (the rate
 * counts each line up to its planned number), and the inspections outside the plan. Only filed plans count.
 */
export async function planProgress(ctx: Ctx, year: number): Promise<ProgressLine[]> {
  assertCan(ctx.actor, 'enforcement.view');
  const actor = ctx.actor;
  const units = await progressUnits(ctx.db, actor, year);
  const plans = await ctx.db
    .select()
    .from(p)
    .where(and(eq(p.year, year), enforcementScope(actor, p.orgUnitId, p.districtId)));
  const planOf = new Map(plans.map((x) => [x.orgUnitId, x]));
  const filedIds = plans.filter((x) => x.filedOn).map((x) => x.id);
  const [lines, unplanned] = await Promise.all([
    planLines(ctx.db, filedIds),
    unplannedCounts(
      ctx.db,
      units.map((u) => u.id),
      year,
    ),
  ]);
  return units.map((unit) => {
    const plan = planOf.get(unit.id) ?? null;
    const own = plan?.filedOn ? lines.filter((l) => l.planId === plan.id) : [];
    return {
      orgUnit: refOf(unit),
      plan,
      ...completionOf(own),
      unplannedCount: unplanned.get(unit.id) ?? 0,
    };
  });
}
