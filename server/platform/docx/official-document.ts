import { AlignmentType, Document, LineRuleType, Packer, Paragraph } from 'docx';
import { chineseDate, FONT, MARGIN, mm, redHeader, run, SIZE } from './gbt9704.js';

// GB/T 9704-2012 layout of a 红头文件: the shared page (gbt9704.ts), 三号仿宋_GB2312 body on a 28 pt line pitch,
// 二号方正小标宋简体 title, red 发文机关标志 and separator (legal-rules.md §12).
const LINE = { line: 560, lineRule: LineRuleType.EXACT };

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
  return new Paragraph({ children: [run(text, FONT.heading1)], spacing: LINE, indent: { firstLine: 640 } });
}

export const blankLine = () => new Paragraph({ children: [], spacing: LINE });

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
    children: [run(d.title, FONT.title, SIZE.two)],
    alignment: AlignmentType.CENTER,
    spacing: LINE,
  });
  const doc = new Document({
    creator: d.organName,
    title: d.title,
    sections: [
      {
        properties: { page: { margin: { ...MARGIN } } },
        children: [
          ...redHeader(d.organName, d.documentNumber, LINE),
          title,
          blankLine(),
          ...d.body,
          ...signature(d),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
