import { and, eq, like, sql } from 'drizzle-orm';
import type {
  CorrectionTarget,
  CorrectiveOutcome,
  ReviewSource,
} from '../../../../common/contracts/corrections.js';
import { type AuditInput, recordAudits } from '../../../platform/audit/index.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { rectificationDue, taskNumber } from '../rules.js';
import { correctionReviews as r, correctiveTasks as t } from '../schema.js';

/** What a reviewing module tells this one about a concluded review of an act. */
export interface ReviewOutcomeInput {
  source: {
    kind: ReviewSource;
    /** The reviewing module's record id. */
    id?: string | null;
    /** 复议案号 / 法院案号: one review per number (a second call with it changes nothing). */
    number: string;
    /** The reviewing module's own code for the outcome (CHEXIAO, revoke_and_redo …). */
    outcomeCode: string;
    decidedOn: string;
  };
  /** One of the five corrective outcomes; null when the act stood (维持, 驳回 …): counted, no task. */
  corrects: CorrectiveOutcome | null;
  /** The unit that acted (被申请人 / 被告). */
  orgUnitId: string;
  powerId?: string | null;
  /** What was corrected; default: the act, by the source's number. */
  target?: { kind: CorrectionTarget; id?: string | null; label: string };
  /** The defect the decision found; default: the outcome's words. */
  defect?: string;
  /** The decision's own time limit (责令限期重作 / 履行); default: the configured period (rules.ts). */
  ordered?: { dueOn: string; basis?: string } | null;
}

export interface ReviewOutcomeResult {
  reviewId: string;
  /** The task opened (or found, on a repeated call); null when the act stood. */
  task: { id: string; number: string; dueOn: string } | null;
}

/**
 * Records a concluded review of an act in the caller's transaction and, when it corrects the act, opens the
 * corrective task for the unit that acted, with its audit events. Idempotent on (source kind, number).
 */
export async function recordReviewOutcome(
  tx: Tx,
  ctx: Ctx,
  input: ReviewOutcomeInput,
): Promise<ReviewOutcomeResult> {
  const found = await existingReview(tx, input);
  if (found) return found;
  const [unit] = await tx
    .select({ districtId: orgUnits.districtId })
    .from(orgUnits)
    .where(eq(orgUnits.id, input.orgUnitId));
  if (!unit) throw validationFailed([{ path: 'orgUnitId', message: '作出行政行为的单位不存在' }]);
  const [review] = await tx
    .insert(r)
    .values({
      districtId: unit.districtId,
      orgUnitId: input.orgUnitId,
      sourceKind: input.source.kind,
      sourceId: input.source.id ?? null,
      sourceNumber: input.source.number,
      outcomeCode: input.source.outcomeCode,
      correctiveOutcome: input.corrects,
      decidedOn: input.source.decidedOn,
      powerId: input.powerId ?? null,
    })
    .returning();
  const subject = { orgUnitId: input.orgUnitId, districtId: unit.districtId };
  const audits: AuditInput[] = [
    {
      action: 'corrections.review.recorded',
      subjectType: 'correction_review',
      subjectId: review!.id,
      ...subject,
      data: { source: input.source, corrects: input.corrects },
    },
  ];
  let task: ReviewOutcomeResult['task'] = null;
  if (input.corrects) {
    task = await openTask(tx, ctx, input, review!.id, unit.districtId);
    audits.push({
      action: 'corrections.task.opened',
      subjectType: 'corrective_task',
      subjectId: task.id,
      ...subject,
      data: { number: task.number, dueOn: task.dueOn, source: input.source },
    });
  }
  await recordAudits(tx, ctx, audits);
  return { reviewId: review!.id, task };
}

async function existingReview(tx: Tx, input: ReviewOutcomeInput): Promise<ReviewOutcomeResult | null> {
  const [row] = await tx
    .select({ reviewId: r.id, taskId: t.id, number: t.number, dueOn: t.dueOn })
    .from(r)
    .leftJoin(t, eq(t.reviewId, r.id))
    .where(
      and(
        eq(r.sourceKind, input.source.kind),
        eq(r.sourceNumber, input.source.number),
        sql`${r.districtId} = (SELECT district_id FROM org_units WHERE id = ${input.orgUnitId})`,
      ),
    );
  if (!row) return null;
  const task = row.taskId ? { id: row.taskId, number: row.number!, dueOn: row.dueOn! } : null;
  return { reviewId: row.reviewId, task };
}

const OUTCOME_WORDS: Record<CorrectiveOutcome, string> = {
  revoke: '被撤销',
  change: '被变更',
  confirm_illegal: '被确认违法',
  confirm_invalid: '被确认无效',
  order_performance: '被责令履行法定职责',
};

async function openTask(
  tx: Tx,
  ctx: Ctx,
  input: ReviewOutcomeInput,
  reviewId: string,
  districtId: string,
): Promise<{ id: string; number: string; dueOn: string }> {
  const cal = await loadCalendar(tx);
  const due = rectificationDue(cal, input.source.decidedOn, input.ordered ?? null);
  const source = input.source.kind === 'reconsideration' ? '行政复议决定' : '人民法院判决';
  const [row] = await tx
    .insert(t)
    .values({
      districtId,
      orgUnitId: input.orgUnitId,
      reviewId,
      number: await nextTaskNumber(tx, districtId, Number(ctx.today.slice(0, 4))),
      state: 'open',
      targetKind: input.target?.kind ?? 'decision',
      targetId: input.target?.id ?? null,
      targetLabel: input.target?.label ?? input.source.number,
      powerId: input.powerId ?? null,
      defect:
        input.defect ?? `行政行为经${source}（${input.source.number}）${OUTCOME_WORDS[input.corrects!]}`,
      dueOn: due.dueOn,
      dueBasis: due.basis,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: t.id, number: t.number, dueOn: t.dueOn });
  return row!;
}

/** The next task number of the year, under a lock so two decisions on one day never share one. */
export async function nextTaskNumber(tx: Tx, districtId: string, year: number): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`corrections.number:${districtId}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(substring(${t.number} from 8)::int), 0)`.mapWith(Number) })
    .from(t)
    .where(and(eq(t.districtId, districtId), like(t.number, `ZG${year}-%`)));
  return taskNumber(year, (row?.n ?? 0) + 1);
}
