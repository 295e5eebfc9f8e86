import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { buildReportDocx, type ReportDocument, readDocxParts, type TableCell } from './index.js';

/** A report shaped like the seed: title, recipient, opening, three heading levels, a merged table, signature. */
function buildReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    title: '沈阳市浑南区人民政府关于2020年\n法治政府建设情况的报告',
    mainRecipient: '沈阳市人民政府',
    opening: ['2020年，浑南区坚持以习近平新时代中国特色社会主义思想为指导。现将有关情况报告如下：'],
    blocks: [
      { kind: 'heading', level: 1, text: '一、2020年推进法治政府建设的主要举措和成效' },
      { kind: 'heading', level: 2, text: '（一）依法全面履行政府职能' },
      { kind: 'heading', level: 3, text: '1.深化“放管服”改革' },
      { kind: 'paragraph', text: '公示43个部门行政职权，共计5869项。' },
      {
        kind: 'table',
        caption: '表1 收到和处理政府信息公开申请情况',
        columnWidths: [2, 1, 1],
        rows: [
          [
            { text: '本列数据的勾稽关系', header: true, rowSpan: 2 },
            { text: '申请人情况', header: true, colSpan: 2 },
          ],
          [
            { text: '自然人', header: true },
            { text: '法人或其他组织', header: true },
          ],
          [
            { text: '一、本年新收政府信息公开申请数量' },
            { text: '35', align: 'center' },
            { text: '2', align: 'center' },
          ],
        ],
      },
    ],
    closing: ['特此报告。'],
    signature: { organs: ['沈阳市浑南区人民政府'], dateOn: '2021-01-29' },
    ...overrides,
  };
}

/** The first <w:p> whose text is `text`, or failing that contains it, whole. */
function paragraphWith(xml: string, text: string): string {
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const found =
    paragraphs.find((p) => plainText(p) === text) ?? paragraphs.find((p) => plainText(p).includes(text));
  if (!found) throw new Error(`no paragraph contains ${text}`);
  return found;
}

const plainText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
const attr = (xml: string, element: string, name: string) =>
  xml.match(new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`))?.[1];

describe('buildReportDocx (GB/T 9704-2012 layout)', () => {
  it('sets A4 with the 37 / 35 / 28 / 26 mm margins and the 22 × 28 grid', async () => {
    const parts = await readDocxParts(await buildReportDocx(buildReport()));
    const document = parts['word/document.xml'] ?? '';
    expect(attr(document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(document, 'w:pgSz', 'w:h')).toBe('16838');
    // 37 mm = 2097.6, 35 mm = 1984.3, 28 mm = 1587.4, 26 mm = 1474.0 twips
    expect(attr(document, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(document, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(document, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(document, 'w:pgMar', 'w:right')).toBe('1474');
    expect(attr(document, 'w:docGrid', 'w:type')).toBe('linesAndChars');
    const linePitch = Number(attr(document, 'w:docGrid', 'w:linePitch'));
    expect(linePitch).toBe(579);
    expect(22 * linePitch).toBeLessThanOrEqual(16838 - 2098 - 1984); // 22 lines fit the 225 mm 版心
    // charSpace (4096ths of a point over the 16 pt default) makes 28 characters fill 156 mm
    const pitchPt = 16 + Number(attr(document, 'w:docGrid', 'w:charSpace')) / 4096;
    expect(28 * pitchPt * 20).toBeCloseTo(11906 - 1587 - 1474, -1);
  });

  it('writes the title in 2号方正小标宋简体, headings in 黑体 / 楷体_GB2312 / 仿宋_GB2312, the body in 3号仿宋_GB2312', async () => {
    const parts = await readDocxParts(await buildReportDocx(buildReport()));
    const document = parts['word/document.xml'] ?? '';
    const title = paragraphWith(document, '沈阳市浑南区人民政府关于2020年');
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    expect(title).toContain('<w:br/>'); // the '\n' chose the wrap
    const levels = [
      ['一、2020年推进', '黑体'],
      ['（一）依法全面', '楷体_GB2312'],
      ['1.深化', '仿宋_GB2312'],
    ] as const;
    for (const [text, font] of levels) {
      const p = paragraphWith(document, text);
      expect(attr(p, 'w:rFonts', 'w:eastAsia'), text).toBe(font);
      expect(attr(p, 'w:sz', 'w:val'), text).toBe('32');
    }
    const body = paragraphWith(document, '公示43个部门行政职权');
    expect(attr(body, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(body, 'w:sz', 'w:val')).toBe('32');
    expect(attr(body, 'w:jc', 'w:val')).toBe('both');
    expect(attr(body, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(body, 'w:spacing', 'w:line')).toBe('579');
    const recipient = paragraphWith(document, '沈阳市人民政府：');
    expect(plainText(recipient)).toBe('沈阳市人民政府：');
    expect(recipient).not.toContain('w:firstLine');
    // the grid's charSpace counts from the default size, 三号
    const styles = parts['word/styles.xml'] ?? '';
    const defaults = styles.match(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/)?.[0] ?? '';
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('32');
    expect(attr(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
  });

  it('puts "— PAGE —" in 4号宋体 in the footers, odd pages right and even pages left, one character in', async () => {
    const parts = await readDocxParts(await buildReportDocx(buildReport()));
    expect(parts['word/settings.xml']).toMatch(
      /<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/,
    );
    const document = parts['word/document.xml'] ?? '';
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const footerOf = (type: string) => {
      const id = document.match(new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`))?.[1];
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
      return parts[`word/${target}`] ?? '';
    };
    const odd = footerOf('default');
    const even = footerOf('even');
    for (const footer of [odd, even]) {
      expect(footer).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/,
      );
      expect(footer).toContain('w:fldCharType="begin"');
      expect(attr(footer, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
      expect(attr(footer, 'w:sz', 'w:val')).toBe('28');
    }
    expect(attr(odd, 'w:jc', 'w:val')).toBe('right');
    expect(attr(odd, 'w:ind', 'w:right')).toBe('280');
    expect(attr(even, 'w:jc', 'w:val')).toBe('left');
    expect(attr(even, 'w:ind', 'w:left')).toBe('280');
    // the number's line is centred 7 mm (397 twips) below the 版心: 1984 − 397 − 140
    expect(attr(document, 'w:pgMar', 'w:footer')).toBe('1447');
  });

  it('merges table cells with gridSpan and vMerge, fills the 156 mm 版心, and sets 小四 cells', async () => {
    const parts = await readDocxParts(await buildReportDocx(buildReport()));
    const document = parts['word/document.xml'] ?? '';
    const table = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)?.[0] ?? '';
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1587 - 1474);
    expect(grid[0]).toBeCloseTo(2 * (grid[1] ?? 0), -1); // relative widths 2 : 1 : 1
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[0]).toContain('<w:gridSpan w:val="2"/>');
    const secondRowCells = [...(rows[1] ?? '').matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(secondRowCells).toHaveLength(3); // the continuation cell docx adds under the merged one, then two
    expect(secondRowCells[0]).toContain('<w:vMerge w:val="continue"/>');
    expect(plainText(secondRowCells[1] ?? '')).toBe('自然人');
    const header = paragraphWith(table, '申请人情况');
    expect(attr(header, 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    const cell = paragraphWith(table, '35');
    expect(attr(cell, 'w:sz', 'w:val')).toBe('24');
    expect(attr(cell, 'w:jc', 'w:val')).toBe('center');
    expect(paragraphWith(document, '表1 收到和处理')).toBeTruthy();
  });

  it('lays out the nested merges of table 三: every row covers the 10 grid columns, continuations where spans reach', async () => {
    const h = (text: string, span: Partial<TableCell> = {}): TableCell => ({ text, header: true, ...span });
    const n = (k: number) =>
      Array.from({ length: 7 }, (_, i) => ({ text: String(k * 10 + i), align: 'center' as const }));
    const rows: TableCell[][] = [
      [
        h('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colSpan: 3, rowSpan: 3 }),
        h('申请人情况', { colSpan: 7 }),
      ],
      [h('自然人', { rowSpan: 2 }), h('法人或其他组织', { colSpan: 5 }), h('总计', { rowSpan: 2 })],
      [h('商业企业'), h('科研机构'), h('社会公益组织'), h('法律服务机构'), h('其他')],
      [{ text: '一、本年新收政府信息公开申请数量', colSpan: 3 }, ...n(1)],
      [{ text: '三、本年度办理结果', rowSpan: 4 }, { text: '（一）予以公开', colSpan: 2 }, ...n(2)],
      [{ text: '（三）不予公开', rowSpan: 3 }, { text: '1.属于国家秘密' }, ...n(3)],
      [{ text: '2.其他法律行政法规禁止公开' }, ...n(4)],
      [{ text: '3.危及“三安全一稳定”' }, ...n(5)],
    ];
    const parts = await readDocxParts(
      await buildReportDocx(
        buildReport({ blocks: [{ kind: 'table', rows, columnWidths: [2, 2, 4, 1, 1, 1, 1, 1, 1, 1] }] }),
      ),
    );
    const table = parts['word/document.xml']?.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)?.[0] ?? '';
    // Each row as its cells: text, grid span, vMerge value ('' when the cell is not merged down).
    const layout = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => ({
        text: plainText(cell[0]),
        span: Number(attr(cell[0], 'w:gridSpan', 'w:val') ?? 1),
        vMerge: attr(cell[0], 'w:vMerge', 'w:val') ?? '',
      })),
    );
    expect(layout).toHaveLength(8);
    for (const row of layout) expect(row.reduce((sum, c) => sum + c.span, 0)).toBe(10);
    expect(layout[0]?.[0]).toEqual({ text: expect.stringContaining('勾稽关系'), span: 3, vMerge: 'restart' });
    expect(layout[1]?.[0]).toEqual({ text: '', span: 3, vMerge: 'continue' });
    expect(layout[2]?.slice(0, 2)).toEqual([
      { text: '', span: 3, vMerge: 'continue' },
      { text: '', span: 1, vMerge: 'continue' }, // under 自然人
    ]);
    expect(layout[2]?.at(-1)).toEqual({ text: '', span: 1, vMerge: 'continue' }); // under 总计
    expect(layout[5]?.slice(0, 3).map((c) => [c.text, c.vMerge])).toEqual([
      ['', 'continue'],
      ['（三）不予公开', 'restart'],
      ['1.属于国家秘密', ''],
    ]);
    expect(layout[7]?.slice(0, 3).map((c) => [c.text, c.vMerge])).toEqual([
      ['', 'continue'],
      ['', 'continue'],
      ['3.危及“三安全一稳定”', ''],
    ]);
  });

  it('signs with the organ above the date in Arabic numerals, 4 characters in from the right', async () => {
    const parts = await readDocxParts(
      await buildReportDocx(
        buildReport({
          signature: { organs: ['中共沈阳市浑南区委', '沈阳市浑南区人民政府'], dateOn: '2021-01-29' },
        }),
      ),
    );
    const document = parts['word/document.xml'] ?? '';
    const texts = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((m) => plainText(m[0]))
      .filter(Boolean);
    expect(texts.slice(-4)).toEqual([
      '特此报告。',
      '中共沈阳市浑南区委',
      '沈阳市浑南区人民政府',
      '2021年1月29日',
    ]);
    const date = paragraphWith(document, '2021年1月29日');
    expect(attr(date, 'w:jc', 'w:val')).toBe('right');
    expect(Number(attr(date, 'w:ind', 'w:right'))).toBe(Math.round((4 * (11906 - 1587 - 1474)) / 28));
    // 2021年1月29日 is 6½ characters wide, 沈阳市浑南区人民政府 10: the wider organ stays 4 characters in
    const organ = paragraphWith(document, '沈阳市浑南区人民政府');
    expect(attr(organ, 'w:ind', 'w:right')).toBe(attr(date, 'w:ind', 'w:right'));
    expect(attr(paragraphWith(document, '中共沈阳市浑南区委'), 'w:ind', 'w:right')).toBe(
      attr(date, 'w:ind', 'w:right'),
    );
    expect(paragraphWith(document, '特此报告。')).toContain('<w:keepNext/>');
  });

  it('centres an organ shorter than the date on it', async () => {
    const parts = await readDocxParts(
      await buildReportDocx(buildReport({ signature: { organs: ['浑南区司法局'], dateOn: '2021-01-29' } })),
    );
    const organ = paragraphWith(parts['word/document.xml'] ?? '', '浑南区司法局');
    const pitch = (11906 - 1587 - 1474) / 28;
    // 2021年1月29日 takes 6½ characters, 浑南区司法局 6: ¼ character further in than the date's 4
    expect(Number(attr(organ, 'w:ind', 'w:right'))).toBe(Math.round(4.25 * pitch));
  });

  it('prints a draft mark, a numbered attachment note and, when asked, the red 版头', async () => {
    const parts = await readDocxParts(
      await buildReportDocx(
        buildReport({
          draftMark: '征求意见稿',
          attachments: ['2020年度法治政府建设指标完成情况', '政府信息公开工作年度报告'],
          header: { organName: '沈阳市浑南区人民政府', documentNumber: '浑政〔2021〕3号' },
        }),
      ),
    );
    const document = parts['word/document.xml'] ?? '';
    const texts = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map((m) => plainText(m[0]))
      .filter(Boolean);
    expect(texts[0]).toBe('征求意见稿');
    expect(attr(paragraphWith(document, '征求意见稿'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attr(paragraphWith(document, '浑政〔2021〕3号'), 'w:bottom', 'w:color')).toBe('FF0000');
    expect(texts).toContain('附件：1.2020年度法治政府建设指标完成情况');
    expect(texts).toContain('2.政府信息公开工作年度报告');
  });

  it('names the Chinese fonts with their substitutes in the font table', async () => {
    const parts = await readDocxParts(await buildReportDocx(buildReport()));
    const fonts = parts['word/fontTable.xml'] ?? '';
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });

  it('refuses a table whose rows do not cover its columns, naming the row, and an invalid date', async () => {
    const report = buildReport({
      signature: { organs: ['沈阳市浑南区人民政府'], dateOn: '2021-02-30' },
      blocks: [
        { kind: 'paragraph', text: '说明' },
        {
          kind: 'table',
          rows: [
            [{ text: 'A', rowSpan: 2 }, { text: 'B' }, { text: 'C' }],
            [{ text: 'D' }, { text: 'E' }, { text: 'F' }], // A covers column 1: three cells are one too many
          ],
        },
      ],
    });
    const error = await buildReportDocx(report).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    expect((error as AppError).fields?.map((f) => f.path)).toEqual(['signature.dateOn', 'blocks[1].rows[1]']);
  });
});
