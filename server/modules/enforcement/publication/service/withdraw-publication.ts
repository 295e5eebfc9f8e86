import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  PublicationItem,
  WithdrawPublicationBody,
} from '../../../../../common/contracts/enforcement/publication.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation } from '../../../../platform/errors.js';
import { enforcementCases as c } from '../../cases/schema.js';
import { getPublication } from './publication-view.js';
import {
  caseSubject,
  isWithdrawalClock,
  lockScopedCase,
  publicationColumns,
  stepDay,
  stopCaseClocks,
} from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type WithdrawPublicationInput = z.input<typeof WithdrawPublicationBody>;

/**
 * Takes a changed or revoked decision off the portal and stops the withdrawal clock on that day.
 * Basis: 《行政处罚法》第四十八条 (withdraw and explain within 3 WD).
 */
export async function withdrawPublication(
  ctx: Ctx,
  id: string,
  input: WithdrawPublicationInput,
): Promise<PublicationItem> {
  assertCan(ctx.actor, 'enforcement.publish');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const row = await lockScopedCase(tx, actor, id);
    assertSeenVersion(ctx, row);
    if (row.publicationState !== 'published') {
      throw ruleViolation('PUBLICATION_NOT_PUBLISHED', '该决定未在公示中，无需撤回');
    }
    if (!row.changedOn) {
      throw ruleViolation(
        'DECISION_NOT_CHANGED',
        '决定未登记变更、撤销或确认违法、无效，不能撤回公示；请先登记决定变更',
      );
    }
    const on = stepDay(ctx, input.on, { on: row.changedOn, what: '决定变更日期' });
    const [after] = await tx
      .update(c)
      .set({ publicationState: 'withdrawn', withdrawnOn: on, version: row.version + 1, updatedAt: ctx.now })
      .where(eq(c.id, id))
      .returning();
    await stopCaseClocks(tx, ctx, id, isWithdrawalClock, on, '已撤回公示');
    await recordAudit(tx, ctx, {
      ...caseSubject(row),
      action: 'enforcement.decision.publication_withdrawn',
      before: publicationColumns(row),
      after: publicationColumns(after!),
      data: {
        note: input.note ?? null,
        isLate: !!row.withdrawalDueOn && on > row.withdrawalDueOn,
      },
    });
  });
  return getPublication(ctx.db, actor, id, ctx.today);
}
