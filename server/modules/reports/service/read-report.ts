/** Reading a stored report: computed now while it is written, the frozen snapshot once signed. */
import { and, eq } from 'drizzle-orm';
import type { AnnualReport, ReportKind } from '../../../../common/contracts/reports/annual.js';
import type { Executor } from '../../../platform/db/index.js';
import { assembleReport, type ReportReader, resolveReportUnit } from '../../../platform/reports/index.js';
import { differencesBetween, sealOf } from '../rules.js';
import { type ReportDraftRow, reportDrafts } from '../schema.js';
import { isFrozen, type StoredDraft } from './records.js';

/** The report computed now from the records with the draft's text (the CLI and the engine's reader: system). */
export function computeDocument(db: Executor, row: ReportDraftRow): Promise<AnnualReport> {
  return assembleReport(db, 'system', {
    report: row.report as ReportKind,
    year: row.year,
    unit: row.orgUnitId,
    draft: row.draft as StoredDraft,
  });
}

/** The seal of a frozen report: its hash, and whether the stored snapshot still matches it. */
export function sealOfRow(row: ReportDraftRow) {
  if (!row.frozen || !row.frozenHash || !row.frozenAt) return null;
  return {
    frozenAt: row.frozenAt.toISOString(),
    hash: row.frozenHash,
    verified: sealOf(row.frozen) === row.frozenHash,
  };
}

/** The report as it reads: the frozen snapshot once signed (never recomputed), else computed now. */
export async function documentOf(db: Executor, row: ReportDraftRow): Promise<AnnualReport> {
  if (isFrozen(row.status) && row.frozen) return row.frozen;
  return computeDocument(db, row);
}

/** What a recomputation now states differently from the frozen report (signed reports; else none). */
export async function differencesOf(db: Executor, row: ReportDraftRow) {
  if (!row.frozen) return { seal: null, differences: [], missing: [] };
  const now = await computeDocument(db, row);
  return { seal: sealOfRow(row), ...differencesBetween(row.frozen, now) };
}

/** The stored report of (report, year, unit) in the reader's scope, if one was generated. */
export async function findStoredReport(
  db: Executor,
  reader: ReportReader,
  report: ReportKind,
  year: number,
  unit?: string,
) {
  const resolved = await resolveReportUnit(db, reader, unit);
  const [row] = await db
    .select()
    .from(reportDrafts)
    .where(
      and(
        eq(reportDrafts.orgUnitId, resolved.unit.id),
        eq(reportDrafts.report, report),
        eq(reportDrafts.year, year),
      ),
    );
  return row ?? null;
}

/** `GET /api/v1/reports/annual` and the CLI: the stored report when there is one, else computed now. */
export async function annualReport(
  db: Executor,
  reader: ReportReader,
  input: { report: ReportKind; year: number; unit?: string },
): Promise<AnnualReport> {
  const row = await findStoredReport(db, reader, input.report, input.year, input.unit);
  return row ? documentOf(db, row) : assembleReport(db, reader, input);
}
