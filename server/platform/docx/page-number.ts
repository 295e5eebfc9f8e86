import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { FONT, MARGIN, mm, SIZE } from './gbt9704.js';

// Basis: GB/T 9704-2012 §7.5 — 4号半角宋体阿拉伯数字, a 一字线 either side, 7 mm below the 版心;
// 单页码居右空一字，双页码居左空一字.
const ONE_CHARACTER = SIZE.four * 10; // 一字 of the 4号 number itself: 14 pt = 280 twips
const LINE_HEIGHT = SIZE.four * 10; // exact, so the footer's height (and where the dashes sit) is known

/**
 * The footer distance from the page's bottom edge: the line of the number is centred 7 mm below the 版心
 * (the dashes sit at mid-height), i.e. bottom margin − 7 mm − half the line.
 */
export const FOOTER_DISTANCE = MARGIN.bottom - mm(7) - LINE_HEIGHT / 2;

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = { eastAsia: FONT.pageNumber, ascii: FONT.pageNumber, hAnsi: FONT.pageNumber };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHARACTER } : { left: ONE_CHARACTER },
        spacing: { line: LINE_HEIGHT, lineRule: LineRuleType.EXACT },
        children: [
          // snapToGrid off: the 28-character grid would spread "— 1 —" to 三号 cells.
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font,
            size: SIZE.four,
            snapToGrid: false,
          }),
        ],
      }),
    ],
  });
}

/** Odd pages right, even pages left; needs `evenAndOddHeaderAndFooters` on the document. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };
}
