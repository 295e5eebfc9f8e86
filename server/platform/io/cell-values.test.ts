import { describe, expect, it } from 'vitest';
import { Invalid, isoIfValid, parseCell } from './cell-values.js';
import type { LedgerColumn } from './ledger.js';
import { powerLedger } from './test-fixtures.js';

type Col = LedgerColumn<Record<string, unknown>>;
const col = (over: Partial<Col> & Pick<Col, 'type'>): Col => ({ key: 'x', header: '列', ...over });
const parse = (column: Col, input: Parameters<typeof parseCell>[1], csv = false) =>
  parseCell(column, input, { csv, enumLookup: undefined });
const message = (value: unknown) =>
  value instanceof Invalid ? value.message : `valid: ${JSON.stringify(value)}`;

describe('dates', () => {
  const date = col({ type: 'date' });
  it.each([
    ['2021-03-01', '2021-03-01'],
    ['2021/3/1', '2021-03-01'],
    ['2021.3.1', '2021-03-01'],
    ['2021年3月1日', '2021-03-01'],
    ['  2024-02-29 ', '2024-02-29'],
    ['2021-03-01 00:00:00', '2021-03-01'],
    ['２０２１－０３－０１', '2021-03-01'],
  ])('reads %j as %s', (input, expected) => {
    expect(parse(date, input)).toBe(expected);
  });

  it.each([
    '2021-02-29',
    '2021-02-30',
    '2021-04-31',
    '2021-13-01',
    '2021-3',
    '3/1/2021',
    '明天',
    '2021-03/01',
  ])('refuses %j naming the value', (input) => {
    expect(message(parse(date, input))).toBe(`不是有效日期：${input}`);
  });

  it('reads Excel serial numbers in the 1900 and 1904 systems', () => {
    expect(parse(date, 44256)).toBe('2021-03-01');
    expect(parse(date, 44256.75)).toBe('2021-03-01');
    expect(parse(date, 1)).toBe('1900-01-01');
    expect(parse(date, 61)).toBe('1900-03-01');
    expect(parseCell(date, 42794, { date1904: true })).toBe('2021-03-01');
    expect(message(parse(date, -5))).toBe('不是有效日期：-5');
  });

  it('reads date cells by their UTC calendar day', () => {
    expect(parse(date, new Date(Date.UTC(2020, 11, 31)))).toBe('2020-12-31');
  });

  it('knows which days exist', () => {
    expect(isoIfValid(2000, 2, 29)).toBe('2000-02-29');
    expect(isoIfValid(1900, 2, 29)).toBeNull();
    expect(isoIfValid(2100, 2, 29)).toBeNull();
  });
});

describe('numbers', () => {
  const integer = col({ type: 'integer', min: 0, max: 99 });
  const decimal = col({ type: 'decimal', min: 0 });
  it('accepts numeric cells and numeric strings', () => {
    expect(parse(integer, 12)).toBe(12);
    expect(parse(integer, ' 42 ')).toBe(42);
    expect(parse(integer, '０７')).toBe(7);
    expect(parse(decimal, '1,234.50')).toBe(1234.5);
    expect(parse(decimal, 0.25)).toBe(0.25);
    expect(parse(decimal, '.5')).toBe(0.5);
  });

  it('refuses what is not a number of the right kind, with the reason', () => {
    expect(message(parse(integer, 3.5))).toBe('不是整数：3.5');
    expect(message(parse(integer, '3.0x'))).toBe('不是整数：3.0x');
    expect(message(parse(decimal, '12元'))).toBe('不是有效数字：12元');
    expect(message(parse(decimal, '1,23'))).toBe('不是有效数字：1,23');
    expect(message(parse(integer, true))).toBe('不是整数：TRUE');
  });

  it('enforces bounds', () => {
    expect(message(parse(integer, -1))).toBe('不能小于 0：-1');
    expect(message(parse(integer, '100'))).toBe('不能大于 99：100');
    expect(message(parse(decimal, '-0.01'))).toBe('不能小于 0：-0.01');
  });
});

describe('booleans', () => {
  const flag = col({ type: 'boolean' });
  it.each([
    ['是', true],
    ['否', false],
    ['TRUE', true],
    ['false', false],
    ['1', true],
    [0, false],
    [true, true],
  ] as const)('reads %j', (input, expected) => {
    expect(parse(flag, input)).toBe(expected);
  });

  it('refuses anything else', () => {
    expect(message(parse(flag, '对'))).toBe('应填"是"或"否"：对');
  });
});

describe('enums', () => {
  const category = powerLedger.columns.find((c) => c.key === 'category') as LedgerColumn<unknown>;
  const lookup = powerLedger.enumLookup.get('category');
  it('accepts the label or the code and yields the code', () => {
    expect(parseCell(category, '行政处罚', { enumLookup: lookup })).toBe('penalty');
    expect(parseCell(category, ' penalty ', { enumLookup: lookup })).toBe('penalty');
  });

  it('refuses other values, listing the allowed labels', () => {
    expect(message(parseCell(category, '行政审核', { enumLookup: lookup }))).toBe(
      '取值“行政审核”不在允许范围：行政许可、行政处罚、行政强制、行政征收',
    );
  });
});

describe('text and emptiness', () => {
  it('trims, and treats blank as empty', () => {
    expect(parse(col({ type: 'string' }), '  食品经营许可 ')).toBe('食品经营许可');
    expect(parse(col({ type: 'string' }), '   ')).toBeNull();
    expect(parse(col({ type: 'date' }), null)).toBeNull();
  });

  it('reports a required empty cell', () => {
    expect(message(parse(col({ type: 'string', required: true }), ''))).toBe('必填项为空');
    expect(message(parse(col({ type: 'enum', required: true }), undefined))).toBe('必填项为空');
  });

  it('counts length in characters, not bytes', () => {
    const short = col({ type: 'string', maxLength: 4 });
    expect(parse(short, '行政许可')).toBe('行政许可');
    expect(message(parse(short, '行政许可证'))).toBe('超过最大长度 4 个字（实际 5 个）');
  });

  it('turns numbers and dates in text columns into text', () => {
    expect(parse(col({ type: 'string' }), 1001)).toBe('1001');
    expect(parse(col({ type: 'string' }), new Date(Date.UTC(2021, 0, 5)))).toBe('2021-01-05');
  });

  it('strips the CSV formula guard only in CSV files', () => {
    expect(parse(col({ type: 'text' }), "'=SUM(A1)", true)).toBe('=SUM(A1)');
    expect(parse(col({ type: 'text' }), "'=SUM(A1)", false)).toBe("'=SUM(A1)");
    expect(parse(col({ type: 'text' }), "'普通文字", true)).toBe("'普通文字");
  });

  it('reports formula error cells', () => {
    expect(message(parse(col({ type: 'string' }), { error: '#N/A' }))).toBe('单元格内容有误：#N/A');
  });
});

describe('integers beyond PostgreSQL integer (#11.14)', () => {
  it('are a cell error, not a 500 from the database', () => {
    const column = { key: 'pages', header: '页数', type: 'integer' } as const;
    expect(parseCell(column, 2_147_483_647, {})).toBe(2_147_483_647);
    expect(parseCell(column, '99999999999', {})).toMatchObject({
      message: expect.stringContaining('不能大于'),
    });
  });
});
