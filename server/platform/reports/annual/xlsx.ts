/**
 * A report's tables as .xlsx, one sheet each, laid out from the table's own `layout` (decision 0033): HTML span
 * semantics become merged cells, numbers stay numbers, an imported figure's source becomes the cell's note.
 * Generic over any report with tables; the disclosure report's 二, 三, 四 are its use today.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../io/index.js';
import type { AnnualReport, ReportTableCell } from '../../../../common/contracts/reports/annual.js';

const FONT = '仿宋';
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Where each layout cell lands (1-based), skipping the slots a span above or to the left already covers. */
export interface PlacedCell {
  cell: ReportTableCell;
  row: number;
  col: number;
  bottom: number;
  right: number;
}

/** Places a layout's cells on the grid, as a browser places a table's. */
export function placeCells(layout: readonly (readonly ReportTableCell[])[]): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  layout.forEach((cells, r) => {
    const row = r + 1;
    let col = 1;
    for (const cell of cells) {
      while (taken.has(`${row}:${col}`)) col++;
      const bottom = row + (cell.rowSpan ?? 1) - 1;
      const right = col + (cell.colSpan ?? 1) - 1;
      for (let y = row; y <= bottom; y++) for (let x = col; x <= right; x++) taken.add(`${y}:${x}`);
      placed.push({ cell, row, col, bottom, right });
      col = right + 1;
    }
  });
  return placed;
}

function writeCell(sheet: ExcelJS.Worksheet, p: PlacedCell): void {
  const target = sheet.getCell(p.row, p.col);
  // A figure is written as a number (so the sheet sums); "—" and labels as text.
  target.value = p.cell.figure
    ? p.cell.figure.value
    : /^-?\d+(\.\d+)?$/.test(p.cell.text)
      ? Number(p.cell.text)
      : p.cell.text;
  if (p.cell.note) target.note = p.cell.note;
  if (p.bottom > p.row || p.right > p.col) sheet.mergeCells(p.row, p.col, p.bottom, p.right);
  for (let y = p.row; y <= p.bottom; y++)
    for (let x = p.col; x <= p.right; x++) {
      const c = sheet.getCell(y, x);
      c.border = BORDER;
      c.font = { name: FONT, size: 10.5, bold: p.cell.header === true };
      c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    }
}

function addTableSheet(workbook: ExcelJS.Workbook, doc: AnnualReport, name: string): void {
  const table = doc.tables[name];
  if (!table) return;
  const heading = doc.sections.find((s) => s.table === name)?.heading ?? `表${name}`;
  const sheet = workbook.addWorksheet(`表${name}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&"${FONT}"&12${doc.year}年度 ${doc.unit.name} ${heading}` },
  });
  const placed = placeCells(table.layout);
  for (const p of placed) writeCell(sheet, p);
  const width = Math.max(0, ...placed.map((p) => p.right));
  sheet.columns = Array.from({ length: width }, (_, i) => ({ width: i === 0 ? 16 : 12 }));
}

/** The workbook of a report's tables, in the template's section order. */
export async function reportTablesXlsx(doc: AnnualReport): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Fazhi';
  for (const section of doc.sections) if (section.table) addTableSheet(workbook, doc, section.table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** E.g. 2020年政府信息公开工作年度报告表格（于洪区人民政府）.xlsx. */
export const reportTablesFileName = (doc: AnnualReport) => `${doc.title}表格.xlsx`;
