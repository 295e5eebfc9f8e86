import type { ScreenOut } from '../../../common/contracts/workbench.js';
import type { Ctx } from '../context.js';

/** The annual report's status as the leaders' overview shows it (stage, due date, where to open it). */
export type ReportStatus = NonNullable<ScreenOut['reportStatus']>;

/**
 * Tells the screen where the year's annual report stands (法治政府建设年度报告: draft → … → published). The
 * report engine sets it at boot when it lands; until then the screen's report panel says none is kept yet.
 */
export type ReportStatusProvider = (ctx: Ctx, year: number) => Promise<ReportStatus | null>;

let reportStatusProvider: ReportStatusProvider | null = null;

/** Sets the one report-status provider (the report engine's); a second, different one stops the boot. */
export function setReportStatusProvider(provider: ReportStatusProvider): void {
  if (reportStatusProvider && reportStatusProvider !== provider)
    throw new Error('The screen has a report-status provider already');
  reportStatusProvider = provider;
}

/** The year's report status, or null when no report engine is installed. */
export async function findReportStatus(ctx: Ctx, year: number): Promise<ReportStatus | null> {
  return reportStatusProvider ? reportStatusProvider(ctx, year) : null;
}
