import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, runId, settle, shot, test } from './support.js';

const run = runId();
const thisYear = new Date().getFullYear();
/** The 述法 is for last year: a report may be submitted from 1 December of its year, so last year's always may. */
const reportYear = thisYear - 1;

/** antd spaces out two-character button labels (评 议), so a label matches with optional spaces. */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** Picks an option of a select (in the page or a dialog) by typing part of its label. */
async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(option);
  // The filtered list shows the option; Enter takes the active (first) one.
  await expect(
    page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first(),
  ).toBeVisible();
  await page.keyboard.press('Enter');
}

async function metric(page: Page, key: string): Promise<number> {
  const r = await page.request.get(`/api/v1/metrics/${key}`, { params: { year: String(thisYear) } });
  expect(r.ok()).toBeTruthy();
  return ((await r.json()) as { value: number }).value;
}

test('law study, an activity counted, a responsibility list generated from powers, a 述法 submitted and evaluated', async ({
  page,
}) => {
  await login(page, ACCOUNTS.coordinator);
  const csrf = ((await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string })
    .csrfToken;

  await test.step('a study session with attendance shows in the leader’s record', async () => {
    await page.goto('/legal-education/study');
    await page.getByRole('button', { name: '登记学法活动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('编号').fill(`E2E-XF-${run}`);
    await dialog.getByLabel('学法主题').fill(`《中华人民共和国民法典》合同编（E2E-${run}）`);
    await dialog.getByLabel('主讲人').fill('区司法局局长');
    await pick(page, 'invited', '刘国庆');
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByLabel(/刘国庆/).check();
    await dialog.getByRole('button', { name: label('保存') }).click();
    await expect(page.getByText(`已登记学法活动 E2E-XF-${run}`)).toBeVisible();
    await expect(page.getByTestId('sessions')).toContainText(`E2E-${run}`);
    await page.getByTestId('leader-records').getByRole('link', { name: '刘国庆' }).click();
    await expect(page.getByRole('heading', { name: `刘国庆的${thisYear}年学法记录` })).toBeVisible();
    await expect(page.getByTestId('leader-sessions')).toContainText(`E2E-${run}`);
    await expect(
      page
        .getByTestId('leader-sessions')
        .getByRole('row')
        .filter({ hasText: `E2E-${run}` }),
    ).toContainText('出席');
  });

  await test.step('an activity is logged and counted', async () => {
    const before = await metric(page, 'legal_education.activities');
    await page.goto('/legal-education/popularisation');
    await page.getByRole('button', { name: '登记普法活动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('编号').fill(`E2E-PF-${run}`);
    await dialog.getByLabel('活动名称').fill(`宪法进社区（E2E-${run}）`);
    await pick(page, 'activity-unit', '区司法局');
    await dialog.getByLabel('受众人次').fill('150');
    await dialog.getByRole('button', { name: label('保存') }).click();
    await expect(page.getByText('已登记普法活动')).toBeVisible();
    await expect(page.getByTestId('activities')).toContainText(`E2E-PF-${run}`);
    expect(await metric(page, 'legal_education.activities')).toBe(before + 1);
    await settle(page);
    await shot(page, 'legal-education-activities');
  });

  await test.step('a unit’s responsibility list is generated from its powers', async () => {
    await page.getByRole('tab', { name: '普法责任清单' }).click();
    await pick(page, 'duty-unit', '区退役军人事务局');
    await page.getByRole('button', { name: '由权责清单生成' }).click();
    await expect(page.getByText(/已生成 \d+ 条，保留原有 \d+ 条/)).toBeVisible();
    // The bureau's powers cite the 退役士兵安置条例 (data/demo/powers-yuhong.yaml): it is on the list.
    await expect(page.getByTestId('duties')).toContainText('《退役士兵安置条例》');
    await expect(page.getByTestId('duties')).toContainText('由权责清单生成');
  });

  await test.step('a 述法 is opened, submitted, reviewed and evaluated', async () => {
    const created = await page.request.post('/api/v1/legal-education/leaders', {
      headers: { 'x-csrf-token': csrf },
      data: {
        code: `E2E-${run}`,
        name: `测试${run}`,
        post: '区民政局局长',
        orgUnitId: await unitId(page, '区民政局'),
        principal: true,
      },
    });
    expect(created.status()).toBe(201);
    await page.goto('/legal-education/reports');
    await pick(page, 'year', String(reportYear));
    await pick(page, 'open-leader', `测试${run}`);
    await page.getByRole('button', { name: '建立述法' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('待提交');
    await page.getByRole('button', { name: '提交述法报告' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('述法报告正文').fill(`对照职责清单逐项落实（E2E-${run}）。`);
    await dialog.getByRole('button', { name: '提交述法报告' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('已提交待审核');
    await expect(page.getByText(/年 述法审核$/)).toBeVisible();
    await page.getByRole('button', { name: '审核通过' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '审核通过' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('已审核待评议');
    await page.getByRole('button', { name: label('评议') }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^较好$/ })
      .click();
    await dialog.getByRole('button', { name: label('评议') }).click();
    await expect(page.getByTestId('report-status')).toHaveText('已评议');
    await expect(page.getByTestId('report-grade')).toHaveText('较好');
    await settle(page);
    await shot(page, 'legal-education-report');
  });
});

async function unitId(page: Page, name: string): Promise<string> {
  const r = await page.request.get('/api/v1/org/units', { params: { type: 'department' } });
  const units = ((await r.json()) as { units: { id: string; name: string }[] }).units;
  return units.find((u) => u.name === name)!.id;
}
