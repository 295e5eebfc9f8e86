/** The report's procedure as the module fires it: review, approval, sign-off over the checks, publication. */
import { eq, sql } from 'drizzle-orm';
import type { AnnualReport, ReportCheck } from '../../../../common/contracts/reports/annual.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { ruleViolation } from '../../../platform/errors.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { type ReportRecord, reportProcedure } from '../procedure.js';
import { sealOf, signOffProblems } from '../rules.js';
import { type ReportDraftRow, reportDrafts } from '../schema.js';
import { computeDocument } from './read-report.js';
import { lockDraft, type StoredDraft } from './records.js';

/** The procedure's view of a stored report. */
export function toRecord(row: ReportDraftRow, stepOn: string): ReportRecord {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    row,
    stepOn,
  };
}

const stepDayOf = (input: unknown, today: string): string => {
  const form = (input ?? {}) as { on?: string; meetingOn?: string };
  return form.on ?? form.meetingOn ?? today;
};

/** The transitions of a report: review, approval, sign-off (checks, freeze, seal), publication, archive. */
export const reportTransitions = procedureService({
  procedure: reportProcedure,
  lock: async (tx, ctx, actor, id, step) =>
    toRecord(await lockDraft(tx, actor, id, 'own'), stepDayOf(step.input, ctx.today)),
  write: async (tx, ctx, { record, to, step }) => {
    const set: Partial<typeof reportDrafts.$inferInsert> = { status: to };
    const input = step.input as Record<string, unknown>;
    if (step.transition === 'approve') set.approval = step.input as never;
    if (step.transition === 'return_to_draft') Object.assign(set, { approval: null });
    if (step.transition === 'sign') Object.assign(set, await signOff(tx, record.row, input as never, ctx));
    if (step.transition === 'publish') set.publishedOn = input.on as string;
    if (step.transition === 'archive') set.archivedOn = ctx.today;
    const [row] = await tx
      .update(reportDrafts)
      .set({ ...set, version: sql`${reportDrafts.version} + 1`, updatedAt: ctx.now })
      .where(eq(reportDrafts.id, record.id))
      .returning();
    return toRecord(row!, record.stepOn);
  },
});

/**
 * Sign-off: the report is computed one last time and its checks run — an error blocks, a warning must be
 * acknowledged — then it is frozen as it reads (text and figures) and sealed with SM3.
 */
async function signOff(
  tx: Tx,
  row: ReportDraftRow,
  form: { signers: { name: string; role: string }[]; on: string; acknowledgeWarnings: boolean },
  ctx: Ctx,
) {
  const computed = await computeDocument(tx, row);
  const problem = signOffProblems(computed.checks, form.acknowledgeWarnings);
  if (problem) throw ruleViolation(problem.code, problem.message, { checks: problem.checks });
  const organs = (row.draft as StoredDraft).signature?.organs ?? computed.signature.organs;
  const frozen: AnnualReport = { ...computed, signature: { organs, dateOn: form.on } };
  return {
    signers: form.signers,
    signedOn: form.on,
    acknowledgedChecks: computed.checks.filter((c: ReportCheck) => c.level !== 'error'),
    frozen,
    frozenHash: sealOf(frozen),
    frozenAt: ctx.now,
  };
}

/** Fires one transition of a report (demo, tests). */
export function fireReportTransition(ctx: Ctx, id: string, transition: string, input: unknown = {}) {
  return reportTransitions.fire(ctx, id, transition as never, input);
}
