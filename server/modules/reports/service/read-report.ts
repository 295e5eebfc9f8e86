/** Reading a stored report: computed now while it is written, the frozen snapshot once signed. */
import { and, eq } from 'drizzle-orm';
import type { AnnualReport, ReportKind } from '../../../../common/contracts/reports/annual.js';
import type { Executor } from '../../../platform/db/index.js';
import { assembleReport, type ReportReader, resolveReportUnit } from '../../../platform/reports/index.js';
import { differencesBetween, sealOf } from '../rules.js';
import { type ReportDraftRow, reportDrafts } from '../schema.js';
import { isFrozen, type StoredDraft } from './records.js';

/** The other annual report of the same year and unit: the two state some figures both (decision 0037). */
const COMPANION: Record<ReportKind, ReportKind> = {
  rule_of_law_annual: 'disclosure_annual',
  disclosure_annual: 'rule_of_law_annual',
};

/**
 * The other report's stored draft of the same unit and year (null: none stored, the engine generates it), so the
 * cross-report agreements compare what each report actually says — a number typed over a figure included.
 */
async function companionsOf(db: Executor, of: { report: ReportKind; year: number; orgUnitId: string }) {
  const other = COMPANION[of.report];
  const row = await storedReportOf(db, { ...of, report: other });
  return { [other]: (row?.draft as StoredDraft | undefined) ?? null };
}

/**
 * The report computed now from the records with the draft's text, its checks against the other report as
 * stored (the CLI and the engine's reader: system).
 */
export async function computeDocument(db: Executor, row: ReportDraftRow): Promise<AnnualReport> {
  const report = row.report as ReportKind;
  return assembleReport(db, 'system', {
    report,
    year: row.year,
    unit: row.orgUnitId,
    draft: row.draft as StoredDraft,
    companions: await companionsOf(db, { report, year: row.year, orgUnitId: row.orgUnitId }),
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
  return storedReportOf(db, { report, year, orgUnitId: resolved.unit.id });
}

async function storedReportOf(db: Executor, of: { report: ReportKind; year: number; orgUnitId: string }) {
  const [row] = await db
    .select()
    .from(reportDrafts)
    .where(
      and(
        eq(reportDrafts.orgUnitId, of.orgUnitId),
        eq(reportDrafts.report, of.report),
        eq(reportDrafts.year, of.year),
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
  const { unit } = await resolveReportUnit(db, reader, input.unit);
  const of = { report: input.report, year: input.year, orgUnitId: unit.id };
  const row = await storedReportOf(db, of);
  if (row) return documentOf(db, row);
  return assembleReport(db, reader, { ...input, companions: await companionsOf(db, of) });
}
