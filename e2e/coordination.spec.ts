import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { Document, Packer, Paragraph } from 'docx';
import { ACCOUNTS, login, runId, settle, shot, test } from './support.js';

const run = runId();
/** Next year's plan, issued in December: its codes (GZ<next year>-NN) are not the demo's. */
const YEAR = new Date().getFullYear() + 1;
const MARKET_TASK = '开展食品安全“守底线、查隐患、保安全”专项行动';
const EVIDENCE = `于市监罚〔${YEAR - 1}〕${run}号`;
/** The demo's stalled task of the market bureau: assigned months ago, no report since. */
const STALLED = '开展食品安全领域执法案卷评查';

/** antd spaces out two-character button labels (约 谈), so a label matches with optional spaces. */
const label = (text: string) => new RegExp(`^${[...text].map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*')}$`);

async function planDocx(): Promise<string> {
  const today = new Date();
  const lines = [
    `${YEAR}年于洪区法治政府建设工作要点`,
    '一、健全行政执法工作体系',
    `1. ${MARKET_TASK}。（牵头单位：区市场监督管理局；配合单位：区公安分局；完成时限：${YEAR}年6月30日；指标：4.4.1）`,
    `2. 全面推行行政执法裁量权基准制度。（牵头单位：区司法局；完成时限：${YEAR}年9月30日；指标：4.3.1）`,
    '二、健全行政决策制度体系',
    `3. 公布重大行政决策事项目录。（牵头单位：区政府办公室；完成时限：${YEAR}年3月31日）`,
    `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`,
  ];
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph(text)) }] });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fazhi-plan-')), `${YEAR}年工作要点.docx`);
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

/** Clicks one of the task's next steps, fills its dialog and waits for the "…：已完成" message. */
async function step(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label(action) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-message-notice').getByText(`${action}：已完成`).last()).toBeVisible();
}

async function openTask(page: Page, title: string) {
  await page.goto('/coordination/tasks?pageSize=100');
  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
}

test('the coordinator imports the 工作要点, a unit reports with evidence, a stalled task is escalated and the committee hears it', async ({
  page,
}) => {
  await test.step('the coordinator imports the plan (.docx): each numbered paragraph a task for its unit', async () => {
    await login(page, ACCOUNTS.coordinator);
    await page.goto('/coordination/tasks');
    await expect(page.getByTestId('league')).toBeVisible();
    await page.locator('input[type=file][accept=".docx"]').setInputFiles(await planDocx());
    await expect(page.locator('.ant-message-notice').getByText(/已导入/)).toBeVisible();
    await page.goto(`/coordination/tasks?year=${YEAR}`);
    const row = page.getByRole('row').filter({ hasText: MARKET_TASK });
    await expect(row).toContainText('区市场监督管理局');
    await expect(row).toContainText('行政执法工作体系');
    await expect(row).toContainText(`${YEAR}-06-30`);
  });

  await test.step('the market bureau reports progress with a linked enforcement case', async () => {
    await page.context().clearCookies();
    await login(page, ACCOUNTS.officer);
    await openTask(page, MARKET_TASK);
    await step(page, '报送进展', async (d) => {
      await d.getByLabel('情况说明').fill('已制定专项行动方案，完成首轮检查。');
      await d.getByRole('button', { name: /添加佐证材料/ }).click();
      await d.getByRole('combobox', { name: '材料类型' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^行政执法$/ }).click();
      await d.getByLabel('材料名称（文号、案号等）').fill(EVIDENCE);
    });
    await expect(page.getByTestId('reports')).toContainText('已制定专项行动方案');
    await expect(page.getByTestId('evidence')).toContainText(`行政执法 · ${EVIDENCE}`);
    await settle(page);
    await shot(page, 'coordination-task-reported');
  });

  await test.step('the coordinator escalates a stalled task: reminder, 督办通知, 约谈, report to the committee', async () => {
    await page.context().clearCookies();
    await login(page, ACCOUNTS.coordinator);
    await openTask(page, STALLED);
    await expect(page.getByText('停滞').first()).toBeVisible();
    await step(page, '督办提醒');
    await step(page, '发督办通知', async (d) => {
      await d.getByLabel('督办通知文号').fill(`于法治办督〔${YEAR - 1}〕${run}号`);
    });
    await expect(page.getByRole('button', { name: /下载督办通知/ })).toBeVisible();
    await step(page, '约谈', async (d) => {
      await d.getByLabel('被约谈人').fill('区市场监督管理局局长');
      await d.getByLabel('约谈记录').fill('指出任务停滞问题，要求制定整改措施并限期完成。');
    });
    await step(page, '提请委员会');
    await expect(page.getByTestId('task-escalation')).toHaveText('已提请委员会');
  });

  await test.step("the committee's meeting hears it: the minutes record the referred task", async () => {
    await page.goto('/coordination/committee');
    await page.getByRole('button', { name: /登记会议/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('会议编号').fill(`E2E-${run}`);
    await dialog.getByLabel('会议名称').fill(`法治建设委员会专题会议（E2E-${run}）`);
    await dialog.getByLabel('议程').fill('听取提请委员会的督办事项');
    await dialog.getByLabel('出席人员').fill('刘志强、孙建国、陈立新');
    await dialog.getByLabel('会议纪要').fill('会议听取了督办事项，责成区市场监督管理局限期完成。');
    await dialog.getByRole('checkbox', { name: new RegExp(STALLED) }).check();
    await dialog.getByRole('button', { name: label('登记会议') }).click();
    await expect(page.getByTestId('minutes')).toContainText('会议听取了督办事项');
    await expect(page.getByTestId('referred')).toContainText(STALLED);
    await settle(page);
    await shot(page, 'coordination-meeting');
  });
});
