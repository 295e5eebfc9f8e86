import { and, eq } from 'drizzle-orm';
import type { ReportDraftCreate } from '../../../../common/contracts/reports/drafts.js';
import { assertCan } from '../../../platform/authz/index.js';
import { recordAudit } from '../../../platform/audit/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import { resolveReportUnit } from '../../../platform/reports/index.js';
import { type ReportDraftRow, reportDrafts } from '../schema.js';
import { freshDraft, requireActor, requireTemplate, SUBJECT } from './records.js';

/** Generates the draft of (report, year, unit) from the installed statements; one per unit, kind and year. */
export async function createDraft(ctx: Ctx, input: ReportDraftCreate): Promise<ReportDraftRow> {
  const actor = requireActor(ctx);
  assertCan(actor, 'reports.edit');
  const template = requireTemplate(input.report, input.year);
  const { unit } = await resolveReportUnit(ctx.db, actor, input.unit);
  return inTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select({ id: reportDrafts.id })
      .from(reportDrafts)
      .where(
        and(
          eq(reportDrafts.orgUnitId, unit.id),
          eq(reportDrafts.report, input.report),
          eq(reportDrafts.year, input.year),
        ),
      );
    if (existing)
      throw new AppError('REPORT_DRAFT_EXISTS', `${unit.name}${input.year}年度的该报告已有草稿`, undefined, {
        id: existing.id,
      });
    const [row] = await tx
      .insert(reportDrafts)
      .values({
        districtId: unit.districtId,
        orgUnitId: unit.id,
        report: input.report,
        year: input.year,
        templateId: template.id,
        draft: freshDraft(input.report, input.year),
        status: 'draft',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'reports.draft.generated',
      subjectType: SUBJECT,
      subjectId: row!.id,
      orgUnitId: unit.id,
      districtId: unit.districtId,
      after: { report: input.report, year: input.year, paragraphs: row!.draft.paragraphs.length },
    });
    return row!;
  });
}
