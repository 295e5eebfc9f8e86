import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseLedgerFile } from './parse-ledger-file.js';
import { ledgerTemplateXlsx } from './template.js';
import { asStream, bufferSink, type PowerRow, powerLedger, sampleRows } from './test-fixtures.js';
import { writeLedgerXlsx } from './write-xlsx.js';

async function exportXlsx(
  rows: Iterable<PowerRow> | AsyncIterable<PowerRow>,
  title?: string,
): Promise<Buffer> {
  const sink = bufferSink();
  await writeLedgerXlsx(powerLedger, rows, sink.stream, { title });
  return sink.done();
}

/** Builds an .xlsx the way a user's Excel would hold it: arbitrary cells, in memory. */
async function userXlsx(rows: unknown[][], sheetName = '权责清单', extra?: (wb: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  extra?.(workbook);
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  return workbook;
}

const HEADERS = powerLedger.columns.map((c) => c.header);

describe('xlsx export → import', () => {
  it('gives back the same rows: enum codes via labels, dates, Chinese text, numbers, booleans', async () => {
    async function* rows() {
      yield* sampleRows;
    }
    const parsed = await parseLedgerFile(powerLedger, asStream(await exportXlsx(rows())), 'xlsx');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual(sampleRows);
    expect(parsed.rowNumbers).toEqual([2, 3, 4]);
  });

  it('shows labels, a bold frozen header, widths and date cells in the sheet', async () => {
    const workbook = await loadWorkbook(await exportXlsx(sampleRows, '2020年度权责清单'));
    const sheet = workbook.getWorksheet('权责清单');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getCell('A1').value).toBe('2020年度权责清单');
    expect(sheet.getRow(2).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getCell('C3').value).toBe('行政许可');
    expect(sheet.getCell('E3').value).toEqual(new Date(Date.UTC(2020, 2, 1)));
    expect(sheet.getCell('H3').value).toBe('是');
    expect(sheet.getColumn(4).width).toBeGreaterThan(sheet.getColumn(6).width ?? 0);
  });

  it('finds the header below a title row and numbers rows as Excel shows them', async () => {
    const parsed = await parseLedgerFile(powerLedger, await exportXlsx(sampleRows, '标题'), 'xlsx');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowNumbers).toEqual([3, 4, 5]);
  });

  it('keeps Chinese intact across the reader chunk boundaries (exceljs #2063)', async () => {
    const many: PowerRow[] = Array.from({ length: 3000 }, (_, i) => ({
      ...(sampleRows[0] as PowerRow),
      code: `XK-${i}`,
      name: `第${i}项食品经营许可（含网络经营、中央厨房、集体用餐配送单位）`,
    }));
    const parsed = await parseLedgerFile(powerLedger, asStream(await exportXlsx(many)), 'xlsx');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.name)).toEqual(many.map((r) => r.name));
    // Excel's own files keep text in the shared-strings part, which is read through another path.
    const shared = await userXlsx([HEADERS, ...many.map((r) => [r.code, r.name, '行政许可'])]);
    const fromShared = await parseLedgerFile(powerLedger, shared, 'xlsx');
    expect(fromShared.errors).toEqual([]);
    expect(fromShared.rows.map((r) => r.name)).toEqual(many.map((r) => r.name));
    // Two workbooks of thousands of rows written and read: seconds on a loaded 2-core CI machine, not a hang.
  }, 30_000);
});

describe('xlsx import of files users made', () => {
  it('matches headers in any order, skips blank rows, reads serial-date and date cells', async () => {
    const file = await userXlsx([
      ['是否公开', '生效日期', '事项名称', '事项编码', '权力类别'],
      ['否', 44256, '食品经营许可', 'XK-001', '行政许可'],
      [],
      [null, '  ', null, null, null],
      [
        '1',
        new Date(Date.UTC(2020, 11, 31)),
        { richText: [{ text: '查封' }, { text: '扣押' }] },
        'QZ-1',
        'coercion',
      ],
    ]);
    const parsed = await parseLedgerFile(powerLedger, file, 'xlsx');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowNumbers).toEqual([2, 5]);
    expect(parsed.rows).toEqual([
      {
        isPublic: false,
        effectiveOn: '2021-03-01',
        name: '食品经营许可',
        code: 'XK-001',
        category: 'licensing',
        basis: null,
        itemCount: null,
        fee: null,
      },
      {
        isPublic: true,
        effectiveOn: '2020-12-31',
        name: '查封扣押',
        code: 'QZ-1',
        category: 'coercion',
        basis: null,
        itemCount: null,
        fee: null,
      },
    ]);
  });

  it('lists every problem with row, column and reason, and keeps only clean rows', async () => {
    const file = await userXlsx([
      HEADERS,
      ['XK-001', '食品经营许可', '行政许可', null, '2021-02-29', 3, 0, '是'],
      [null, '缺编码', '行政审核', null, '2021/3/1', 3.5, '十元', '对'],
      ['XK-001', '重复编码', '行政处罚', null, null, 100, -1, null],
      ['OK-9', '正常', '行政征收', null, '2021年3月1日', '7', '1,000.5', 'false'],
    ]);
    const parsed = await parseLedgerFile(powerLedger, file, 'xlsx');
    expect(parsed.errors).toEqual([
      { row: 2, column: '生效日期', message: '不是有效日期：2021-02-29' },
      { row: 3, column: '事项编码', message: '必填项为空' },
      {
        row: 3,
        column: '权力类别',
        message: '取值“行政审核”不在允许范围：行政许可、行政处罚、行政强制、行政征收',
      },
      { row: 3, column: '子项数', message: '不是整数：3.5' },
      { row: 3, column: '收费标准（元）', message: '不是有效数字：十元' },
      { row: 3, column: '是否公开', message: '应填"是"或"否"：对' },
      { row: 4, column: '事项编码', message: '与第 2 行重复：XK-001' },
      { row: 4, column: '子项数', message: '不能大于 99：100' },
      { row: 4, column: '收费标准（元）', message: '不能小于 0：-1' },
    ]);
    expect(parsed.rows).toEqual([
      {
        code: 'OK-9',
        name: '正常',
        category: 'levy',
        basis: null,
        effectiveOn: '2021-03-01',
        itemCount: 7,
        fee: 1000.5,
        isPublic: false,
      },
    ]);
    expect(parsed.rowNumbers).toEqual([5]);
  });

  it('reports unknown columns once and names the missing required columns', async () => {
    const file = await userXlsx([
      ['事项名称', '备注', '生效日期', '经办人'],
      ['食品经营许可', 'x', '2021-03-01', '张三'],
    ]);
    const parsed = await parseLedgerFile(powerLedger, file, 'xlsx');
    expect(parsed.errors).toEqual([
      { row: 1, column: '备注、经办人', message: '无法识别的列：备注、经办人；请使用导入模板中的列名' },
      { row: 1, column: '事项编码、权力类别', message: '缺少必填列：事项编码、权力类别' },
    ]);
  });

  it('tolerates a required-marker asterisk and stray spaces in headers, and refuses duplicates', async () => {
    const file = await userXlsx([
      ['*事项编码', '事项 名称', '权力类别*', '事项名称'],
      ['A-1', '名称', '行政许可', '又一个'],
    ]);
    const parsed = await parseLedgerFile(powerLedger, file, 'xlsx');
    expect(parsed.errors).toEqual([{ row: 1, column: '事项名称', message: '列名重复，请只保留一列' }]);
    expect(parsed.rows[0]).toMatchObject({ code: 'A-1', name: '名称', category: 'licensing' });
  });

  it('says so when no header row is found or the file is not an xlsx', async () => {
    const noHeader = await parseLedgerFile(
      powerLedger,
      await userXlsx([
        ['a', 'b'],
        [1, 2],
      ]),
      'xlsx',
    );
    expect(noHeader.errors).toHaveLength(1);
    expect(noHeader.errors[0]?.message).toMatch(/^未找到表头行/);
    const garbage = await parseLedgerFile(powerLedger, Buffer.from('事项编码,事项名称\n'), 'xlsx');
    expect(garbage.errors[0]?.message).toMatch(/^文件无法读取，不是有效的 .xlsx 文件/);
  });

  it('reads the sheet named like the ledger even when it is not the first', async () => {
    const file = await userXlsx([HEADERS, ['A-1', '名称', '行政许可']], '权责清单', (wb) => {
      wb.addWorksheet('封面').addRow(['事项编码', '不是这张表']);
    });
    const parsed = await parseLedgerFile(powerLedger, file, 'xlsx');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('reports progress', async () => {
    const seen: number[] = [];
    await parseLedgerFile(powerLedger, await exportXlsx(sampleRows), 'xlsx', {
      onProgress: (n) => seen.push(n),
      progressEvery: 2,
    });
    expect(seen).toEqual([2, 3]);
  });
});

describe('template', () => {
  it('has the header row and a 填写说明 sheet describing every column; importing it blank reads no rows', async () => {
    const buffer = await ledgerTemplateXlsx(powerLedger);
    const workbook = await loadWorkbook(buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['权责清单', '填写说明']);
    expect(workbook.getWorksheet('权责清单')?.getRow(1).values).toEqual([undefined, ...HEADERS]);
    const help = workbook.getWorksheet('填写说明');
    const described = help?.getColumn(1).values.slice(5);
    expect(described).toEqual(HEADERS);
    const categoryRow = help?.getRow(5 + 2).values as unknown[];
    expect(categoryRow).toContain('选项，必填；可选：行政许可、行政处罚、行政强制、行政征收');
    expect(help?.getRow(5).values).toContain('XK-001');
    const parsed = await parseLedgerFile(powerLedger, buffer, 'xlsx');
    expect(parsed).toEqual({ rows: [], rowNumbers: [], errors: [] });
  });
});
