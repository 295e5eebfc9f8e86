import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, choose, login, runId, settle, shot, test } from './support.js';

const run = runId();
const ACT = `对销售过期食品作出的罚款决定（E2E-${run}）`;
const RESPONDENT = '区市场监督管理局';

/** antd spaces out two-character button labels (受 理), so a label matches with optional spaces. */
/** A write through the page's session, with its CSRF token as the app sends it. */
async function post(p: Page, url: string, data: object) {
  const me = (await (await p.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  return p.request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
}

const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** Today in China, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

/** Clicks one of the case's next steps, fills its dialog and waits for the done message. */
async function step(
  page: Page,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await settle(page);
  await dialog.getByRole('button', { name: label(action) }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(`已完成：${action}`)).toBeVisible();
}

test('an applicant files for reconsideration online → 补正 → accepted → the respondent answers → 撤销 → corrective task closed', async ({
  page,
  browser,
}) => {
  let code = '';
  let caseNumber = '';

  await test.step('the applicant files on the portal and gets a tracking code', async () => {
    await page.goto('/portal/reconsideration');
    await expect(page.getByRole('heading', { name: '行政复议' })).toBeVisible();
    await page.getByRole('button', { name: '网上申请行政复议' }).click();
    await page.getByRole('button', { name: /提交申请/ }).click();
    await expect(page.getByText('请填写此项').first()).toBeVisible();
    await page.getByLabel('申请人', { exact: true }).fill('张建华');
    await page.getByLabel('联系电话').fill('13900001234');
    await choose(page, '被申请人', RESPONDENT);
    await page.getByLabel('被申请复议的行政行为').fill(ACT);
    const known = page.getByLabel('知道该行政行为的日期');
    await known.click();
    await known.fill(today());
    await known.press('Enter');
    await page.getByLabel('涉及金额').fill('5000');
    await page.getByLabel('行政复议请求').fill('请求撤销该罚款决定。');
    await shot(page, 'reconsideration-portal-apply');
    await page.getByRole('button', { name: /提交申请/ }).click();
    await expect(page.getByText('申请已提交')).toBeVisible();
    const text = (await page.getByTestId('submitted').textContent()) ?? '';
    code = /查询码 (\S{4}-\S{4}-\S{4})/.exec(text)?.[1] ?? '';
    caseNumber = /案号 ([^）]+)）/.exec(text)?.[1] ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  const staff = await browser.newPage();
  await login(staff, ACCOUNTS.coordinator);

  await test.step('the 复议机构 finds the case and asks for a correction once', async () => {
    await staff.goto('/reconsideration/cases');
    await expect(staff.getByRole('heading', { name: '行政复议' })).toBeVisible();
    const search = staff.getByLabel('案号、申请人或行政行为');
    await search.fill(caseNumber);
    await search.press('Enter');
    await settle(staff);
    const row = staff.getByRole('main').locator('.ant-table-tbody tr.ant-table-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('张**');
    await expect(row).toContainText('受理审查中');
    await row.getByRole('link').first().click();
    await expect(staff.getByRole('heading', { name: `行政复议案件 ${caseNumber}` })).toBeVisible();
    await expect(staff.getByTestId('clock-reconsideration.acceptance_review')).toContainText('第三十条');
    await step(staff, '通知补正', async (d) => {
      await d.getByLabel('需要补正的事项').fill('请补充罚款决定书复印件。');
    });
    await expect(staff.getByText('待补正').first()).toBeVisible();
  });

  await test.step('the applicant sees what to correct on the portal', async () => {
    await page.goto(`/portal/reconsideration/track?code=${code}`);
    await expect(page.getByTestId('track-status')).toHaveText('待补正');
    await expect(page.getByText(/请补充罚款决定书复印件/)).toBeVisible();
    await shot(page, 'reconsideration-portal-track');
  });

  await test.step('the correction arrives; the case is accepted and the copy sent', async () => {
    await step(staff, '收到补正材料');
    await step(staff, '受理');
    await expect(staff.getByText('审理中').first()).toBeVisible();
    await step(staff, '向被申请人发送申请书副本');
    await expect(staff.getByTestId('clock-reconsideration.answer')).toBeVisible();
  });

  const officer = await browser.newPage();
  await login(officer, ACCOUNTS.officer);
  const url = staff.url();

  await test.step('the respondent’s officer files its answer with evidence', async () => {
    await officer.goto(url);
    await step(officer, '登记被申请人答复及证据', async (d) => {
      await d.getByLabel('答复及证据材料').fill('书面答复一份，现场检查笔录及抽检报告。');
    });
    // The respondent never decides.
    await expect(officer.getByRole('button', { name: label('作出行政复议决定') })).toHaveCount(0);
  });

  let taskId = '';
  await test.step('the 复议机构 decides 撤销; a corrective task opens for the department', async () => {
    await staff.reload();
    await step(staff, '作出行政复议决定', async (d) => {
      await choose(staff, '决定类型', '撤销');
      await d.getByLabel('决定要旨').fill('主要事实不清、证据不足，决定撤销，责令重新作出。');
      await d.getByLabel('限期重作（日）').fill('30');
    });
    await expect(staff.getByText('已审结').first()).toBeVisible();
    await expect(staff.getByTestId('corrective-task')).toBeVisible();
    taskId = (await staff.getByTestId('corrective-task').getAttribute('href'))?.split('/').pop() ?? '';
    await shot(staff, 'reconsideration-case-decided');
  });

  await test.step('the department closes the task with its rectification', async () => {
    const submitted = await post(officer, `/api/v1/corrections/tasks/${taskId}/transitions/submit`, {
      rectification: '已撤回原罚款决定，重新调查取证后依法处理。',
      rectifiedOn: today(),
    });
    expect(submitted.ok()).toBe(true);
    const accepted = await post(staff, `/api/v1/corrections/tasks/${taskId}/transitions/accept`, {});
    expect(accepted.ok()).toBe(true);
  });

  await test.step('the decision is published on the portal, the applicant masked', async () => {
    await page.goto('/portal/reconsideration');
    const row = page.locator('.ant-table-tbody tr').filter({ hasText: ACT });
    await expect(row).toContainText('张**');
    await expect(row).toContainText('撤销');
    await expect(page.getByText('张建华')).toHaveCount(0);
    await shot(page, 'reconsideration-portal-decisions');
  });
});

/** The screens with the demo's cases, at both widths and in both languages, for a human to look at. */
test('the reconsideration screens at 1280 and 1920, in Chinese and English', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  for (const locale of ['zh-CN', 'en-US'] as const) {
    await page.evaluate((l) => localStorage.setItem('fazhi.locale', l), locale);
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const tag = `${locale === 'zh-CN' ? 'zh' : 'en'}-${width}`;
      await page.goto('/reconsideration/cases?receivedFrom=2020-01-01&receivedTo=2020-12-31');
      await expect(page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
      await shot(page, `reconsideration-list-2020-${tag}`);
      await page.goto('/reconsideration/cases?status=under_review');
      await page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row a').first().click();
      await expect(page.getByTestId('clock-reconsideration.decision').first()).toBeVisible();
      await shot(page, `reconsideration-case-${tag}`);
      await page.goto('/reconsideration/cases/new');
      await page.getByLabel(locale === 'zh-CN' ? '申请方式' : 'Channel').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').last().click();
      await expect(
        page.getByLabel(locale === 'zh-CN' ? '口头申请笔录' : 'Record of the oral application'),
      ).toBeVisible();
      await shot(page, `reconsideration-register-${tag}`);
      await page.goto('/portal/reconsideration');
      await expect(page.locator('.ant-table-tbody tr').first()).toBeVisible();
      await shot(page, `reconsideration-portal-${tag}`);
    }
  }
});
