import { expect, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS, login, runId, settle, shot, test } from './support.js';

const run = runId();
const TITLE = `于洪区共享单车停放管理办法（E2E-${run}）`;
const NUMBER = `于政办发〔2026〕E${run}号`;

/** antd spaces out two-character button labels (公 布), so a label matches with optional spaces. */
const label = (text: string) =>
  new RegExp(`^${[...text].map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*')}$`);
const literal = (text: string) => text.replace(/[()（）]/g, '\\$&');

/**
 * Picks an option of a dialog's select by its label (typing filters a long list). Under load a click can land
 * while the dropdown is still opening and be lost, so the pick is checked and tried again until it shows.
 */
async function pick(page: Page, name: string, option: string) {
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('combobox', { name: new RegExp(literal(name)) });
  const dropdowns = page.locator('.ant-select-dropdown:visible');
  const item = dialog.locator('.ant-form-item').filter({ hasText: name }).first();
  await expect(async () => {
    if ((await dropdowns.count()) > 0) await dialog.locator('.ant-modal-title').click();
    await expect(dropdowns).toHaveCount(0);
    await field.click();
    if (await field.isEditable()) await field.fill(option);
    const choice = dropdowns
      .locator('.ant-select-item-option')
      .filter({ hasText: new RegExp(`^${literal(option)}`) })
      .first();
    await expect(choice).toBeVisible({ timeout: 3000 });
    await choice.click();
    if ((await field.getAttribute('aria-expanded')) === 'true')
      await dialog.locator('.ant-modal-title').click();
    await expect(item).toContainText(option, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(dropdowns).toHaveCount(0);
}

/** Clicks one of the document's next steps, fills its dialog and waits for the 已… message. */
async function step(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label(action) }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.locator('.ant-message-notice').getByText(`已${action}`, { exact: true }).last(),
  ).toBeVisible();
}

const stateTag = (page: Page) => page.getByTestId('doc-state');

test('a normative document from draft to 备案 with its registration number, then repealed in a cleanup and gone from the portal', async ({
  page,
  browser,
}) => {
  let url = '';
  await login(page, ACCOUNTS.coordinator);

  await test.step('the office drafts a government document, records its evaluation and sends it for review', async () => {
    await page.goto('/normative-docs');
    await page.getByRole('button', { name: /起草规范性文件/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('文件名称').fill(TITLE);
    await pick(page, '承办机关', '区政府办公室');
    await dialog.getByLabel('起草单位').fill('区城市管理和综合行政执法局');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
    url = page.url();
    await step(page, '登记评估论证', async (d) => {
      await d.getByLabel('评估论证情况').fill('经评估，制定本办法确有必要。');
    });
    await step(page, '送合法性审核', async (d) => {
      await d.getByLabel('未公开征求意见的理由').fill('本办法为内部管理规范，不涉及公众切身利益。');
    });
    await expect(stateTag(page)).toHaveText('合法性审核中');
    // The review round with its 15-working-day limit, and its running clock.
    await expect(page.getByText(/^送审 \d{4}-\d{2}-\d{2}，期限 \d{4}-\d{2}-\d{2}$/)).toBeVisible();
    await expect(page.locator('.ant-tag', { hasText: /正常|即将到期|今日到期/ }).first()).toBeVisible();
  });

  await test.step('the 司法局 reviewer checks the seven points and finds it lawful', async () => {
    const reviewer = await browser.newPage();
    try {
      await login(reviewer, ACCOUNTS.reviewer);
      await reviewer.goto(url);
      await expect(reviewer.getByRole('heading', { name: TITLE })).toBeVisible();
      await step(reviewer, '出具合法性审核意见', async (d) => {
        await expect(d.getByRole('checkbox')).toHaveCount(7);
        await pick(reviewer, '审核结论', '合法');
        await d
          .getByLabel('审核意见', { exact: true })
          .fill('制定主体合法，内容不违反上位法，同意提交审议。');
        await d.getByLabel('审核意见书编号').fill(`于司审〔2026〕E${run}号`);
        await d.getByLabel('审核人').fill('李审核');
      });
      await expect(reviewer.getByTestId('doc-state')).toHaveText('已出具审核意见');
    } finally {
      await reviewer.close();
    }
  });

  await test.step('the meeting waits for the drafter’s answer; then 审议, 登记编号, 公布 with 解读, 备案', async () => {
    await page.reload();
    await expect(page.getByRole('button', { name: label('登记集体审议') })).toBeDisabled();
    await expect(page.getByText(/起草单位须先采纳审核意见或说明理由/)).toBeVisible();
    await step(page, '答复审核意见（采纳或说明理由）', async () => {
      await pick(page, '起草单位答复', '采纳审核意见');
    });
    await step(page, '登记集体审议', async (d) => {
      await d.getByLabel('审议会议').fill('区政府第五十次常务会议');
    });
    await step(page, '统一登记、编号（三统一）', async (d) => {
      await d.getByLabel('发文字号').fill(NUMBER);
      await d.getByLabel('签发人').fill('区长');
    });
    await expect(page.getByTestId('registration-number')).toHaveText(/^YHGS-2026-\d{3}$/);
    await step(page, '公布（附政策解读）', async (d) => {
      await d.getByLabel('公布载体').fill('于洪区人民政府网站');
      await d.getByLabel('政策解读').fill('一、制定背景……二、主要内容……');
    });
    await expect(stateTag(page)).toHaveText('已公布待备案');
    await expect(page.locator('.ant-tag', { hasText: /正常|即将到期|今日到期/ }).first()).toBeVisible();
    await step(page, '报送备案', async () => {
      await pick(page, '备案机关', '上一级人民政府');
      await pick(page, '备案机关', '本级人大常委会');
    });
    await expect(stateTag(page)).toHaveText('已报送备案');
    await expect(page.getByText('按时').first()).toBeVisible();
    await settle(page);
    await shot(page, 'normative-docs-filed');
  });

  await test.step('the portal lists it among the valid documents, with its 解读', async () => {
    await page.goto(`/portal/normative-docs?q=${encodeURIComponent(`E2E-${run}`)}`);
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByText('一、制定背景……二、主要内容……')).toBeVisible();
  });

  await test.step('a cleanup repeals it; it leaves the valid list and shows among the repealed', async () => {
    await page.goto('/normative-docs/cleanups');
    await page.getByRole('button', { name: /开展清理/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('文件名称').fill(`专项清理 E2E-${run}`);
    await dialog.getByLabel('清理原因').fill('上位法修改，专项清理。');
    await pick(page, '所列文件', TITLE);
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(dialog).toBeHidden();
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: TITLE });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: label('登记结论') }).click();
    const result = page.getByRole('dialog');
    await pick(page, '清理结论', '废止');
    await result.getByLabel('理由').fill('与修改后的上位法不一致。');
    await result.getByLabel('审查人').fill('李审核');
    await result.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(row).toContainText('废止');
    await page.getByRole('button', { name: label('公布清理结果') }).click();
    await expect(page.getByText('已公布').first()).toBeVisible();
    await page.goto(url);
    await expect(stateTag(page)).toHaveText('已废止');
    await page.goto(`/portal/normative-docs?q=${encodeURIComponent(`E2E-${run}`)}`);
    await expect(page.locator('.ant-empty')).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
    await page.goto('/portal/normative-docs/cleanups');
    await expect(page.getByText(`专项清理 E2E-${run}`)).toBeVisible();
  });
});
