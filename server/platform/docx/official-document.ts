import { AlignmentType, BorderStyle, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';

// GB/T 9704-2012 layout: A4, margins T 37 / B 35 / L 28 / R 26 mm, 三号仿宋_GB2312 body on a 28 pt line pitch,
// 二号方正小标宋简体 title, red 发文机关标志 and separator (legal-rules.md §12).
const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const HEADING_FONT = '黑体';
const SIZE_2 = 44; // 二号 22 pt, in half-points
const SIZE_3 = 32; // 三号 16 pt
const SIZE_MARK = 52; // 发文机关标志: the issuer chooses; 26 pt keeps a long organ name on one line
const RED = 'FF0000';
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
/** Millimetres in twentieths of a point (twips). */
export const mm = (n: number) => Math.round(n * 56.7);

/** A run in the given font, the same face for Chinese and Latin text. */
export function run(text: string, font = BODY_FONT, size = SIZE_3, color?: string): TextRun {
  return new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size, color });
}

/** A body paragraph: justified, 2-character first-line indent (GB/T 9704 §7.3.3). */
export function bodyParagraph(text: string, indent = true): Paragraph {
  return new Paragraph({
    children: [run(text)],
    spacing: LINE,
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: 640 } : undefined,
  });
}

/** A first-level heading inside the body (一、…): 三号黑体. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ children: [run(text, HEADING_FONT)], spacing: LINE, indent: { firstLine: 640 } });
}

export const blankLine = () => new Paragraph({ children: [], spacing: LINE });

/** 2020-03-05 → 2020年3月5日 (GB/T 9704-2012 writes dates in Arabic numerals, no zero padding). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface OfficialDocument {
  /** 发文机关 (full name), printed as the 发文机关标志 and in the signature. */
  organName: string;
  /** 发文字号; null for a document issued before Fazhi numbered it (no number is invented). */
  documentNumber: string | null;
  title: string;
  /** Body paragraphs, after the title. */
  body: Paragraph[];
  /** 成文日期, ISO. */
  dateOn: string;
  /** A note under the date, e.g. the seal note “（印章）”. */
  sealNote?: string;
}

/**
 * 版头: the 发文机关标志 in red, the 发文字号 centred under it, the red separator 4 mm below the number
 * (GB/T 9704-2012 §7.2.3, §7.2.4, §7.2.5).
 */
function header(d: OfficialDocument): Paragraph[] {
  const mark = new Paragraph({
    children: [run(d.organName, TITLE_FONT, SIZE_MARK, RED)],
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(35), after: 560 }, // top edge 35 mm below the 版心's (§7.2.4)
  });
  const number = new Paragraph({
    children: d.documentNumber ? [run(d.documentNumber)] : [],
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE, after: mm(4) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 4 } },
  });
  return [mark, number, blankLine()];
}

/** 成文日期 and signature, right, 4 characters in (sealed documents, GB/T 9704 §7.3.5.1). */
function signature(d: OfficialDocument): Paragraph[] {
  const right = (text: string) =>
    new Paragraph({
      children: [run(text)],
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: mm(14) },
    });
  return [
    blankLine(),
    right(d.organName),
    right(chineseDate(d.dateOn)),
    ...(d.sealNote ? [right(d.sealNote)] : []),
  ];
}

/** Lays out an official document (.docx) in the GB/T 9704-2012 form: 版头, title, body, signature. */
export function buildOfficialDocument(d: OfficialDocument): Promise<Buffer> {
  const title = new Paragraph({
    children: [run(d.title, TITLE_FONT, SIZE_2)],
    alignment: AlignmentType.CENTER,
    spacing: LINE,
  });
  const doc = new Document({
    creator: d.organName,
    title: d.title,
    sections: [
      {
        properties: { page: { margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
        children: [...header(d), title, blankLine(), ...d.body, ...signature(d)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
