import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { enforcementFeeCollections as fc, enforcementFeeItems as fee } from '../schema.js';
import { type FeeWithCollections, feeSubject, getScopedFee, lockScopedFee } from './fee-records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

/**
 * Records (or corrects) the amount a fee item brought in over a year — the figure table 二 of the disclosure
 * annual report reads. Years from the item's publication to this year.
 */
export async function recordFeeCollection(
  ctx: Ctx,
  id: string,
  year: number,
  amountYuan: number,
): Promise<FeeWithCollections> {
  assertCan(ctx.actor, 'enforcement.manage_fees');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const item = await lockScopedFee(tx, actor, id);
    assertSeenVersion(ctx, item);
    const first = Number(item.publishedOn.slice(0, 4));
    const last = Number((item.repealedOn ?? ctx.today).slice(0, 4));
    if (year < first || year > last)
      throw validationFailed([{ path: 'year', message: `年度应在 ${first} 至 ${last} 年之间` }]);
    const [before] = await tx
      .select()
      .from(fc)
      .where(and(eq(fc.feeItemId, id), eq(fc.year, year)));
    const amount = amountYuan.toFixed(2);
    await tx
      .insert(fc)
      .values({
        feeItemId: id,
        year,
        amountYuan: amount,
        createdBy: actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .onConflictDoUpdate({
        target: [fc.feeItemId, fc.year],
        set: { amountYuan: amount, version: (before?.version ?? 0) + 1, updatedAt: ctx.now },
      });
    // The year's amounts are part of the fee item as its users see and edit it: its version moves with them.
    await tx.update(fee).set({ version: item.version + 1, updatedAt: ctx.now }).where(eq(fee.id, id));
    await recordAudit(tx, ctx, {
      ...feeSubject(item),
      action: 'enforcement.fee.collection_recorded',
      before: before ? { year, amountYuan: Number(before.amountYuan) } : undefined,
      after: { year, amountYuan: Number(amount) },
    });
  });
  return getScopedFee(ctx.db, actor, id);
}
