/** Streams a ledger out as .xlsx: one row in memory at a time, whatever the ledger's size. */
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs.js';
import { xlsxCellValue } from './export-values.js';
import { columnWidth, type Ledger, type LedgerColumn } from './ledger.js';

export interface XlsxExportOptions {
  /** A title row above the header, e.g. '2020年度权责清单'. */
  title?: string;
}

export type RowSource<Row> = AsyncIterable<Row> | Iterable<Row>;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFB0B7C3' } };
/** Yield to the event loop now and then so the zip stream drains instead of buffering the whole file. */
const YIELD_EVERY = 2000;

/** Writes the ledger's sheet (bold frozen header, widths, labels for codes, date cells) to `output`. */
export async function writeLedgerXlsx<Row>(
  ledger: Ledger<Row>,
  rows: RowSource<Row>,
  output: Writable,
  options: XlsxExportOptions = {},
): Promise<void> {
  const workbook = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const headerRow = options.title ? 2 : 1;
  const sheet = workbook.addWorksheet(ledger.sheetName, { views: [{ state: 'frozen', ySplit: headerRow }] });
  sheet.columns = ledger.columns.map((column) => ({
    width: columnWidth(column),
    style: columnStyle(column),
  }));
  if (options.title) writeTitle(sheet, options.title, ledger.columns.length);
  writeHeader(sheet, ledger);
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: ledger.columns.length },
  };
  let count = 0;
  for await (const record of rows) {
    const source = record as Record<string, unknown>;
    sheet.addRow(ledger.columns.map((column) => xlsxCellValue(column, source[column.key]))).commit();
    if (++count % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Date columns show dates; text columns are formatted as text so that what a user types later (a code like
 * 001, a long number) is kept as typed instead of being turned into a number.
 */
export function columnStyle<Row>(column: LedgerColumn<Row>): Partial<ExcelJS.Style> {
  if (column.type === 'date') return { numFmt: 'yyyy-mm-dd' };
  if (column.type === 'text') return { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } };
  if (column.type === 'string') return { numFmt: '@' };
  return {};
}

function writeTitle(sheet: ExcelJS.Worksheet, title: string, width: number): void {
  const row = sheet.addRow([title]);
  row.height = 28;
  row.getCell(1).font = { bold: true, size: 14 };
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
  row.commit();
}

/** The header row; shared with the template, which colours required headers. */
export function writeHeader<Row>(
  sheet: ExcelJS.Worksheet,
  ledger: Ledger<Row>,
  markRequired = false,
): ExcelJS.Row {
  const row = sheet.addRow(ledger.columns.map((column) => column.header));
  ledger.columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    cell.font = { bold: true, color: markRequired && column.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    // Header cells are text even where the column holds dates.
    cell.numFmt = '@';
  });
  row.height = 20;
  row.commit();
  return row;
}
