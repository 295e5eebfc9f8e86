import { expect, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS, login, runId, settle, shot, test } from './support.js';

const run = runId();
const TITLE = `关于老旧小区加装电梯的提案（E2E-${run}）`;
const FIRST = '经研究，加装电梯补贴办法正在制定，拟于明年出台。';
const SECOND = `补贴标准已明确：每部电梯补贴20万元（E2E-${run}）。`;

/** antd spaces out two-character button labels (答 复), so a label matches with optional spaces. */
const label = (text: string) =>
  new RegExp(`^${[...text].map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*')}$`);

const literal = (text: string) => text.replace(/[()（）]/g, '\\$&');

/** Picks an option of a dialog's select by its label (the list's filter bar has selects of the same name). */
async function pick(page: Page, name: string, option: string) {
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('combobox', { name: new RegExp(literal(name)) });
  const dropdowns = page.locator('.ant-select-dropdown:visible');
  // The previous select's list fades out: wait for it, or its twin option would take the click.
  await expect(dropdowns).toHaveCount(0);
  await field.click();
  // A long list (the units) is searchable: typing brings the option into view; a short one is not.
  if (await field.isEditable()) await field.fill(option);
  await dropdowns
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${literal(option)}$`) })
    .first()
    .click();
  // A multiple select stays open after a pick: close it on the dialog's title.
  if ((await field.getAttribute('aria-expanded')) === 'true')
    await dialog.locator('.ant-modal-title').click();
  await expect(dropdowns).toHaveCount(0);
  await expect(dialog.locator('.ant-form-item').filter({ hasText: name })).toContainText(option);
}

/** Clicks one of the item's next steps, fills its dialog and waits for the 已… message. */
async function step(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label(action) }).click();
  await expect(dialog).toBeHidden();
  // The newest notice: the previous step's may still be showing when the same step is taken again (再办理).
  await expect(
    page.locator('.ant-message-notice').getByText(`已${action}`, { exact: true }).last(),
  ).toBeVisible();
}

async function answer(page: Page, number: string, text: string) {
  await step(page, '答复', async (d) => {
    await d.getByLabel('答复文号').fill(number);
    await d.getByLabel('签发人').fill('李建国');
    await pick(page, '办理结果分类', 'B 正在解决或列入计划');
    await d.getByLabel('答复内容').fill(text);
  });
}

test('a CPPCC proposal: assigned to a lead and a co-handler, met, answered B, 不满意, re-handled, 满意, published', async ({
  page,
}) => {
  await login(page, ACCOUNTS.coordinator);

  await test.step('the office registers the proposal and assigns it to a lead and a co-handling unit', async () => {
    await page.goto('/proposals');
    await page.getByRole('button', { name: /登记建议提案/ }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, '类型', '政协委员提案');
    await dialog.getByLabel('届次').fill('第十一届');
    await dialog.getByLabel('会次').fill('闭会期间');
    await dialog.getByLabel('编号').fill(`E2E-${run}`);
    await dialog.getByLabel('标题').fill(TITLE);
    await dialog.getByLabel('领衔代表（提案人）').fill('王秀兰');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
    await step(page, '交办', async () => {
      await pick(page, '主办单位', '区住房和城乡建设局');
      await pick(page, '协办单位（分办单位）', '区财政局');
    });
    await expect(page.getByText('答复期限').first()).toBeVisible();
  });

  await test.step('the answer waits for the co-handler and the meeting; both are recorded', async () => {
    await expect(page.getByRole('button', { name: label('答复') })).toBeDisabled();
    await expect(page.getByText(/答复前须与代表委员见面沟通/)).toBeVisible();
    await step(page, '登记协办意见', async (d) => {
      await pick(page, '协办单位', '区财政局');
      await d.getByLabel('协办意见').fill('同意主办单位意见，补贴资金纳入明年预算。');
    });
    await step(page, '登记面商或见面', async (d) => {
      await pick(page, '方式', '当面见面');
      await d.getByLabel('参加人员').fill('区住建局副局长、王秀兰委员');
    });
    await expect(page.getByText('区住建局副局长、王秀兰委员')).toBeVisible();
  });

  await test.step('answered B, rated 不满意, re-handled, answered again and rated 满意', async () => {
    await answer(page, '于住建提复〔2026〕1号', FIRST);
    await step(page, '登记不满意（再办理）', async (d) => {
      await d.getByLabel('说明').fill('未明确补贴标准');
    });
    await expect(page.getByText('第2轮办理')).toBeVisible();
    await expect(page.getByText('再办理答复期限')).toBeVisible();
    await answer(page, '于住建提复〔2026〕2号', SECOND);
    await step(page, '登记评价（满意、基本满意）', async () => {
      await pick(page, '评价', '满意');
    });
    await expect(page.getByText('已办结')).toBeVisible();
    await expect(page.getByText(/评价：满意/)).toBeVisible();
    await settle(page);
    await shot(page, 'proposals-item-closed');
  });

  await test.step('the portal publishes the latest answer', async () => {
    await page.goto(`/portal/proposals?q=${encodeURIComponent(`E2E-${run}`)}`);
    await expect(page.getByText(TITLE)).toBeVisible();
    await expect(page.getByText(SECOND)).toBeVisible();
    await expect(page.getByText(FIRST)).toHaveCount(0);
  });
});
