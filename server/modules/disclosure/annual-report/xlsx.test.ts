/**
 * The report tables' .xlsx (decision 0033): the generic writer turns a layout's spans into merged cells — for
 * table 三, exactly the merges of the module's own official-layout export; for table 四, the 15-column header.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../../../common/contracts/reports/annual.js';
import { placeCells, reportTablesXlsx } from '../../../platform/reports/index.js';
import { table3Layout } from '../table3/layout.js';
import type { Table3Row } from '../table3/matrix.js';
import { table3Xlsx } from '../table3/xlsx.js';
import { table3Body, table3Header } from './table3.js';
import { table4Header } from './table4.js';

const rowsOf = (format: '2021' | '2019'): Table3Row[] =>
  table3Layout(format).rows.map((_, i) => ({ label: '', values: [i, 0, 0, 0, 0, 0, i] }));

function reportWith(tables: AnnualReport['tables']): AnnualReport {
  return {
    report: 'disclosure_annual',
    year: 2021,
    unit: { id: 'u', code: '210114', name: '于洪区人民政府' },
    template: { id: 'national-2021', basis: '国办公开办函〔2021〕30号' },
    format: '2021',
    title: '于洪区人民政府2021年政府信息公开工作年度报告',
    opening: '',
    sections: Object.keys(tables).map((name, i) => ({
      no: i + 3,
      title: name,
      heading: name,
      paragraphs: [],
      table: name,
    })),
    closing: [],
    tables,
    signature: { organs: [], dateOn: null },
    checks: [],
  };
}

async function sheets(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}
const merges = (sheet: ExcelJS.Worksheet | undefined) => [...(sheet?.model.merges ?? [])].sort();

describe('report tables as .xlsx', () => {
  it.each(['2021', '2019'] as const)(
    'merges table 三 (%s) as the official table 三 export does',
    async (format) => {
      const rows = rowsOf(format);
      const layout = [...table3Header(), ...table3Body(format, rows, () => '')];
      const ours = await sheets(await reportTablesXlsx(reportWith({ 三: { rows, layout } })));
      const official = await sheets(await table3Xlsx({ year: 2021, format, rows }));
      expect(merges(ours.getWorksheet('表三'))).toEqual(merges(official.getWorksheet('表三')));
      expect(merges(ours.getWorksheet('表三'))).toContain('A1:C3');
      // Values land in the same cells (D.. J), as numbers.
      const last = 3 + rows.length;
      expect(ours.getWorksheet('表三')!.getCell(last, 10).value).toBe(rows.length - 1);
    },
  );

  it('merges table 四’s header over 15 columns and keeps an imported figure’s source as the cell note', async () => {
    const values = Array.from({ length: 15 }, (_, i) => ({
      text: String(i),
      figure: { key: `k${i}`, value: i },
      note: i === 0 ? '来源：区司法局行政复议台账' : undefined,
    }));
    values[14] = { text: '—', figure: undefined as never, note: '未导入' };
    const layout = [...table4Header(), values.map(({ figure, ...c }) => (figure ? { ...c, figure } : c))];
    const book = await sheets(await reportTablesXlsx(reportWith({ 四: { rows: [], layout } })));
    const sheet = book.getWorksheet('表四')!;
    expect(merges(sheet)).toEqual(
      ['A1:E1', 'F1:O1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:J2', 'K2:O2'].sort(),
    );
    expect(sheet.getCell('F3').value).toBe('结果维持');
    expect(sheet.getCell('A4').value).toBe(0);
    expect(sheet.getCell('O4').value).toBe('—');
    expect(sheet.getCell('A4').note).toBeTruthy();
  });

  it('places a cell after the slots a row span above still covers', () => {
    const placed = placeCells([[{ text: 'a', rowSpan: 2 }, { text: 'b' }], [{ text: 'c' }]]);
    expect(placed.map((p) => [p.cell.text, p.row, p.col])).toEqual([
      ['a', 1, 1],
      ['b', 1, 2],
      ['c', 2, 2],
    ]);
  });
});
