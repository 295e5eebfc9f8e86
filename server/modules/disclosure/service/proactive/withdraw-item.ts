import { eq } from 'drizzle-orm';
import type { WithdrawProactiveItemBody } from '../../../../../common/contracts/disclosure/proactive.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { disclosureProactiveItems as items, type ProactiveItemRow } from '../../schema/proactive.js';
import { lockScopedItem, subjectOf } from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

/**
 * Withdraws a published item (撤回: published in error, or no longer to be public); the row stays in the
 * register with the reason, and leaves the portal's catalogue and the figures from that day on.
 */
export async function withdrawItem(
  ctx: Ctx,
  id: string,
  input: WithdrawProactiveItemBody,
): Promise<ProactiveItemRow> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.register_proactive');
  return inTransaction(ctx.db, async (tx) => {
    const current = await lockScopedItem(tx, actor, id);
    assertSeenVersion(ctx, current);
    if (current.status === 'withdrawn') throw ruleViolation('PROACTIVE_ITEM_WITHDRAWN', '该信息已撤回');
    if (input.withdrawnOn < current.publishedOn || input.withdrawnOn > ctx.today) {
      throw validationFailed([
        { path: 'withdrawnOn', message: `撤回日期应在公开日期（${current.publishedOn}）与今天之间` },
      ]);
    }
    const [row] = await tx
      .update(items)
      .set({
        status: 'withdrawn',
        withdrawnOn: input.withdrawnOn,
        withdrawalReason: input.reason,
        version: current.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(items.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      ...subjectOf(current),
      action: 'disclosure.proactive_item.withdrawn',
      before: { status: current.status },
      after: { status: 'withdrawn', withdrawnOn: input.withdrawnOn },
      data: { reason: input.reason },
    });
    return row!;
  });
}
