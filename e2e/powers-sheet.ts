import type { Download } from '@playwright/test';
import ExcelJS from 'exceljs';

/** One row of the power-list sheet, by the column headers a department sees (事项编码, 事项名称, …). */
export type SheetRow = Record<string, string>;

/**
 * Fills the import template the app handed out with rows, matching columns by their header text,
 * and returns the .xlsx bytes to upload: the way a department prepares its list.
 */
export async function fillTemplate(template: Download, rows: SheetRow[]): Promise<Buffer> {
  const path = await template.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('权责清单');
  if (!sheet) throw new Error('the template has no 权责清单 sheet');
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columnOf.set(String(cell.value).trim(), col));
  rows.forEach((row, i) => {
    const line = sheet.getRow(2 + i);
    for (const [header, value] of Object.entries(row)) {
      const col = columnOf.get(header);
      if (!col) throw new Error(`the template has no column ${header}`);
      line.getCell(col).value = value;
    }
    line.commit();
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A complete item of 区市场监督管理局, ready to publish (basis, process and responsibility filled in). */
export function marketItem(code: string, name: string, category: string, status: string): SheetRow {
  return {
    事项编码: code,
    事项名称: name,
    职权类别: category,
    实施主体: '区市场监督管理局',
    实施依据: '《中华人民共和国食品安全法》第一百二十六条',
    承办机构: '食品安全监督管理科',
    行使层级: '县级',
    运行流程: '立案→调查取证→审查→告知→决定→送达→执行',
    责任事项: '1.立案责任；2.调查责任；3.审查责任；4.告知责任；5.决定责任；6.送达责任；7.执行责任',
    办理时限: '自立案之日起九十日内',
    监督电话: '024-12345',
    状态: status,
  };
}
