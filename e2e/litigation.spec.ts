import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, choose, login, shot, test } from './support.js';

// Issue #14 part 3: a lawsuit with the head in court and a judgment; a corrective task the department closes
// with its rectification. Both start from the demo's current year (its cases are dated back from today).
const year = new Date().getFullYear();
const ANSWERED_CASE = `（${year}）辽0114行初92号`;
const RECTIFICATION = '已撤销原处罚决定并重新调查取证；修订现场检查笔录格式，要求当事人逐页签字确认。';

/** antd spaces out two-character button labels, so a label matches with optional spaces. */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** Clicks one of the record's next steps, fills its dialog and confirms it with the same label. */
async function step(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill();
  await dialog.getByRole('button', { name: label(action) }).click();
  await expect(dialog).toBeHidden();
}

test('a lawsuit: the head appears in court and the judgment is recorded', async ({ page }) => {
  await login(page, ACCOUNTS.officer);
  await page.goto('/litigation/lawsuits');
  await page.getByRole('link', { name: ANSWERED_CASE }).click();
  await expect(page.getByTestId('lawsuit-state')).toHaveText('已答辩');

  await test.step('the hearing is recorded with the head in court, proof of position filed', async () => {
    await step(page, '记录开庭（负责人出庭）', async () => {
      await page.getByLabel('出庭负责人').fill('周明');
      await page.getByLabel('职务', { exact: true }).fill('区市场监管局副局长');
      await choose(page, '负责人级别', '副职负责人');
    });
    await expect(page.getByTestId('lawsuit-state')).toHaveText('已开庭');
    await expect(page.getByTestId('hearings')).toContainText('负责人出庭：周明（区市场监管局副局长）');
  });

  await test.step('the first-instance judgment starts the 15-day appeal window', async () => {
    await step(page, '登记一审裁判', async () => {
      await choose(page, '裁判结果', '判决驳回诉讼请求');
    });
    await expect(page.getByTestId('lawsuit-state')).toHaveText('一审已裁判');
    await expect(page.getByTestId('clock-litigation.appeal_judgment')).toContainText('第八十五条');
    await shot(page, 'litigation-judged');
  });
});

test('a corrective task appears for the department, which closes it with its rectification', async ({
  page,
  browser,
}) => {
  let taskUrl = '';
  await test.step('the department finds the task the judgment opened and writes its rectification', async () => {
    await login(page, ACCOUNTS.officer);
    await page.goto('/corrections/tasks?state=open');
    await page.getByRole('link', { name: `ZG${year}-0001` }).click();
    await expect(page.getByTestId('task-state')).toHaveText('待整改');
    await expect(page.getByText('判决确认违法')).toBeVisible();
    taskUrl = page.url();
    await step(page, '提交整改报告', async () => {
      await page.getByLabel('整改情况').fill(RECTIFICATION);
    });
    await expect(page.getByTestId('task-state')).toHaveText('待验收');
    await expect(page.getByTestId('rectification')).toHaveText(RECTIFICATION);
  });

  await test.step('the coordinator accepts it: the task is closed', async () => {
    const context = await browser.newContext();
    const coordinator = await context.newPage();
    await login(coordinator, ACCOUNTS.coordinator);
    await coordinator.goto(taskUrl);
    await step(coordinator, '验收办结');
    await expect(coordinator.getByTestId('task-state')).toHaveText('已办结');
    await shot(coordinator, 'corrections-closed');
    await context.close();
  });
});
