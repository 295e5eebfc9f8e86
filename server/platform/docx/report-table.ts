import {
  AlignmentType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONT, ON_GRID, SIZE, TEXT_WIDTH } from './gbt9704.js';
import type { ReportTable, TableCell as ReportTableCell } from './report-document.js';

// Tables are set in 小四 仿宋 (header cells 黑体) off the character grid: the national disclosure tables run to
// 10–15 columns in the 156 mm 版心, where 三号 or 四号 would break most labels (decision 0032).
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO };
const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** The number of grid columns: the first row's spans (no cell above can reach into it). */
export function columnCount(rows: ReportTableCell[][]): number {
  return (rows[0] ?? []).reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
}

/** Relative widths → twips that add up to the 版心 width exactly (rounding goes to the last column). */
export function columnWidthsTwips(count: number, relative?: number[]): number[] {
  const weights = relative?.length === count ? relative : Array.from({ length: count }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths.map((w, i) => (i === count - 1 ? w + rest : w));
}

function cellParagraph(cell: ReportTableCell, size: number): Paragraph {
  const font = cell.header ? FONT.heading1 : FONT.body;
  const lines = cell.text.split('\n');
  return new Paragraph({
    alignment: ALIGNMENT[cell.align ?? (cell.header ? 'center' : 'left')],
    spacing: SINGLE,
    children: lines.map(
      (text, i) =>
        new TextRun({
          text,
          break: i > 0 ? 1 : undefined,
          font: { eastAsia: font, ascii: font, hAnsi: font },
          size,
          snapToGrid: false, // the 28-character grid is for body text, not 小四 cells
        }),
    ),
  });
}

function tableCell(cell: ReportTableCell, size: number): TableCell {
  return new TableCell({
    children: [cellParagraph(cell, size)],
    columnSpan: cell.colSpan,
    rowSpan: cell.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

/** The caption (centred, 三号黑体 on the grid) and the table, full 版心 width, merged cells as given. */
export function reportTable(block: ReportTable): (Paragraph | Table)[] {
  const size = block.fontSize === 'four' ? SIZE.four : SIZE.smallFour;
  const widths = columnWidthsTwips(columnCount(block.rows), block.columnWidths);
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    // docx writes a rowSpan cell as vMerge restart and adds the vMerge continue cells in the rows below,
    // which is the HTML convention the rows arrive in.
    rows: block.rows.map(
      (cells, i) =>
        new TableRow({
          children: cells.map((cell) => tableCell(cell, size)),
          tableHeader: i === 0 && cells.every((c) => c.header),
        }),
    ),
  });
  const caption = block.caption
    ? [
        new Paragraph({
          children: [
            new TextRun({
              text: block.caption,
              font: { eastAsia: FONT.heading1, ascii: FONT.heading1, hAnsi: FONT.heading1 },
            }),
          ],
          alignment: AlignmentType.CENTER,
          spacing: ON_GRID,
          keepNext: true,
        }),
      ]
    : [];
  // An empty paragraph after the table keeps two adjacent tables apart (Word would join them).
  return [...caption, table, new Paragraph({ children: [], spacing: ON_GRID })];
}
