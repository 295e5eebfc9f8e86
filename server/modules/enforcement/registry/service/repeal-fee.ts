import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RepealFeeBody } from '../../../../../common/contracts/enforcement/registry.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementFeeItems as fee } from '../schema.js';
import { type FeeWithCollections, feeSubject, getScopedFee, lockScopedFee } from './fee-records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

/** Records that a fee was abolished (取消收费); it leaves the catalogue, its collections stay on record. */
export async function repealFee(
  ctx: Ctx,
  id: string,
  input: z.output<typeof RepealFeeBody>,
): Promise<FeeWithCollections> {
  assertCan(ctx.actor, 'enforcement.manage_fees');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedFee(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (current.repealedOn) throw ruleViolation('FEE_REPEALED', '该收费项目已取消');
    if (input.repealedOn < current.publishedOn || input.repealedOn > ctx.today) {
      throw validationFailed([
        { path: 'repealedOn', message: `取消日期应在公布日期（${current.publishedOn}）与今天之间` },
      ]);
    }
    await tx
      .update(fee)
      .set({ repealedOn: input.repealedOn, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(fee.id, id));
    await recordAudit(tx, ctx, {
      ...feeSubject(current),
      action: 'enforcement.fee.repealed',
      before: { repealedOn: null },
      after: { repealedOn: input.repealedOn },
      data: { reason: input.reason },
    });
  });
  return getScopedFee(ctx.db, actor, id);
}
