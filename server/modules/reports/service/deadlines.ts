import type { ReportKind } from '../../../../common/contracts/reports/annual.js';
import type { ReportDraftStatus } from '../../../../common/contracts/reports/drafts.js';
import type { Executor } from '../../../platform/db/index.js';
import { getOrgUnit } from '../../../platform/org/index.js';
import { reportDeadlines } from '../rules.js';
import type { ReportDraftRow } from '../schema.js';

/** The deadlines of a listed report, today (the list knows the unit's type). */
export function listedDeadlines(row: ReportDraftRow, isDistrict: boolean, today: string) {
  return reportDeadlines({
    report: row.report as ReportKind,
    year: row.year,
    isDistrict,
    status: row.status as ReportDraftStatus,
    publishedOn: row.publishedOn,
    today,
  });
}

/** The deadlines of a stored report, today. */
export async function deadlinesOf(db: Executor, row: ReportDraftRow, today: string) {
  const unit = await getOrgUnit(db, row.orgUnitId);
  return listedDeadlines(row, unit.type === 'district', today);
}
