import { type FieldError, validationFailed } from '../errors.js';
import type { ReportDocument, TableCell } from './report-document.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/**
 * The rows of a merged table, HTML convention: every row must cover the same columns once the cells spanned
 * from above are counted; the first wrong row is named.
 */
export function tableShapeError(rows: TableCell[][], path: string): FieldError | null {
  const first = rows[0];
  if (!first || first.length === 0) return { path, message: '表格没有单元格' };
  const width = first.reduce((sum, c) => sum + (c.colSpan ?? 1), 0);
  let carried = Array.from({ length: width }, () => 0); // rows still covered per column, from spans above
  for (const [r, row] of rows.entries()) {
    const next = carried.map((n) => Math.max(0, n - 1));
    let column = 0;
    for (const cell of row) {
      while (column < width && (carried[column] ?? 0) > 0) column++;
      const span = cell.colSpan ?? 1;
      const overlaps = carried.slice(column, column + span).some((n) => n > 0);
      if (span < 1 || (cell.rowSpan ?? 1) < 1 || column + span > width || overlaps)
        return { path: `${path}[${r}]`, message: `第${r + 1}行的单元格超出表格的${width}列` };
      for (let c = column; c < column + span; c++) next[c] = (cell.rowSpan ?? 1) - 1;
      column += span;
    }
    while (column < width && (carried[column] ?? 0) > 0) column++;
    if (column !== width)
      return { path: `${path}[${r}]`, message: `第${r + 1}行只有${column}列，表格有${width}列` };
    carried = next;
  }
  if (carried.some((n) => n > 0)) return { path, message: '有单元格跨行超出了表格的最后一行' };
  return null;
}

/** Refuses a document the layout cannot print, naming each wrong field; renders nothing. */
export function checkReportDocument(doc: ReportDocument): void {
  const errors: FieldError[] = [];
  if (!doc.title.trim()) errors.push({ path: 'title', message: '标题不能为空' });
  if (doc.signature.organs.filter((o) => o.trim()).length === 0)
    errors.push({ path: 'signature.organs', message: '至少需要一个发文机关署名' });
  if (!isRealDate(doc.signature.dateOn))
    errors.push({
      path: 'signature.dateOn',
      message: `成文日期应为 YYYY-MM-DD 格式的有效日期：${doc.signature.dateOn}`,
    });
  for (const [i, block] of doc.blocks.entries()) {
    if (block.kind !== 'table') continue;
    const error = tableShapeError(block.rows, `blocks[${i}].rows`);
    if (error) errors.push(error);
  }
  if (errors.length > 0) throw validationFailed(errors, '报告内容无法排版，请检查标出的字段');
}
