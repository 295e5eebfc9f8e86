import { AlignmentType, Document, DocumentGridType, Packer, Paragraph, type Table, TextRun } from 'docx';
import { withFontFallbacks } from './font-table.js';
import {
  CHAR_PITCH,
  CHAR_SPACE,
  chineseDate,
  FONT,
  LINE_PITCH,
  MARGIN,
  ON_GRID,
  PAGE,
  redHeader,
  run,
  SIZE,
} from './gbt9704.js';
import { FOOTER_DISTANCE, pageNumberFooters } from './page-number.js';
import { reportTable } from './report-table.js';
import { checkReportDocument } from './report-document-check.js';

/** A report in the GB/T 9704-2012 layout: what the annual-report engine hands to the renderer. */
export interface ReportDocument {
  /** 2号小标宋 (方正小标宋简体), centred; a '\n' chooses where a long title wraps (keep words whole). */
  title: string;
  /** 主送机关, flush left, ends with '：' (added when missing). */
  mainRecipient?: string;
  /** Body paragraphs before the first heading. */
  opening: string[];
  blocks: ReportBlock[];
  /** Body paragraphs after the blocks, e.g. ['特此报告。']. */
  closing?: string[];
  /** 发文机关署名, stacked above the 成文日期 (ISO; printed in Arabic numerals, 2021年1月29日). */
  signature: { organs: string[]; dateOn: string };
  /** 附件说明: the attachments' names, numbered when there are several. */
  attachments?: string[];
  /** e.g. '征求意见稿' / '草稿', printed top left in 3号黑体. */
  draftMark?: string;
  /** The red 版头 of a 红头文件; a report body has none unless given. */
  header?: { organName: string; documentNumber: string | null };
}

export type ReportBlock =
  /** 一、 黑体 / （一） 楷体 / 1. 仿宋 — the text arrives numbered. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** 仿宋 3号, 2-character first-line indent, justified. */
  | { kind: 'paragraph'; text: string }
  | ReportTable;

export interface ReportTable {
  kind: 'table';
  caption?: string;
  /** HTML convention: a cell spanned from above is omitted from the rows below. */
  rows: TableCell[][];
  /** Relative widths, one per grid column; equal when absent. */
  columnWidths?: number[];
  /** 小四 (12 pt) unless '四号' is asked for (decision 0032). */
  fontSize?: 'smallFour' | 'four';
}

export interface TableCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  header?: boolean;
  align?: 'left' | 'center' | 'right';
}

const HEADING_FONT = { 1: FONT.heading1, 2: FONT.heading2, 3: FONT.body } as const;
// Basis: GB/T 9704-2012 §7.3.3 — paragraphs (and headings within the body) start 2 characters in.
const INDENT_TWO = { firstLine: Math.round(2 * CHAR_PITCH), firstLineChars: 200 };

const blankLine = () => new Paragraph({ children: [], spacing: ON_GRID });

function bodyParagraph(text: string, keepNext = false): Paragraph {
  return new Paragraph({
    children: [run(text)],
    spacing: ON_GRID,
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT_TWO,
    keepNext,
  });
}

function heading(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({
    children: [run(text, HEADING_FONT[level])],
    spacing: ON_GRID,
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT_TWO,
    keepNext: true,
  });
}

function title(text: string): Paragraph {
  const font = { eastAsia: FONT.title, ascii: FONT.title, hAnsi: FONT.title };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: ON_GRID,
    children: text
      .split('\n')
      .map((line, i) => new TextRun({ text: line, font, size: SIZE.two, break: i > 0 ? 1 : undefined })),
  });
}

function draftMark(text: string): Paragraph {
  return new Paragraph({ children: [run(text, FONT.heading1)], spacing: ON_GRID });
}

function mainRecipient(text: string): Paragraph {
  const line = /[：:]$/.test(text) ? text.replace(/:$/, '：') : `${text}：`;
  return new Paragraph({ children: [run(line)], spacing: ON_GRID });
}

// Basis: GB/T 9704-2012 §7.3.4 — 附件说明: one line below the body, 2 characters in, "附件：1.XXXX",
// further names aligned under the first.
function attachmentNote(names: string[]): Paragraph[] {
  const numbered = names.length > 1 ? names.map((n, i) => `${i + 1}.${n}`) : names;
  const label = Math.round(3 * CHAR_PITCH); // "附件："
  return [
    blankLine(),
    ...numbered.map(
      (line, i) =>
        new Paragraph({
          children: [run(i === 0 ? `附件：${line}` : line)],
          spacing: ON_GRID,
          indent: { left: Math.round(2 * CHAR_PITCH) + label, hanging: i === 0 ? label : 0 },
        }),
    ),
  ];
}

/** Characters (字) a line takes: a Chinese character 1, a half-width digit or letter ½. */
export function widthInCharacters(text: string): number {
  return [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);
}

// Basis: GB/T 9704-2012 §7.3.5.1 — 成文日期 右空四字; the 发文机关署名 centred on the date above it.
function signature(organs: string[], dateOn: string): Paragraph[] {
  const date = chineseDate(dateOn);
  const dateWidth = widthInCharacters(date);
  const rightAt = (characters: number, text: string) =>
    new Paragraph({
      children: [run(text)],
      alignment: AlignmentType.RIGHT,
      spacing: ON_GRID,
      indent: { right: Math.round(characters * CHAR_PITCH) },
      keepNext: true,
    });
  const organLines = organs.map((organ) =>
    rightAt(4 + Math.max(0, (dateWidth - widthInCharacters(organ)) / 2), organ),
  );
  const space = new Paragraph({ children: [], spacing: ON_GRID, keepNext: true });
  return [space, ...organLines, rightAt(4, date)];
}

function blockContent(block: ReportBlock): (Paragraph | Table)[] {
  if (block.kind === 'heading') return [heading(block.level, block.text)];
  if (block.kind === 'paragraph') return [bodyParagraph(block.text)];
  return reportTable(block);
}

function documentContent(doc: ReportDocument): (Paragraph | Table)[] {
  return [
    ...(doc.draftMark ? [draftMark(doc.draftMark)] : []),
    ...(doc.header ? redHeader(doc.header.organName, doc.header.documentNumber, ON_GRID) : []),
    title(doc.title),
    blankLine(),
    ...(doc.mainRecipient ? [mainRecipient(doc.mainRecipient)] : []),
    ...doc.opening.map((text) => bodyParagraph(text)),
    ...doc.blocks.flatMap(blockContent),
    // The closing lines stay on the page of the signature: a signature alone on a page is what §7.3.5 avoids.
    ...(doc.closing ?? []).map((text) => bodyParagraph(text, true)),
    ...(doc.attachments?.length ? attachmentNote(doc.attachments) : []),
    ...signature(doc.signature.organs, doc.signature.dateOn),
  ];
}

/**
 * Lays out a report (.docx) in the GB/T 9704-2012 form: A4, the 22 × 28 grid, 3号仿宋 body, numbered headings,
 * tables in the 版心, the signature and date, "— N —" page numbers odd right / even left.
 */
export async function buildReportDocx(doc: ReportDocument): Promise<Buffer> {
  checkReportDocument(doc);
  const bodyFont = { eastAsia: FONT.body, ascii: FONT.body, hAnsi: FONT.body };
  const document = new Document({
    creator: doc.signature.organs.join('、'),
    title: doc.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    // The grid's charSpace counts from the default font size, so the default is 三号仿宋.
    styles: {
      default: {
        document: {
          run: { font: bodyFont, size: SIZE.three, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { ...PAGE }, margin: { ...MARGIN, footer: FOOTER_DISTANCE } },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: pageNumberFooters(),
        children: documentContent(doc),
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(document));
}
