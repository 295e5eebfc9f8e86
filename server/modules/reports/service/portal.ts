/** The portal's reads: published and archived reports only, frozen. */
import { and, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { ReportKind } from '../../../../common/contracts/reports/annual.js';
import type { Executor } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { type ReportDraftRow, reportDrafts } from '../schema.js';

/** The published (and archived) reports of the district, newest first: public, no personal data. */
export async function findPublishedReports(db: Executor, filter: { year?: number; report?: ReportKind }) {
  const where: SQL[] = [
    isNotNull(reportDrafts.publishedOn),
    inArray(reportDrafts.status, ['published', 'archived']),
  ];
  if (filter.year) where.push(eq(reportDrafts.year, filter.year));
  if (filter.report) where.push(eq(reportDrafts.report, filter.report));
  return db
    .select({ row: reportDrafts, unitCode: orgUnits.code })
    .from(reportDrafts)
    .innerJoin(orgUnits, eq(orgUnits.id, reportDrafts.orgUnitId))
    .where(and(...where))
    .orderBy(desc(reportDrafts.year), desc(reportDrafts.publishedOn));
}

/** One published report, frozen; anything else (a draft, a signed report not yet public) is NOT_FOUND. */
export async function getPublishedReport(db: Executor, id: string): Promise<ReportDraftRow> {
  const [row] = await db
    .select()
    .from(reportDrafts)
    .where(and(eq(reportDrafts.id, id), inArray(reportDrafts.status, ['published', 'archived'])));
  if (!row?.frozen || !row.publishedOn) throw notFound('年度报告');
  return row;
}
