import type { AnnualReport } from '../../../common/contracts/reports/annual.js';
import type {
  PortalReport,
  PortalReportSummary,
  ReportDraftDetail,
  ReportDraftSummary,
} from '../../../common/contracts/reports/drafts.js';
import type { Locale } from '../../../common/text/localized.js';
import { presentActions, presentStep } from '../../platform/procedures/index.js';
import { reportProcedure } from './procedure.js';
import { publicReport } from './rules.js';
import type { ReportDraftRow } from './schema.js';
import type { getDraftDetail, StoredDraft } from './service/index.js';

type Unit = { id: string; code: string; name: string; type: string };

/** One row of the drafts list. */
export function presentSummary(
  row: ReportDraftRow,
  unit: Unit,
  title: string,
  deadlines: ReportDraftSummary['deadlines'],
): ReportDraftSummary {
  const draft = row.draft as StoredDraft;
  return {
    id: row.id,
    report: row.report as ReportDraftSummary['report'],
    year: row.year,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    isDistrict: unit.type === 'district',
    templateId: row.templateId,
    title,
    status: row.status as ReportDraftSummary['status'],
    version: row.version,
    contributions: draft.paragraphs.filter((p) => p.contributedBy).length,
    publishedOn: row.publishedOn,
    updatedAt: row.updatedAt.toISOString(),
    deadlines,
  };
}

type Detail = Awaited<ReturnType<typeof getDraftDetail>>;

/** The detail view: meta, the report as it reads, the raw paragraphs and the workflow. */
export function presentDetail(
  d: Detail,
  extra: { seal: ReportDraftDetail['seal']; deadlines: ReportDraftDetail['deadlines']; canEdit: boolean },
  locale: Locale,
): ReportDraftDetail {
  const { row, unit, document } = d;
  return {
    ...presentSummary(row, unit, document.title, extra.deadlines),
    unit: { id: unit.id, code: unit.code, name: document.unit.name },
    paragraphs: (row.draft as StoredDraft).paragraphs,
    document,
    canEdit: extra.canEdit && !d.contributor,
    canContribute: extra.canEdit,
    approval: row.approval ?? null,
    signers: row.signers ?? [],
    signedOn: row.signedOn,
    acknowledgedChecks: row.acknowledgedChecks ?? [],
    seal: extra.seal,
    differenceCount: d.differences,
    actions: presentActions(d.actions),
    steps: d.steps.map((s) => presentStep(reportProcedure, s, locale)),
  };
}

export function presentPortalSummary(row: ReportDraftRow, unitCode: string): PortalReportSummary {
  const doc = row.frozen as AnnualReport;
  return {
    id: row.id,
    report: row.report as PortalReportSummary['report'],
    year: row.year,
    unit: { code: unitCode, name: doc.unit.name },
    title: doc.title,
    publishedOn: row.publishedOn as string,
  };
}

/** The published report: the frozen JSON without staff links and checks, with its seal. */
export function presentPortalReport(row: ReportDraftRow): PortalReport {
  const doc = publicReport(row.frozen as AnnualReport);
  return { ...doc, id: row.id, publishedOn: row.publishedOn as string, hash: row.frozenHash as string };
}
