import { eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation } from '../../../../platform/errors.js';
import { enforcementFilings as f } from '../../cases/schema.js';
import { FILING_SUBJECT_TYPE } from './create-filing.js';
import { type FilingWithCase, filingDay, getScopedFiling, lockScopedFiling } from './records.js';

/** The body files its major penalty with the coordinator (报送重大处罚备案); a late filing stays flagged. */
export async function submitFiling(
  ctx: Ctx,
  id: string,
  input: { on?: IsoDate; note?: string | null },
): Promise<FilingWithCase> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.file_major');
  await inTransaction(ctx.db, async (tx) => {
    const filing = await lockScopedFiling(tx, actor, id);
    if (filing.filedOn)
      throw ruleViolation('FILING_ALREADY_SUBMITTED', `该重大处罚已于 ${filing.filedOn} 报送备案`);
    const on = filingDay(input.on, ctx.today, filing.decidedOn, '作出决定的日期');
    await tx.update(f).set({ filedOn: on, filedBy: actor.userId }).where(eq(f.id, filing.id));
    await recordAudit(tx, ctx, {
      action: 'enforcement.filing.submitted',
      subjectType: FILING_SUBJECT_TYPE,
      subjectId: filing.id,
      orgUnitId: filing.orgUnitId,
      districtId: filing.districtId,
      before: { filedOn: null },
      after: { caseId: filing.caseId, dueOn: filing.dueOn, filedOn: on },
      data: { isLate: on > filing.dueOn, note: input.note ?? null },
    });
  });
  return getScopedFiling(ctx.db, actor, id);
}
