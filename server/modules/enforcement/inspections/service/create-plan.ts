import type { z } from 'zod';
import type { CreateInspectionPlanBody } from '../../../../../common/contracts/enforcement/inspections.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { AppError, validationFailed } from '../../../../platform/errors.js';
import { enforcementInspectionPlans as p } from '../schema.js';
import { getPlan, type PlanView } from './find-plans.js';
import { planSubject, resolveBody } from './records.js';
import { planYearProblem } from './rules.js';

export type CreatePlanInput = z.output<typeof CreateInspectionPlanBody>;

/**
 * Draws up a confirmed body's inspection plan for a year, as a draft without lines (one plan per body and
 * year; 于洪区行政检查计划管理办法). Lines are set with `replacePlanItems`, then the plan is filed.
 */
export async function createPlan(ctx: Ctx, input: CreatePlanInput): Promise<PlanView> {
  assertCan(ctx.actor, 'enforcement.manage_inspections');
  const actor = ctx.actor;
  const id = await inTransaction(ctx.db, async (tx) => {
    const unit = await resolveBody(tx, actor, input.orgUnitId);
    const yearProblem = planYearProblem(input.year, ctx.today);
    if (yearProblem) throw validationFailed([{ path: 'year', message: yearProblem }]);
    const [plan] = await tx
      .insert(p)
      .values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        year: input.year,
        note: input.note,
        createdBy: actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      // The unique (body, year) index answers a concurrent create too.
      .onConflictDoNothing()
      .returning();
    if (!plan) {
      const message = `${unit.name}${input.year}年度的行政检查计划已存在`;
      throw new AppError('CONFLICT', message, [{ path: 'year', message }]);
    }
    await recordAudit(tx, ctx, {
      ...planSubject(plan),
      action: 'enforcement.inspection_plan.created',
      after: { year: plan.year, note: plan.note },
    });
    return plan.id;
  });
  return getPlan(ctx, id);
}
