import { expect, type Page } from '@playwright/test';
import { fillTemplate, marketItem, type SheetRow } from './powers-sheet.js';
import { ACCOUNTS, login, runId, settle, shot, test } from './support.js';

const run = runId();
const code = (n: number) => `210114-D22-E2E-${run}-${n}`;
// Two items come in published, one as a draft that is then published from its page.
const ITEMS = [
  marketItem(code(1), `对销售超过保质期食品的行政处罚（E2E-${run}）`, '行政处罚', '已发布'),
  marketItem(code(2), `对食品经营场所的监督检查（E2E-${run}）`, '行政检查', '已发布'),
  marketItem(code(3), `食品经营许可（E2E-${run}）`, '行政许可', '草稿'),
];

async function downloadTemplate(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载导入模板' }).click();
  const template = await downloading;
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
  return template;
}

async function importSheet(
  page: Page,
  name: string,
  rows: SheetRow[],
  template: Awaited<ReturnType<typeof downloadTemplate>>,
) {
  const buffer = await fillTemplate(template, rows);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入权责清单' }).click();
  const chooser = await choosing;
  await chooser.setFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

/** The rows of the page's own table (an import's error table lives in a dialog outside <main>). */
function listRows(page: Page) {
  return page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row');
}

async function searchList(page: Page, keyword: string) {
  const box = page.getByLabel('事项名称或编码');
  await box.fill(keyword);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(keyword).replace(/[()]/g, '\\$&')}`));
  await settle(page);
}

test('the coordinator imports a power list, a bad file is refused whole, and the items reach the portal', async ({
  page,
  browser,
  baseURL,
}) => {
  await login(page, ACCOUNTS.coordinator);
  await page
    .locator('.ant-layout-sider')
    .getByRole('menuitem', { name: /权责清单/ })
    .click();
  await expect(page.getByRole('heading', { name: '权责清单' })).toBeVisible();
  const template = await downloadTemplate(page);

  await test.step('a sheet with three new items is imported', async () => {
    await importSheet(page, `权责清单-E2E-${run}.xlsx`, ITEMS, template);
    await expect(page.getByText('已导入 3 条')).toBeVisible();
    await searchList(page, `E2E-${run}`);
    const rows = listRows(page);
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: code(1) })).toContainText('已发布');
    await expect(rows.filter({ hasText: code(1) })).toContainText('区市场监督管理局');
    await expect(rows.filter({ hasText: code(3) })).toContainText('草稿');
    await shot(page, '10-powers-imported');
  });

  await test.step('a sheet with one bad row is refused whole, listing the row and the column', async () => {
    const good = marketItem(
      `${code(4)}`,
      `对未按规定公示信息的行政处罚（E2E-${run}-bad）`,
      '行政处罚',
      '草稿',
    );
    const bad = marketItem(`${code(5)}`, `不存在的类别（E2E-${run}-bad）`, '行政命令', '草稿');
    await importSheet(page, `权责清单-有误-${run}.xlsx`, [good, bad], template);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('导入未成功');
    const errorRows = dialog.locator('.ant-table-tbody tr.ant-table-row');
    await expect(errorRows).toHaveCount(1);
    // Row 1 is the header: the bad item is on row 3 of the sheet.
    await expect(errorRows.first().locator('td').nth(0)).toHaveText('3');
    await expect(errorRows.first().locator('td').nth(1)).toHaveText('职权类别');
    await expect(errorRows.first().locator('td').nth(2)).toContainText('行政命令');
    await shot(page, '11-powers-import-rejected');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(dialog).toBeHidden();
    // All or nothing: the good row of that file was not written either.
    await searchList(page, `E2E-${run}-bad`);
    await expect(listRows(page)).toHaveCount(0);
    await expect(page.getByRole('main').locator('.ant-empty')).toBeVisible();
  });

  await test.step('the draft is published from its page', async () => {
    await searchList(page, code(3));
    await page.getByRole('link', { name: ITEMS[2]!.事项名称! }).click();
    await expect(page.getByRole('heading', { name: ITEMS[2]!.事项名称! })).toBeVisible();
    await expect(page.getByText('尚未发布')).toBeVisible();
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('确认发布');
    await confirm.getByRole('button', { name: /^发\s*布$/ }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('已发布', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('第 1 版')).toBeVisible();
    await shot(page, '12-powers-draft-published');
  });

  await test.step('the public finds the items on the portal without logging in', async () => {
    const visitor = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const portal = await visitor.newPage();
    try {
      await portal.goto('/portal/powers');
      await expect(portal.getByRole('heading', { name: '权责清单' })).toBeVisible();
      await expect(portal.getByText(/共 \d+ 项/)).toBeVisible();
      const box = portal.getByLabel('输入事项名称或编码');
      await box.fill(`E2E-${run}`);
      await box.press('Enter');
      const rows = listRows(portal);
      await expect(rows).toHaveCount(3);
      await expect(portal.getByText('共 3 项')).toBeVisible();
      await expect(rows.filter({ hasText: code(3) })).toContainText('区市场监督管理局');
      await shot(portal, '13-portal-search');
      await portal.getByRole('link', { name: ITEMS[0]!.事项名称! }).click();
      await expect(portal.getByRole('heading', { name: ITEMS[0]!.事项名称! })).toBeVisible();
      await expect(portal.getByText('《中华人民共和国食品安全法》第一百二十六条')).toBeVisible();
      await expect(portal.getByText('区市场监督管理局')).toBeVisible();
      await expect(portal.getByText(/第 1 版/)).toBeVisible();
      await shot(portal, '14-portal-item');
    } finally {
      await visitor.close();
    }
  });
});
