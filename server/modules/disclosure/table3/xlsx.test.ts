import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildRows, type Table3Counts } from './matrix.js';
import { table3FileName, table3Xlsx } from './xlsx.js';

const v = (...six: number[]) => [...six, six.reduce((a, b) => a + b, 0)];
const counts: Table3Counts = {
  received: v(30, 8, 0, 1, 2, 2),
  carriedIn: v(1, 0, 0, 0, 0, 0),
  outcomes: {
    granted: v(20, 5, 0, 1, 1, 1),
    partially_granted: v(6, 2, 0, 0, 1, 1),
    other: v(5, 1, 0, 0, 0, 0),
  },
  concluded: v(31, 8, 0, 1, 2, 2),
  carriedOut: v(0, 0, 0, 0, 0, 0),
};

async function open(format: '2021' | '2019'): Promise<ExcelJS.Worksheet> {
  const buffer = await table3Xlsx({
    year: 2020,
    format,
    rows: buildRows(counts, format),
    unitName: '示例区',
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const merges = (sheet: ExcelJS.Worksheet): string[] =>
  [...((sheet.model as { merges?: string[] }).merges ?? [])].sort();

describe('table 三 .xlsx in the official layout', () => {
  it('merges the header as the template: note 3×3, 申请人情况 ×7, 自然人 and 总计 down two, 法人或其他组织 ×5', async () => {
    const sheet = await open('2021');
    const m = merges(sheet);
    for (const range of ['A1:C3', 'D1:J1', 'D2:D3', 'E2:I2', 'J2:J3']) expect(m).toContain(range);
    expect(sheet.getCell('A1').value).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
    expect(sheet.getCell('D1').value).toBe('申请人情况');
    expect(sheet.getCell('E2').value).toBe('法人或其他组织');
    expect([5, 6, 7, 8, 9].map((c) => sheet.getCell(3, c).value)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(sheet.getCell('J2').value).toBe('总计');
  });

  it('merges the label columns: 三 down 22 rows, （三）8, （四）3, （五）5, （六）3; 一/二/四 across', async () => {
    const sheet = await open('2021');
    const m = merges(sheet);
    for (const range of [
      'A4:C4',
      'A5:C5',
      'A6:A27',
      'B6:C6',
      'B7:C7',
      'B8:B15',
      'B16:B18',
      'B19:B23',
      'B24:B26',
      'B27:C27',
      'A28:C28',
    ])
      expect(m).toContain(range);
    expect(m).toHaveLength(16);
    expect(sheet.rowCount).toBe(28);
    expect(sheet.getCell('A6').value).toBe('三、本年度办理结果');
    expect(sheet.getCell('C8').value).toBe('1.属于国家秘密');
    expect(sheet.getCell('A28').value).toBe('四、结转下年度继续办理');
  });

  it('writes the values, borders and 仿宋 on every cell', async () => {
    const sheet = await open('2021');
    expect([4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getCell(4, c).value)).toEqual([30, 8, 0, 1, 2, 2, 43]);
    expect(sheet.getCell(27, 10).value).toBe(44); // （七）总计, 总计 column
    for (const ref of ['A1', 'D1', 'C20', 'J28']) {
      expect(sheet.getCell(ref).font?.name).toBe('仿宋');
      expect(sheet.getCell(ref).border?.left?.style).toBe('thin');
    }
  });

  it('in the 2019 trial format keeps （六）其他处理 one row and 三 spans 20', async () => {
    const sheet = await open('2019');
    const m = merges(sheet);
    expect(m).toContain('A6:A25');
    expect(m).toContain('B24:C24');
    expect(sheet.getCell('B24').value).toBe('（六）其他处理');
    expect(sheet.getCell(24, 10).value).toBe(6);
    expect(sheet.rowCount).toBe(26);
  });

  it('names the download after the year and unit', () => {
    expect(table3FileName(2020, '某某局')).toBe('2020年度政府信息公开工作年度报告表三（某某局）.xlsx');
  });
});
