/** Import/export kernel: declare a ledger's columns once, get .xlsx/.csv export and all-or-nothing import. */
export { type CellInput, isoIfValid } from './cell-values.js';
export {
  CONTENT_TYPES,
  contentDisposition,
  DEFAULT_UPLOAD_LIMIT_BYTES,
  readUploadedFile,
  primed,
  sendExportStream,
  sendLedgerExport,
  sendLedgerTemplate,
  type UploadedLedgerFile,
} from './http.js';
export { sendStoredFile, sniffContentType } from './stored-file.js';
export {
  COLUMN_TYPE_LABEL,
  type ColumnType,
  defineLedger,
  enumLabel,
  type Ledger,
  type LedgerColumn,
  type LedgerDefinition,
  type LedgerValue,
} from './ledger.js';
export { type LedgerFormat, type ParseOptions, parseLedgerFile } from './parse-ledger-file.js';
export { loadExcelJS } from './exceljs.js';
export { INSTRUCTIONS_SHEET } from './read-xlsx.js';
export type { ImportRowError, ParsedLedger } from './row-collector.js';
export {
  type FieldProblem,
  ImportRejected,
  type RowCheckResult,
  type RunImportArgs,
  runImport,
} from './run-import.js';
export { describeColumn, ledgerTemplateXlsx } from './template.js';
export { writeLedgerCsv } from './write-csv.js';
export { type RowSource, writeLedgerXlsx, type XlsxExportOptions } from './write-xlsx.js';
export { runImport as importAllOrNothing } from './run-import.js';
