/**
 * A computed report as a document for the GB/T 9704 renderer: sections as 一级 headings, areas as 二级, the
 * paragraphs, the tables in their official layout, the signature and its date.
 */
import type { AnnualReport } from '../../../../common/contracts/reports/annual.js';
import type { ReportBlock, ReportDocument } from '../../docx/index.js';

function sectionBlocks(report: AnnualReport, section: AnnualReport['sections'][number]): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: section.heading }];
  const table = section.table ? report.tables[section.table] : undefined;
  if (table)
    blocks.push({
      kind: 'table',
      rows: table.layout.map((row) =>
        row.map((cell) => ({
          text: cell.text,
          colSpan: cell.colSpan,
          rowSpan: cell.rowSpan,
          header: cell.header,
        })),
      ),
    });
  for (const p of section.paragraphs)
    blocks.push(
      p.kind === 'heading'
        ? { kind: 'heading', level: 2, text: p.text }
        : { kind: 'paragraph', text: p.text },
    );
  return blocks;
}

/** The report laid out for .docx; a report not yet signed carries the 草稿 mark and today's date. */
export function reportDocument(
  report: AnnualReport,
  options: { draft: boolean; today: string },
): ReportDocument {
  return {
    title: report.title,
    opening: [report.opening],
    blocks: report.sections.flatMap((s) => sectionBlocks(report, s)),
    closing: report.closing,
    signature: { organs: report.signature.organs, dateOn: report.signature.dateOn ?? options.today },
    ...(options.draft ? { draftMark: '草稿' } : {}),
  };
}

/** 2020年于洪区法治政府建设年度报告.docx */
export const reportFileName = (report: AnnualReport, format: 'docx' | 'pdf') => `${report.title}.${format}`;
