/**
 * A report as a file: .docx in the GB/T 9704 layout, PDF through LibreOffice when it is installed, or its tables
 * as .xlsx. A signed
 * report renders its frozen text and date; anything earlier is marked 草稿 and dated today.
 */
import type { ReportKind } from '../../../common/contracts/reports/annual.js';
import type { Executor } from '../../platform/db/index.js';
import { buildReportDocx, renderPdf } from '../../platform/docx/index.js';
import {
  assembleReport,
  type ReportReader,
  reportDocument,
  reportTablesFileName,
  reportTablesXlsx,
} from '../../platform/reports/index.js';
import { documentOf, findStoredReport, isFrozen } from './service/index.js';

export type ReportFileFormat = 'docx' | 'pdf' | 'xlsx';

/** The report of a year and unit as a file, with its download name (2020年于洪区法治政府建设年度报告.docx). */
export async function annualReportFile(
  db: Executor,
  reader: ReportReader,
  input: { report: ReportKind; year: number; unit?: string; today: string },
  format: ReportFileFormat,
): Promise<{ body: Buffer; fileName: string }> {
  const row = await findStoredReport(db, reader, input.report, input.year, input.unit);
  const doc = row ? await documentOf(db, row) : await assembleReport(db, reader, input);
  // The tables alone, in their official merged layout (one sheet each).
  if (format === 'xlsx') return { body: await reportTablesXlsx(doc), fileName: reportTablesFileName(doc) };
  const isDraft = !row || !isFrozen(row.status);
  const docx = await buildReportDocx(reportDocument(doc, { draft: isDraft, today: input.today }));
  return { body: format === 'docx' ? docx : await renderPdf(docx), fileName: `${doc.title}.${format}` };
}
