import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, choose, login, runId, shot, test } from './support.js';

const run = runId();
const SUBJECT = `小区供暖温度不达标（E2E-${run}）`;

/**
 * Chooses an option in the open dialog's select and waits until the select shows it; a choice lost to the
 * dropdown re-rendering under the click (seen at 375 px on a busy machine) is made again.
 */
async function pick(page: Page, label: string, option: string) {
  // antd titles the chosen value with its label.
  const chosen = page.getByRole('dialog').getByTitle(option, { exact: true });
  await expect(async () => {
    await choose(page, label, option);
    await expect(chosen).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Clicks one of the petition's next steps, fills its dialog and waits for the server's answer to that step
 * (not for a toast: a second step's toast may show beside the first) and for the dialog to close.
 */
async function step(page: Page, action: string, fill?: () => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill();
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/transitions\/[a-z_]+$/.test(new URL(r.url()).pathname),
  );
  await dialog.getByRole('button', { name: action, exact: true }).click();
  const response = await answered;
  expect(response.status(), await response.text()).toBe(200);
  await expect(dialog).toBeHidden();
}

// Street staff and petitioners use phones: the whole journey runs 375 px wide.
test.use({ viewport: { width: 375, height: 800 } });

test('a petition submitted online is routed, answered, 复查 requested and decided', async ({ page }) => {
  let code = '';
  await test.step('a citizen submits a petition on the portal and gets a tracking code', async () => {
    await page.goto('/portal/petitions');
    await choose(page, '类别', '申诉求决类');
    await page.getByLabel('姓名').fill('张三丰');
    await page.getByLabel('联系电话').fill('13812345678');
    await page.getByLabel('信访事项').fill(SUBJECT);
    await page.getByLabel('请求、事实和理由').fill('请求协调供暖企业整改，并退还部分供暖费。');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    const done = page.getByTestId('petition-code');
    await expect(done).toBeVisible();
    code = /查询码：([A-Z0-9]+)/.exec((await done.textContent()) ?? '')![1]!;
    await shot(page, 'petitions-portal-375');
  });

  let id = '';
  await test.step('the petitions office (信访局) routes it to the housing bureau', async () => {
    await login(page, ACCOUNTS.petitions);
    const list = await page.request.get('/api/v1/petitions/petitions', { params: { q: SUBJECT } });
    id = ((await list.json()) as { items: { id: string }[] }).items[0]!.id;
    // The organs to route to load beside the petition: the dialog's list must hold them before it is used.
    const unitsLoaded = Promise.all(
      ['department', 'enforcement_body', 'street'].map((type) =>
        page.waitForResponse((r) => {
          const url = new URL(r.url());
          return url.pathname === '/api/v1/org/units' && url.searchParams.get('type') === type;
        }),
      ),
    );
    await page.goto(`/petitions/${id}`);
    await unitsLoaded;
    await expect(page.getByText('已登记').first()).toBeVisible();
    await step(page, '转送交办', async () => {
      await pick(page, '承办机关', '区住房和城乡建设局');
      await pick(page, '方式', '交办');
    });
    await expect(page.getByTestId('clock-petitions.notice')).toBeVisible();
    await expect(page.getByText('已转送交办').first()).toBeVisible();
  });

  await test.step('the 信访局 asks the legal advisers for support on the key case', async () => {
    await page.getByRole('button', { name: '申请法律顾问支持', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('需要研判的问题').fill('供暖费退还的法律依据');
    const answered = page.waitForResponse((r) => r.url().endsWith('/legal-support/request'));
    await dialog.getByRole('button', { name: '申请法律顾问支持' }).click();
    expect((await answered).status()).toBe(200);
    await expect(dialog).toBeHidden();
    // The legal-affairs matter, linked, with its state there (待分派 until the 司法局 assigns advisers).
    const link = page.getByTestId('link-legal_affairs');
    await expect(link).toContainText(/法务〔\d{4}〕\d{4}号/);
    await expect(link).toContainText('待分派');
    await expect(page.getByText('重点信访案件').first()).toBeVisible();
  });

  await test.step('the petition is accepted and answered with an opinion', async () => {
    // Another user on the same page: the 信访局's session goes first.
    await page.context().clearCookies();
    await login(page, ACCOUNTS.coordinator);
    await page.goto(`/petitions/${id}`);
    await expect(page.getByText('已转送交办').first()).toBeVisible();
    await step(page, '受理并告知');
    await step(page, '出具处理意见', async () => {
      await choose(page, /(^|\s)处理意见$/, '解释说明');
      await page.getByLabel('意见要点').fill('经检测室温达标，已向信访人解释说明供暖标准。');
    });
    await expect(page.getByText('已出具处理意见').first()).toBeVisible();
  });

  await test.step('the petitioner asks for a 复查 and it is decided', async () => {
    await step(page, '信访人请求复查');
    await expect(page.getByText('复查中').first()).toBeVisible();
    await expect(page.getByTestId('clock-petitions.review')).toBeVisible();
    await step(page, '出具复查意见', async () => {
      await choose(page, '结论', '维持');
    });
    await expect(page.getByText('已复查').first()).toBeVisible();
    await shot(page, 'petitions-detail-375');
  });

  await test.step('the citizen tracks it with the code, the name masked', async () => {
    await page.goto('/portal/petitions');
    await page.getByLabel('查询码').fill(code);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const result = page.getByTestId('petition-track');
    await expect(result).toContainText('已复查');
    await expect(result).toContainText('张**');
    await expect(result).not.toContainText('张三丰');
  });
});

test('the leader sees the petitions charts and a petition at desk widths, in Chinese and English', async ({
  page,
}) => {
  await login(page, ACCOUNTS.leader);
  const list = await page.request.get('/api/v1/petitions/petitions', { params: { status: 'reviewed' } });
  const id = ((await list.json()) as { items: { id: string }[] }).items[0]!.id;
  for (const [locale, ledgerTitle, appeal, onTime] of [
    ['zh-CN', '信访事项', '申诉求决类', '按期率'],
    ['en-US', 'Petitions', 'Appeals and claims', 'On time'],
  ] as const) {
    await page.evaluate((l) => localStorage.setItem('fazhi.locale', l), locale);
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/petitions');
      await expect(page.getByRole('heading', { name: ledgerTitle, exact: true })).toBeVisible();
      // The charts: by category, channel, month, and the on-time rate of each period (ECharts canvases).
      await expect(page.getByTestId('petition-stats-total')).toBeVisible();
      for (const chart of ['chart-category', 'chart-channel', 'chart-month', 'chart-on-time'])
        await expect(page.getByTestId(chart).locator('canvas')).toBeVisible();
      await expect(page.getByTestId('chart-on-time')).toContainText(onTime);
      // The dictionaries' values in the screen's language (the list's category column).
      await expect(page.locator('.ant-table-tbody').getByText(appeal).first()).toBeVisible();
      await shot(page, `petitions-list-${width}-${locale}`);
      await page.goto(`/petitions/${id}`);
      await expect(page.getByTestId(/^clock-petitions\./).first()).toBeVisible();
      await shot(page, `petitions-detail-${width}-${locale}`);
    }
  }
});

test('the 信访局 registers a group visit on a phone; more than 5 representatives is refused on its field', async ({
  page,
}) => {
  await login(page, ACCOUNTS.petitions);
  await page.goto('/petitions/new');
  await choose(page, '信访渠道', '来访');
  await choose(page, /^类别$/, '申诉求决类');
  await page.getByLabel('来访人数').fill('20');
  await page.getByLabel('代表人数').fill('6');
  await page.getByLabel('信访人', { exact: true }).fill('王某某');
  await page.getByLabel('信访事项').fill(`集体土地征收补偿标准（E2E-${run}）`);
  await page.getByLabel('请求、事实和理由').fill('请求按新标准补偿。');
  await page.getByRole('button', { name: /登\s*记/ }).click();
  await expect(page.getByText('不超过5人').first()).toBeVisible();
  await page.getByLabel('代表人数').fill('5');
  await page.getByRole('button', { name: /登\s*记/ }).click();
  await expect(page.getByText(/已登记：XF\d{4}-\d{4}/)).toBeVisible();
  // Registered at the 信访局 itself: its 15 days to route the petition run (条例 第二十二条).
  await expect(page.getByTestId('clock-petitions.routing')).toBeVisible();
  await shot(page, 'petitions-register-375');
});
