export { chineseDate, mm, run } from './gbt9704.js';
export {
  blankLine,
  bodyParagraph,
  buildOfficialDocument,
  headingParagraph,
  type OfficialDocument,
} from './official-document.js';
export { isPdfAvailable, renderPdf } from './pdf.js';
export { readDocxParts } from './read-docx-parts.js';
export {
  buildReportDocx,
  type ReportBlock,
  type ReportDocument,
  type ReportTable,
  type TableCell,
} from './report-document.js';
