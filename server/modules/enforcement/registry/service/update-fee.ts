import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { UpdateFeeBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementFeeItems as fee } from '../schema.js';
import { feeProblems } from './create-fee.js';
import { type FeeWithCollections, feeSubject, getScopedFee, lockScopedFee } from './fee-records.js';
import { changesOf, givenFields } from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

/** Corrects a fee item (basis, standard, name, code, publication date). */
export async function updateFee(
  ctx: Ctx,
  id: string,
  input: z.output<typeof UpdateFeeBody>,
): Promise<FeeWithCollections> {
  assertCan(ctx.actor, 'enforcement.manage_fees');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedFee(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (current.repealedOn) throw ruleViolation('FEE_REPEALED', '该收费项目已取消，不能再修改');
    const { before, after } = changesOf(current, givenFields(input));
    if (Object.keys(after).length === 0) return;
    const problems = await feeProblems(tx, current.districtId, { ...current, ...after }, ctx.today, id);
    if (problems.length > 0) throw validationFailed(problems);
    await tx
      .update(fee)
      .set({ ...after, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(fee.id, id));
    await recordAudit(tx, ctx, { ...feeSubject(current), action: 'enforcement.fee.updated', before, after });
  });
  return getScopedFee(ctx.db, actor, id);
}
