import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublishDecisionBody } from '../../../../../common/contracts/enforcement/publication.js';
import type { PublicationItem } from '../../../../../common/contracts/enforcement/publication.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation } from '../../../../platform/errors.js';
import { enforcementCases as c } from '../../cases/schema.js';
import { getPublication } from './publication-view.js';
import { refreshPublicTexts } from './public-texts.js';
import {
  assertDecided,
  caseSubject,
  isPublicationClock,
  lockScopedCase,
  publicationColumns,
  stepDay,
  stopCaseClocks,
} from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type PublishDecisionInput = z.output<typeof PublishDecisionBody>;

/**
 * Publishes a decided case on the portal (事后公开) and stops its publication clock on that day. A late
 * publication is still accepted; the metrics keep it late (published_on > publication_due_on).
 * Basis: 国办发〔2018〕118号 (7 WD for 许可/处罚, 20 WD for the others).
 */
export async function publishDecision(
  ctx: Ctx,
  id: string,
  input: PublishDecisionInput,
): Promise<PublicationItem> {
  assertCan(ctx.actor, 'enforcement.publish');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const row = await lockScopedCase(tx, actor, id);
    assertSeenVersion(ctx, row);
    assertDecided(row);
    if (row.publicationState !== 'pending') {
      throw ruleViolation('PUBLICATION_NOT_PENDING', '该决定不处于待公示状态，不能公示');
    }
    if (row.changedOn) {
      throw ruleViolation('DECISION_CHANGED', '该决定已被变更、撤销或确认违法、无效，不能再公示原决定');
    }
    const on = stepDay(ctx, input.on, { on: row.decidedOn, what: '决定日期' });
    const [after] = await tx
      .update(c)
      .set({ publicationState: 'published', publishedOn: on, version: row.version + 1, updatedAt: ctx.now })
      .where(eq(c.id, id))
      .returning();
    await refreshPublicTexts(tx, eq(c.id, id));
    await stopCaseClocks(tx, ctx, id, isPublicationClock, on, '已公示');
    await recordAudit(tx, ctx, {
      ...caseSubject(row),
      action: 'enforcement.decision.published',
      before: publicationColumns(row),
      after: publicationColumns(after!),
      data: { isLate: !!row.publicationDueOn && on > row.publicationDueOn },
    });
  });
  return getPublication(ctx.db, actor, id, ctx.today);
}
