import { count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { FileInspectionPlanBody } from '../../../../../common/contracts/enforcement/inspections.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { chinaDate, type Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementInspectionPlanItems as pi, enforcementInspectionPlans as p } from '../schema.js';
import { getPlan, type PlanView } from './find-plans.js';
import { getScopedPlan, planSubject } from './records.js';
import { planFiledError } from './replace-plan-items.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type FilePlanInput = z.output<typeof FileInspectionPlanBody>;

/**
 * Files (备案) a plan with at least one line, on the given day (default today). From then on its lines are
 * frozen and inspections of its year under its powers count against it (于洪区行政检查计划管理办法).
 */
export async function filePlan(ctx: Ctx, planId: string, input: FilePlanInput): Promise<PlanView> {
  assertCan(ctx.actor, 'enforcement.manage_inspections');
  const actor = ctx.actor;
  const filedOn = input.filedOn ?? ctx.today;
  await inTransaction(ctx.db, async (tx) => {
    const plan = await getScopedPlan(tx, actor, planId, true);
    assertSeenVersion(ctx, plan);
    if (plan.filedOn) throw planFiledError(plan);
    const createdOn = chinaDate(plan.createdAt);
    if (filedOn > ctx.today) throw validationFailed([{ path: 'filedOn', message: '备案日期不能晚于今天' }]);
    if (filedOn < createdOn) {
      throw validationFailed([
        { path: 'filedOn', message: `备案日期不能早于计划的编制日期（${createdOn}）` },
      ]);
    }
    const [lines] = await tx.select({ n: count() }).from(pi).where(eq(pi.planId, plan.id));
    if (!lines || lines.n === 0) {
      throw ruleViolation('INSPECTION_PLAN_EMPTY', '检查计划还没有检查事项，不能备案');
    }
    await tx
      .update(p)
      .set({ filedOn, version: plan.version + 1, updatedAt: ctx.now })
      .where(eq(p.id, plan.id));
    await recordAudit(tx, ctx, {
      ...planSubject(plan),
      action: 'enforcement.inspection_plan.filed',
      before: { filedOn: null },
      after: { filedOn, items: lines.n },
    });
  });
  return getPlan(ctx, planId);
}
