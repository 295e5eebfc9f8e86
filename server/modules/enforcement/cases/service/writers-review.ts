import { eq } from 'drizzle-orm';
import type {
  Circumstance,
  ReviewConclusion,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import { ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { checkDiscretion } from '../../rules/discretion.js';
import { enforcementLegalReviews } from '../schema.js';
import { lockOpenReview } from './facts.js';
import { loadBenchmark } from './open-case-checks.js';
import type { CaseRecord } from './records.js';

/** Does the intended circumstance and fine fall outside the case's benchmark (裁量基准, 第三十四条)? */
async function intendedDeviation(
  tx: Tx,
  r: CaseRecord,
  circumstance: Circumstance | null | undefined,
  fine: number | null | undefined,
): Promise<boolean> {
  if (!r.row.benchmarkId || !circumstance || fine == null) return false;
  const benchmark = await loadBenchmark(tx, r.row.benchmarkId);
  return !!benchmark && checkDiscretion(benchmark.ranges, circumstance, fine).kind === 'deviation';
}

/**
 * 提交法制审核: opens a review; a benchmark deviation (recorded, or in the intended fine) is put to the
 * reviewer with it. Basis: 行政处罚法 第五十八条; 国办发〔2018〕118号.
 */
export async function submitReview(
  tx: Tx,
  ctx: Ctx,
  r: CaseRecord,
  form: { intendedCircumstance?: Circumstance | null; intendedFineAmount?: number | null },
) {
  const deviates = await intendedDeviation(tx, r, form.intendedCircumstance, form.intendedFineAmount);
  await tx.insert(enforcementLegalReviews).values({
    caseId: r.id,
    districtId: r.districtId,
    orgUnitId: r.orgUnitId,
    submittedOn: r.stepOn,
    submittedBy: ctx.actor?.userId ?? null,
    deviationFlagged: r.row.benchmarkDeviation || deviates,
    createdAt: ctx.now,
  });
  return {};
}

/** The legal reviewer concludes the open review (同意 → 待决定; 退回 → 调查取证). */
export async function concludeReview(
  tx: Tx,
  ctx: Ctx,
  r: CaseRecord,
  conclusion: ReviewConclusion,
  opinion: string,
) {
  const open = await lockOpenReview(tx, r.id);
  if (!open) throw ruleViolation('REVIEW_NOT_SUBMITTED', '本案没有待审核的法制审核申请');
  if (r.stepOn < open.submittedOn) {
    throw validationFailed([
      { path: 'on', message: `审核日期不能早于提交法制审核的日期（${open.submittedOn}）` },
    ]);
  }
  await tx
    .update(enforcementLegalReviews)
    .set({ reviewerUserId: ctx.actor?.userId ?? null, concludedOn: r.stepOn, conclusion, opinion })
    .where(eq(enforcementLegalReviews.id, open.id));
  return {};
}
