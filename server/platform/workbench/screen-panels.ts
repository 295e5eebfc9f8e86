import type { ScreenOut } from '../../../common/contracts/workbench.js';
import type { Ctx } from '../context.js';

/** The annual report's status as the leaders' overview shows it (stage, due date, where to open it). */
export type ReportStatus = NonNullable<ScreenOut['reportStatus']>;

/**
 * Where the year's annual report stands (法治政府建设年度报告: draft → … → published), declared by the module
 * that keeps the reports (manifest `reportStatus`) and registered at boot. The screen is district-wide, so the
 * source answers the district's report of the year; without one installed the panel says none is kept yet.
 */
export interface ReportStatusSource {
  /** `<module>.<what>`, e.g. `reports.district_rule_of_law`. */
  key: string;
  load(ctx: Ctx, year: number): Promise<ReportStatus | null>;
}

let installed: ReportStatusSource | null = null;

/** Declares the report-status source (listed in one module's manifest). */
export function defineReportStatus(source: ReportStatusSource): ReportStatusSource {
  return Object.freeze(source);
}

/** Registers the declared source (kernel boot only); a second, different one stops the boot. */
export function registerReportStatus(source: ReportStatusSource): void {
  if (installed && installed !== source)
    throw new Error(`The screen's report status is declared twice (${installed.key}, ${source.key})`);
  installed = source;
}

/** The year's report status, or null when no module declares one. */
export async function findReportStatus(ctx: Ctx, year: number): Promise<ReportStatus | null> {
  return installed ? installed.load(ctx, year) : null;
}
