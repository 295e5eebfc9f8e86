/** The blank import template: the ledger's header row plus a 填写说明 sheet describing every column. */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs.js';
import { allowedLabels } from './cell-values.js';
import { COLUMN_TYPE_LABEL, columnWidth, type Ledger, type LedgerColumn } from './ledger.js';
import { INSTRUCTIONS_SHEET } from './read-xlsx.js';
import { columnStyle, writeHeader } from './write-xlsx.js';

/** Rows of the data sheet that get drop-down lists for enum and 是/否 columns. */
const VALIDATED_ROWS = 5000;
/** Excel refuses an inline list longer than 255 characters. */
const MAX_INLINE_LIST = 255;

/** Builds the .xlsx template users fill in and upload (small, so built in memory). */
export async function ledgerTemplateXlsx<Row>(ledger: Ledger<Row>): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  const sheet = workbook.addWorksheet(ledger.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ledger.columns.map((column) => ({
    width: columnWidth(column),
    style: columnStyle(column),
  }));
  const header = writeHeader(sheet, ledger, true);
  ledger.columns.forEach((column, index) => {
    header.getCell(index + 1).note = describeColumn(column);
    addDropDown(sheet, column, index + 1);
  });
  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET), ledger);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addDropDown<Row>(sheet: ExcelJS.Worksheet, column: LedgerColumn<Row>, col: number): void {
  const labels =
    column.type === 'boolean' ? ['是', '否'] : column.type === 'enum' ? Object.values(column.dict ?? {}) : [];
  const list = labels.join(',');
  if (labels.length === 0 || list.length > MAX_INLINE_LIST || labels.some((l) => l.includes(','))) return;
  const letter = sheet.getColumn(col).letter;
  for (let row = 2; row <= VALIDATED_ROWS; row++) {
    sheet.getCell(`${letter}${row}`).dataValidation = {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`"${list}"`],
      showErrorMessage: true,
      errorTitle: '取值不在允许范围',
      error: `请从下拉列表中选择：${labels.join('、')}`,
    };
  }
}

/** What the user may type in a column, in one zh-CN sentence. */
export function describeColumn<Row>(column: LedgerColumn<Row>): string {
  const parts = [`${COLUMN_TYPE_LABEL[column.type]}${column.required ? '，必填' : '，选填'}`];
  if (column.type === 'date') parts.push('格式如 2021-03-01，也可填 2021/3/1 或 2021年3月1日');
  if (column.type === 'boolean') parts.push('填"是"或"否"');
  if (column.type === 'integer') parts.push('填整数');
  if (column.type === 'enum') parts.push(`可选：${allowedLabels(column)}`);
  if (column.maxLength !== undefined) parts.push(`不超过 ${column.maxLength} 个字`);
  if (column.min !== undefined) parts.push(`不小于 ${column.min}`);
  if (column.max !== undefined) parts.push(`不大于 ${column.max}`);
  if (column.unique) parts.push('同一文件中不得重复');
  if (column.note) parts.push(column.note);
  return parts.join('；');
}

function writeInstructions<Row>(sheet: ExcelJS.Worksheet, ledger: Ledger<Row>): void {
  sheet.columns = [{ width: 20 }, { width: 10 }, { width: 8 }, { width: 60 }, { width: 24 }];
  sheet.addRow([`请在「${ledger.sheetName}」工作表中填写，第 1 行为表头，请勿修改列名；红色列名为必填列。`]);
  sheet.addRow([
    '导入时只要有一行有误，整个文件都不会导入，系统会列出全部有误的行、列和原因，改正后重新上传即可。',
  ]);
  sheet.addRow([]);
  const head = sheet.addRow(['列名', '类型', '必填', '填写要求', '示例']);
  head.font = { bold: true };
  for (const column of ledger.columns) {
    sheet.addRow([
      column.header,
      COLUMN_TYPE_LABEL[column.type],
      column.required ? '是' : '否',
      describeColumn(column),
      column.example ?? '',
    ]);
  }
}
