/**
 * Table 三 as .xlsx in the official layout: the 3-row header with its merged cells, three label columns
 * merged as the template merges them, seven value columns, thin borders, 仿宋. A 28 × 10 sheet: built in
 * memory (the streaming writer cannot merge across rows already written).
 * Basis: 国办公开办函〔2021〕30号 表三 (legal-rules §2.3); 〔2019〕60号 for the trial format.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../../platform/io/index.js';
import {
  APPLICANT_COLUMNS,
  APPLICANT_HEADER,
  BALANCE_NOTE,
  LEGAL_PERSON_HEADER,
  TABLE3_TITLE,
  TOTAL_COLUMN,
  type Table3Format,
  table3Layout,
} from './layout.js';
import type { Table3Row } from './matrix.js';

const FONT = '仿宋';
const HEADER_ROWS = 3;
const FIRST_VALUE_COL = 4; // D: after the three label columns
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export interface Table3Sheet {
  year: number;
  format: Table3Format;
  rows: readonly Table3Row[];
  /** Who the table is for (机关名称 or the district), shown in the sheet's header/footer. */
  unitName?: string;
}

function put(sheet: ExcelJS.Worksheet, row: number, col: number, value: string | number): void {
  sheet.getCell(row, col).value = value;
}

function merge(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (top !== bottom || left !== right) sheet.mergeCells(top, left, bottom, right);
}

function writeHeader(sheet: ExcelJS.Worksheet): void {
  const last = FIRST_VALUE_COL + APPLICANT_COLUMNS.length; // the 总计 column
  put(sheet, 1, 1, BALANCE_NOTE);
  merge(sheet, 1, 1, 3, 3);
  put(sheet, 1, FIRST_VALUE_COL, APPLICANT_HEADER);
  merge(sheet, 1, FIRST_VALUE_COL, 1, last);
  put(sheet, 2, FIRST_VALUE_COL, APPLICANT_COLUMNS[0]?.label ?? '自然人');
  merge(sheet, 2, FIRST_VALUE_COL, 3, FIRST_VALUE_COL);
  put(sheet, 2, FIRST_VALUE_COL + 1, LEGAL_PERSON_HEADER);
  merge(sheet, 2, FIRST_VALUE_COL + 1, 2, last - 1);
  for (const [i, c] of APPLICANT_COLUMNS.slice(1).entries()) put(sheet, 3, FIRST_VALUE_COL + 1 + i, c.label);
  put(sheet, 2, last, TOTAL_COLUMN.label);
  merge(sheet, 2, last, 3, last);
}

function writeBody(sheet: ExcelJS.Worksheet, format: Table3Format, rows: readonly Table3Row[]): void {
  const layout = table3Layout(format);
  for (const group of layout.groups) {
    const top = HEADER_ROWS + 1 + group.firstRow;
    put(sheet, top, group.col, group.label);
    merge(sheet, top, group.col, top + group.rowspan - 1, group.col);
  }
  layout.rows.forEach((layoutRow, i) => {
    const excelRow = HEADER_ROWS + 1 + i;
    put(sheet, excelRow, layoutRow.labelCol, layoutRow.label);
    merge(sheet, excelRow, layoutRow.labelCol, excelRow, layoutRow.labelCol + layoutRow.labelSpan - 1);
    for (const [c, v] of (rows[i]?.values ?? []).entries()) put(sheet, excelRow, FIRST_VALUE_COL + c, v);
  });
}

function style(sheet: ExcelJS.Worksheet, lastRow: number): void {
  const lastCol = FIRST_VALUE_COL + APPLICANT_COLUMNS.length;
  sheet.columns = [8, 10, 40, 9, 9, 9, 11, 11, 9, 9].map((width) => ({ width }));
  for (let row = 1; row <= lastRow; row++) {
    for (let col = 1; col <= lastCol; col++) {
      const cell = sheet.getCell(row, col);
      const isLabel = row > HEADER_ROWS && col < FIRST_VALUE_COL;
      cell.font = { name: FONT, size: row <= HEADER_ROWS ? 11 : 10.5, bold: row <= HEADER_ROWS };
      cell.border = BORDER;
      cell.alignment = {
        vertical: 'middle',
        horizontal: isLabel && col === 3 ? 'left' : 'center',
        wrapText: true,
      };
    }
  }
  sheet.getRow(1).height = 30;
  sheet.getRow(2).height = 24;
  sheet.getRow(3).height = 36;
}

/** The workbook of table 三 (one sheet, the template's layout) as an .xlsx buffer. */
export async function table3Xlsx(input: Table3Sheet): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Fazhi';
  const sheet = workbook.addWorksheet('表三', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
    headerFooter: {
      oddHeader: `&"${FONT}"&12${input.year}年度 ${input.unitName ?? ''} 三、${TABLE3_TITLE}`,
    },
  });
  writeHeader(sheet);
  writeBody(sheet, input.format, input.rows);
  style(sheet, HEADER_ROWS + table3Layout(input.format).rows.length);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A download name, e.g. 2020年度政府信息公开工作年度报告表三（某某局）.xlsx. */
export function table3FileName(year: number, unitName?: string): string {
  return `${year}年度政府信息公开工作年度报告表三${unitName ? `（${unitName}）` : ''}.xlsx`;
}
