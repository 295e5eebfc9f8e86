import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReplacePlanItemsBody } from '../../../../../common/contracts/enforcement/inspections.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { type Executor, inTransaction } from '../../../../platform/db/index.js';
import { type FieldError, ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { powers } from '../../../powers/index.js';
import {
  enforcementInspectionPlanItems as pi,
  enforcementInspectionPlans as p,
  type InspectionPlanItemRow,
  type InspectionPlanRow,
} from '../schema.js';
import { getPlan, type PlanView } from './find-plans.js';
import { getScopedPlan, planSubject } from './records.js';
import { defaultPlannedCount, inspectionPowerProblem } from './rules.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type ReplacePlanItemsInput = z.output<typeof ReplacePlanItemsBody>;
type ItemInput = ReplacePlanItemsInput['items'][number];

/** The refusal of any change to a filed plan's lines. */
export function planFiledError(plan: InspectionPlanRow) {
  return ruleViolation('INSPECTION_PLAN_FILED', `该检查计划已于 ${plan.filedOn} 备案，检查事项不能再修改`, {
    filedOn: plan.filedOn,
  });
}

/** Every problem with the lines: each power must be one of the body's 行政检查 items in force, once. */
export async function planItemProblems(
  db: Executor,
  orgUnitId: string,
  items: readonly ItemInput[],
): Promise<FieldError[]> {
  const held = new Map(
    (await powers.findHeldPowers(db, [...new Set(items.map((x) => x.powerItemId))])).map((h) => [h.id, h]),
  );
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  items.forEach((item, k) => {
    const path = `items.${k}.powerItemId`;
    const problem = inspectionPowerProblem(held.get(item.powerItemId), orgUnitId);
    if (problem) problems.push({ path, message: problem });
    else if (seen.has(item.powerItemId)) problems.push({ path, message: '同一检查事项不能在计划中重复列入' });
    seen.add(item.powerItemId);
  });
  return problems;
}

/** Replaces every line of a draft plan; a filed plan's lines are frozen (于洪区行政检查计划管理办法). */
export async function replacePlanItems(
  ctx: Ctx,
  planId: string,
  input: ReplacePlanItemsInput,
): Promise<PlanView> {
  assertCan(ctx.actor, 'enforcement.manage_inspections');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const plan = await getScopedPlan(tx, actor, planId, true);
    assertSeenVersion(ctx, plan);
    if (plan.filedOn) throw planFiledError(plan);
    const problems = await planItemProblems(tx, plan.orgUnitId, input.items);
    if (problems.length > 0) throw validationFailed(problems);
    const before = await tx.delete(pi).where(eq(pi.planId, plan.id)).returning();
    const lines = input.items.map((item) => ({
      planId: plan.id,
      powerItemId: item.powerItemId,
      frequency: item.frequency,
      targets: item.targets,
      plannedCount: item.plannedCount ?? defaultPlannedCount(item.frequency),
    }));
    if (lines.length > 0) await tx.insert(pi).values(lines);
    await tx
      .update(p)
      .set({ version: plan.version + 1, updatedAt: ctx.now })
      .where(eq(p.id, plan.id));
    const summary = (rows: readonly Omit<InspectionPlanItemRow, 'id'>[]) =>
      rows.map(({ powerItemId, frequency, targets, plannedCount }) => ({
        powerItemId,
        frequency,
        targets,
        plannedCount,
      }));
    await recordAudit(tx, ctx, {
      ...planSubject(plan),
      action: 'enforcement.inspection_plan.items_replaced',
      before: { items: summary(before) },
      after: { items: summary(lines) },
    });
  });
  return getPlan(ctx, planId);
}
