import { describe, expect, it } from 'vitest';
import { parseLedgerFile } from './parse-ledger-file.js';
import { asStream, bufferSink, powerLedger, sampleRows } from './test-fixtures.js';
import { writeLedgerCsv } from './write-csv.js';

async function exportCsv(): Promise<Buffer> {
  const sink = bufferSink();
  await writeLedgerCsv(powerLedger, sampleRows, sink.stream);
  return sink.done();
}

describe('csv export', () => {
  it('starts with a UTF-8 BOM and shows Chinese headers, labels, 是/否 and ISO dates', async () => {
    const buffer = await exportCsv();
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = buffer.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('事项编码,事项名称,权力类别,设定依据,生效日期,子项数,收费标准（元）,是否公开');
    expect(lines[1]).toBe(
      'XK-001,食品经营许可,行政许可,"《中华人民共和国食品安全法》第三十五条\n《食品经营许可管理办法》",2020-03-01,3,0,是',
    );
    expect(lines[2]).toBe('CF-002,对未取得许可从事食品经营的处罚,行政处罚,,2020-12-31,,12.5,否');
  });

  it('guards text Excel would run as a formula with an apostrophe', async () => {
    const text = (await exportCsv()).toString('utf8');
    expect(text).toContain(`QZ-003,查封、扣押,行政强制,"'=SUM(1,2) 不是公式",,0,,`);
  });
});

describe('csv import', () => {
  it('round-trips the exported rows, multi-line text and the formula guard included', async () => {
    const buffer = await exportCsv();
    const parsed = await parseLedgerFile(powerLedger, asStream(buffer), 'csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual(sampleRows);
    // The quoted two-line cell is one row in Excel, so row numbers count records, not lines.
    expect(parsed.rowNumbers).toEqual([2, 3, 4]);
  });

  it('reads GB18030 files as saved by Chinese Excel ("CSV (逗号分隔)")', async () => {
    const text = '事项编码,事项名称,权力类别,生效日期\r\nXK-9,食品经营许可,行政许可,2021/3/1\r\n';
    const gbk = Buffer.from(new TextEncoderGb().encode(text));
    const parsed = await parseLedgerFile(powerLedger, gbk, 'csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({
      code: 'XK-9',
      name: '食品经营许可',
      category: 'licensing',
      effectiveOn: '2021-03-01',
    });
  });

  it('skips blank lines and lists every bad row with its record number', async () => {
    const csv = ['事项编码,事项名称,权力类别,子项数', 'A-1,甲,行政许可,1', '', ',,,', 'A-2,,行政审核,x'].join(
      '\n',
    );
    const parsed = await parseLedgerFile(powerLedger, Buffer.from(csv), 'csv');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.errors).toEqual([
      { row: 5, column: '事项名称', message: '必填项为空' },
      {
        row: 5,
        column: '权力类别',
        message: '取值“行政审核”不在允许范围：行政许可、行政处罚、行政强制、行政征收',
      },
      { row: 5, column: '子项数', message: '不是整数：x' },
    ]);
  });
});

/** A tiny GBK encoder for the test: Node has no GBK encoder, so reverse the GB18030 decoder for the few characters used. */
class TextEncoderGb {
  encode(text: string): Uint8Array {
    const decoder = new TextDecoder('gb18030');
    const table = new Map<string, number[]>();
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
      }
    }
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else bytes.push(...(table.get(ch) ?? [0x3f]));
    }
    return new Uint8Array(bytes);
  }
}

describe('import budgets', () => {
  const header = '事项编码,事项名称,权力类别\n';

  it('lists the first 500 problems one by one and counts the rest in one line', async () => {
    const junk = Array.from({ length: 620 }, (_, i) => `J-${i},名称,不存在的类别`).join('\n');
    const parsed = await parseLedgerFile(powerLedger, Buffer.from(header + junk), 'csv');
    expect(parsed.errors).toHaveLength(501);
    expect(parsed.errors[500]?.message).toBe('…及其他 120 处问题未逐一列出');
  });

  it('refuses a file with more data rows than one import takes', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `R-${i},名称,行政许可`).join('\n');
    const parsed = await parseLedgerFile(powerLedger, Buffer.from(header + rows), 'csv', { maxRows: 10 });
    expect(parsed.rows).toHaveLength(10);
    expect(parsed.errors).toEqual([{ row: 1, column: '', message: '文件超过 10 行数据，请拆分后分批导入' }]);
  });
});
