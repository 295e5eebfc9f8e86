import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';

// The building blocks of the GB/T 9704-2012 layout shared by official documents (公文) and reports
// (legal-rules.md §12; readings: docs/decisions/0032-report-docx-layout.md).

/** Fonts named in the file; Word and LibreOffice substitute by name when one is missing (decision 0032). */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Chinese type sizes (字号) in half-points, as docx counts them. */
export const SIZE = {
  two: 44, // 二号 22 pt
  three: 32, // 三号 16 pt
  four: 28, // 四号 14 pt
  smallFour: 24, // 小四 12 pt
} as const;

const RED = 'FF0000';
const SIZE_MARK = 52; // 发文机关标志: the issuer chooses; 26 pt keeps a long organ name on one line

/** Millimetres in twentieths of a point (twips). */
export const mm = (n: number) => Math.round((n * 1440) / 25.4);

// Basis: GB/T 9704-2012 §5.1, §5.2.1 — A4; 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm.
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

// Basis: GB/T 9704-2012 §5.2.3 — 22 lines of 28 characters fill the 版心.
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/** The line pitch in twips, rounded down so that 22 lines fit (≈ 28.95 pt). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);
/** One character (一字) of the grid in twips: the 版心 width over 28. */
export const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;
/**
 * w:charSpace: the grid's character pitch minus the default (三号) font size, in 4096ths of a point
 * (ECMA-376 §17.6.5), so that 28 三号 characters fill the line.
 */
export const CHAR_SPACE = Math.round((CHAR_PITCH / 20 - SIZE.three / 2) * 4096);

/** Exact line spacing on the grid's pitch: a fallback font with tall metrics cannot take two grid lines. */
export const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };

/** A run in the given font, the same face for Chinese and Latin text. */
export function run(
  text: string,
  font: string = FONT.body,
  size: number = SIZE.three,
  color?: string,
): TextRun {
  return new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size, color });
}

/** 2020-03-05 → 2020年3月5日 (GB/T 9704-2012 writes dates in Arabic numerals, no zero padding). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * 版头: the 发文机关标志 in red, the 发文字号 centred under it, the red separator 4 mm below the number
 * (GB/T 9704-2012 §7.2.3, §7.2.4, §7.2.5).
 */
export function redHeader(organName: string, documentNumber: string | null, spacing: object): Paragraph[] {
  const mark = new Paragraph({
    children: [run(organName, FONT.title, SIZE_MARK, RED)],
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(35), after: 560 }, // top edge 35 mm below the 版心's (§7.2.4)
  });
  const number = new Paragraph({
    children: documentNumber ? [run(documentNumber)] : [],
    alignment: AlignmentType.CENTER,
    spacing: { ...spacing, after: mm(4) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 } },
  });
  return [mark, number, new Paragraph({ children: [], spacing })];
}
