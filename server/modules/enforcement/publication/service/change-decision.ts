import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { addWorkingDays } from '../../../../../common/calendar/index.js';
import type {
  ChangeDecisionBody,
  PublicationItem,
} from '../../../../../common/contracts/enforcement/publication.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import { startClock } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import { ruleViolation } from '../../../../platform/errors.js';
import { withdrawalClock } from '../../procedure.js';
import { withdrawalWorkingDaysOn } from '../../rules/periods.js';
import { type EnforcementCaseRow, enforcementCases as c } from '../../cases/schema.js';
import { getPublication } from './publication-view.js';
import {
  assertDecided,
  CASE_SUBJECT_TYPE,
  caseSubject,
  isPublicationClock,
  lockScopedCase,
  publicationColumns,
  stepDay,
  stopCaseClocks,
} from './records.js';
import { assertSeenVersion } from '../../../../platform/versions.js';

export type ChangeDecisionInput = z.output<typeof ChangeDecisionBody>;

/**
 * Records that the decision was changed, revoked, or confirmed unlawful or void. A published decision must
 * then come down within 3 WD (the withdrawal clock starts) when changed from 2021-07-15, promptly and with no
 * clock before; one not yet published is no longer published (its publication clock stops).
 * Basis: 《行政处罚法》（2021）第四十八条第二款、第八十五条.
 */
export async function changeDecision(
  ctx: Ctx,
  id: string,
  input: ChangeDecisionInput,
): Promise<PublicationItem> {
  assertCan(ctx.actor, 'enforcement.publish');
  const actor = ctx.actor;
  await inTransaction(ctx.db, async (tx) => {
    const row = await lockScopedCase(tx, actor, id);
    assertSeenVersion(ctx, row);
    assertDecided(row);
    if (row.changedOn) {
      throw ruleViolation('DECISION_ALREADY_CHANGED', `该决定已于 ${row.changedOn} 登记变更或撤销`);
    }
    const on = stepDay(ctx, input.on, { on: row.decidedOn, what: '决定日期' });
    const changes = await publicationAfterChange(tx, ctx, row, on);
    const [after] = await tx
      .update(c)
      .set({
        changedOn: on,
        changeReason: input.reason,
        ...changes,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(c.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      ...caseSubject(row),
      action: 'enforcement.decision.changed',
      before: publicationColumns(row),
      after: publicationColumns(after!),
      data: { reason: input.reason },
    });
  });
  return getPublication(ctx.db, actor, id, ctx.today);
}

/** What the change does to the publication: start the withdrawal clock, or cancel a pending publication. */
async function publicationAfterChange(
  tx: Tx,
  ctx: Ctx,
  row: EnforcementCaseRow,
  on: string,
): Promise<Partial<EnforcementCaseRow>> {
  const period = withdrawalWorkingDaysOn(on);
  // Before 2021-07-15 no statutory period runs: the publication stays up until withdrawn, with no clock.
  if (row.publicationState === 'published' && period === null) return {};
  if (row.publicationState === 'published' && period !== null) {
    // Basis: 《行政处罚法》（2021）第四十八条第二款; 3 日 = 3 WD (第八十五条).
    const withdrawalDueOn = addWorkingDays(await loadCalendar(tx), on, period);
    await startClock(tx, ctx, {
      def: withdrawalClock,
      subjectType: CASE_SUBJECT_TYPE,
      subjectId: row.id,
      title: `执法案件 ${row.caseNumber}`,
      orgUnitId: row.orgUnitId,
      districtId: row.districtId,
      handlerUserId: ctx.actor?.userId ?? null,
      startedOn: on,
    });
    return { withdrawalDueOn };
  }
  if (row.publicationState === 'pending') {
    // The original decision is no longer in force: there is nothing left to publish.
    await stopCaseClocks(tx, ctx, row.id, isPublicationClock, on, '决定已变更或撤销，不再公示原决定');
    return { publicationState: 'not_required' };
  }
  return {};
}
