import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseLedgerFile } from './parse-ledger-file.js';
import { inStreamingOrder, XlsxTooLargeError } from './xlsx-archive.js';
import { powerLedger } from './test-fixtures.js';

/**
 * exceljs 4.4's streaming reader can finish before it reads `xl/sharedStrings.xml` when that entry comes
 * after the worksheet in the zip (exceljs issues #683, #3064): every text cell then reads empty and a valid
 * ledger is refused with "未找到表头行" — at random, by timing. Excel and WPS write either order.
 */
async function workbookWithSharedStrings(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('权责清单');
  sheet.addRow(['事项编码', '事项名称', '权力类别']);
  for (let i = 1; i <= rows; i++) sheet.addRow([`XK-${i}`, `事项${i}`, '行政许可']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same workbook with its entries rewritten in the given order (names matching first, then the rest). */
async function withEntryOrder(file: Buffer, last: RegExp): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const ordered = [...names.filter((n) => !last.test(n)), ...names.filter((n) => last.test(n))];
  const out = new JSZip();
  for (const name of ordered) out.file(name, await zip.file(name)!.async('nodebuffer'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true });
}

describe('xlsx entry order', () => {
  for (const [label, last] of [
    ['shared strings last', /sharedStrings/],
    ['worksheets last', /worksheets\//],
  ] as const) {
    it(`reads every text cell of a small ledger with ${label}, every time`, async () => {
      const file = await withEntryOrder(await workbookWithSharedStrings(21), last);
      for (let attempt = 0; attempt < 25; attempt++) {
        const parsed = await parseLedgerFile(powerLedger, file, 'xlsx');
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows).toHaveLength(21);
        expect(parsed.rows[20]).toMatchObject({ code: 'XK-21', name: '事项21', category: 'licensing' });
      }
    });
  }
});

describe('inStreamingOrder', () => {
  it('puts the shared strings and the workbook before the worksheets, and keeps an ordered file as is', async () => {
    const file = await withEntryOrder(await workbookWithSharedStrings(3), /sharedStrings|workbook\.xml$/);
    const names = Object.keys((await JSZip.loadAsync(await inStreamingOrder(file))).files);
    expect(names.indexOf('xl/sharedStrings.xml')).toBeLessThan(names.indexOf('xl/worksheets/sheet1.xml'));
    expect(names.indexOf('xl/workbook.xml')).toBeLessThan(names.indexOf('xl/worksheets/sheet1.xml'));
    const ordered = await inStreamingOrder(file);
    expect(await inStreamingOrder(ordered)).toBe(ordered);
  });

  it('refuses an archive that inflates beyond the budget (a zip bomb), without inflating it all', async () => {
    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(8 * 1024 * 1024));
    const file = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(file.length).toBeLessThan(64 * 1024);
    await expect(inStreamingOrder(file, 1024 * 1024)).rejects.toBeInstanceOf(XlsxTooLargeError);
  });
});
