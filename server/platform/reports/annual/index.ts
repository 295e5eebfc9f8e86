export {
  assembleReport,
  resolveReportUnit,
  titleWords,
  type AssembleInput,
  type ReportReader,
} from './assemble.js';
export { reportCliFailure, reportCommand } from './cli.js';
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
export {
  defineAgreement,
  defineIndicator,
  definePlanSource,
  type FigureSide,
  type PlanItem,
  type ReportAgreementDef,
  type ReportIndicatorDef,
  type ReportPlanSource,
} from './define-indicator.js';
export { suggestParagraphs, type SuggestInput } from './suggest.js';
export { changeOf, type FigureChange } from './year-over-year.js';
export { placeCells, reportTablesFileName, reportTablesXlsx } from './xlsx.js';
export { figureRefs, fillFigures, formatFigure } from './sentence.js';
export { templateFor } from './template.js';
export { statementsOf } from './define-statement.js';
export { reportDocument } from './document.js';
