import { eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { FilingConclusion } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { ruleViolation } from '../../../../platform/errors.js';
import { enforcementFilings as f } from '../../cases/schema.js';
import { FILING_SUBJECT_TYPE } from './create-filing.js';
import { type FilingWithCase, filingDay, getScopedFiling, lockScopedFiling } from './records.js';

/** 备案审查: the coordinator or a legal reviewer records the conclusion on a filed major penalty. */
export async function reviewFiling(
  ctx: Ctx,
  id: string,
  input: { on?: IsoDate; conclusion: FilingConclusion; opinion: string },
): Promise<FilingWithCase> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.review_filing');
  await inTransaction(ctx.db, async (tx) => {
    const filing = await lockScopedFiling(tx, actor, id);
    if (!filing.filedOn) throw ruleViolation('FILING_NOT_SUBMITTED', '执法主体尚未报送备案，不能审查');
    if (filing.reviewedOn)
      throw ruleViolation('FILING_ALREADY_REVIEWED', `该备案已于 ${filing.reviewedOn} 审查完毕`);
    const on = filingDay(input.on, ctx.today, filing.filedOn, '报送备案的日期');
    await tx
      .update(f)
      .set({
        reviewedOn: on,
        reviewerUserId: actor.userId,
        conclusion: input.conclusion,
        opinion: input.opinion,
      })
      .where(eq(f.id, filing.id));
    await recordAudit(tx, ctx, {
      action: 'enforcement.filing.reviewed',
      subjectType: FILING_SUBJECT_TYPE,
      subjectId: filing.id,
      orgUnitId: filing.orgUnitId,
      districtId: filing.districtId,
      before: { reviewedOn: null, conclusion: null },
      after: { reviewedOn: on, conclusion: input.conclusion },
      data: { opinion: input.opinion },
    });
  });
  return getScopedFiling(ctx.db, actor, id);
}
