/** The 数据大屏's report panel: where the district's 法治政府建设年度报告 of the year stands, and when it is due. */
import { and, eq } from 'drizzle-orm';
import { bothTexts, tx } from '../../../../common/text/localized.js';
import type { Ctx } from '../../../platform/context.js';
import { forbidden } from '../../../platform/errors.js';
import { defineReportStatus, type ReportStatus } from '../../../platform/workbench/index.js';
import { reportProcedure } from '../procedure.js';
import { reportDeadlines } from '../rules.js';
import { reportDrafts } from '../schema.js';

const NOT_GENERATED = tx('未生成', 'Not generated');

/**
 * The district's report of the year: its stage in the procedure, its publication deadline (the one of rules.ts,
 * met or not) and its page; when none is stored, "未生成" with the deadline it is working towards.
 */
export async function districtReportStatus(ctx: Ctx, year: number): Promise<ReportStatus> {
  // The screen is read by district-wide roles only (clocks.view_overview); the district is the reader's.
  if (!ctx.actor) throw forbidden();
  const [row] = await ctx.db
    .select({ id: reportDrafts.id, status: reportDrafts.status, publishedOn: reportDrafts.publishedOn })
    .from(reportDrafts)
    .where(
      and(
        eq(reportDrafts.orgUnitId, ctx.actor.districtId),
        eq(reportDrafts.report, 'rule_of_law_annual'),
        eq(reportDrafts.year, year),
      ),
    );
  const stage = (row?.status ?? 'draft') as keyof typeof reportProcedure.states;
  // Basis: 督察规定 第二十四条 — the district's report is published by 31 March (rules.ts REPORT_DEADLINES).
  const [deadline] = reportDeadlines({
    report: 'rule_of_law_annual',
    year,
    isDistrict: true,
    status: stage,
    publishedOn: row?.publishedOn ?? null,
    today: ctx.today,
  });
  return {
    stage: row ? stage : 'none',
    label: row ? bothTexts(reportProcedure.states[stage].label) : NOT_GENERATED,
    dueOn: deadline?.dueOn ?? null,
    link: row ? `/reports/${row.id}` : null,
  };
}

/** Declared in the module's manifest: the screen's report panel reads it through the kernel. */
export const reportStatusSource = defineReportStatus({
  key: 'reports.district_rule_of_law',
  load: districtReportStatus,
});
