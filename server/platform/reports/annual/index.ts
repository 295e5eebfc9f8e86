export {
  assembleReport,
  resolveReportUnit,
  titleWords,
  type AssembleInput,
  type ReportReader,
} from './assemble.js';
export { annualReportCli, reportCommand } from './cli.js';
export {
  defineReportTable,
  defineStatement,
  type CheckLevel,
  type ReportCheck,
  type ReportKey,
  type ReportStatementDef,
  type ReportTableArgs,
  type ReportTableCell,
  type ReportTableDef,
  type ReportTableResult,
  type StatementClaim,
  type StatementSum,
} from './define-statement.js';
export {
  figuresRemovedWithoutReason,
  generateDraft,
  type DraftParagraph,
  type FigureOverride,
  type ReportDraft,
} from './draft.js';
export { annualReportRoutes } from './routes.js';
export { placeCells, reportTablesFileName, reportTablesXlsx } from './xlsx.js';
export { figureRefs, fillFigures, formatFigure } from './sentence.js';
export { templateFor } from './template.js';
