import { expect, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS, login, runId, settle, shot, test } from './support.js';

const run = runId();
const TITLE = `于洪区公共文化设施开放管理办法（E2E-${run}）`;
const COMMENT = `建议将图书馆周末开放时间延长至晚上八点（E2E-${run}）。`;
const NEW_CLAUSE = '公共图书馆周末开放至20时，节假日照常开放。';

/** antd spaces out two-character button labels, so a label matches with optional spaces. */
const label = (text: string) =>
  new RegExp(`^${[...text].map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*')}$`);

async function as(page: Page, account: { username: string; password: string }) {
  await page.context().clearCookies();
  await login(page, account);
}

/** The API as the signed-in user (the setup and the adviser's legal-affairs steps). */
async function api(page: Page) {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  return {
    get: async <T>(url: string) => (await (await page.request.get(url)).json()) as T,
    post: async <T>(url: string, data: object) => {
      const res = await page.request.post(url, { headers, data });
      expect(res.ok(), await res.text()).toBe(true);
      return (await res.json()) as T;
    },
  };
}

/** Clicks one of the decision's next steps, fills its dialog and waits for the 已… message. */
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

test('a citizen comments on a clause, staff dispose of it, the legality review gates the meeting, the decision is published with its feedback', async ({
  page,
}) => {
  let id = '';
  let code = '';

  await test.step('the office launches a decision, drafts it and opens it for comment until today (the shorter period explained)', async () => {
    await as(page, ACCOUNTS.coordinator);
    const http = await api(page);
    const units = await http.get<{ units: { id: string; name: string }[] }>(
      '/api/v1/org/units?type=department',
    );
    const unitId = units.units.find((u) => u.name === '区文化旅游和广播电视局')!.id;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const d = await http.post<{ id: string }>('/api/v1/decisions/items', {
      title: TITLE,
      category: 'policy',
      unitId,
      source: 'leader',
      launchedOn: today,
    });
    id = d.id;
    await http.post(`/api/v1/decisions/items/${id}/transitions/draft`, {
      on: today,
      explanation: '为规范公共文化设施开放管理，制定本办法。',
      laws: [{ title: '中华人民共和国公共文化服务保障法', article: '第三十一条' }],
      clauses: [
        { number: '第一条', text: '为规范本区公共文化设施开放管理，制定本办法。' },
        { number: '第二条', text: '公共图书馆周末开放至17时。' },
      ],
    });
    await http.post(`/api/v1/decisions/items/${id}/transitions/open_comment`, {
      on: today,
      closesOn: today,
      shorterReason: '（演示）开放时间调整须在寒假前实施，征求意见期限缩短并在公告中说明。',
    });
  });

  await test.step('a citizen sees the draft on the portal with its countdown and comments on 第二条', async () => {
    await page.context().clearCookies();
    await page.goto('/portal/decisions');
    const entry = page.getByRole('listitem').filter({ hasText: TITLE });
    await expect(entry.getByTestId('countdown')).toHaveText('今天截止');
    await entry.getByRole('link', { name: TITLE }).click();
    await expect(page.getByText('公共图书馆周末开放至17时。')).toBeVisible();
    await page.getByRole('combobox', { name: '针对条款' }).click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^第二条$/ })
      .click();
    await page.getByLabel('姓名或名称').fill('张卫东');
    await page.getByLabel('意见内容').fill(COMMENT);
    await page.getByRole('button', { name: /提\s*交意见/ }).click();
    const receipt = page.getByTestId('comment-code');
    await expect(receipt).toContainText('查询码');
    code = /([A-Z0-9]{10})/.exec((await receipt.textContent()) ?? '')![1]!;
    await settle(page);
    await shot(page, 'decisions-portal-comment');
  });

  await test.step('the office closes the period and disposes of the comment: adopted, with the clause it changed', async () => {
    await as(page, ACCOUNTS.coordinator);
    await page.goto(`/decisions/${id}`);
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
    await step(page, '结束征求意见');
    const comment = page.getByTestId('decision-comment').filter({ hasText: COMMENT });
    await comment.getByRole('button', { name: '登记采纳情况' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('理由').fill('意见合理，延长周末开放时间。');
    await dialog.locator('textarea').last().fill(NEW_CLAUSE);
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(dialog).toBeHidden();
    await expect(comment.getByText('采纳', { exact: true })).toBeVisible();
    await expect(page.getByText(NEW_CLAUSE)).toBeVisible();
    await step(page, '送请合法性审查', async (d) => {
      await d.getByLabel('履行决策程序情况说明').fill('已公开征求意见并逐条处理。');
    });
  });

  await test.step('the meeting is blocked until the legality review is found lawful', async () => {
    await expect(page.getByRole('button', { name: label('集体讨论决定') })).toBeDisabled();
    await expect(page.getByText('未经合法性审查或者经审查不合法的，不得提交集体讨论')).toBeVisible();
    await settle(page);
    await shot(page, 'decisions-gate-blocked');
  });

  await test.step('the review office sends it to an adviser; the adviser concludes the legal-affairs matter with an opinion', async () => {
    await as(page, ACCOUNTS.reviewer);
    await page.goto(`/decisions/${id}`);
    await page.getByRole('button', { name: label('交法律顾问审查') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.locator('.ant-select-item-option').first().click();
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('review-card')).toContainText('法律事务');
    const detail = await (await api(page)).get<{
      review: { matterId: string };
    }>(`/api/v1/decisions/items/${id}`);
    const matterId = detail.review.matterId;
    // The adviser's part is legal-affairs' own screen (its journey covers it): here through its API.
    await as(page, ACCOUNTS.coordinator);
    const http = await api(page);
    const matter = await http.get<{ advisers: { id: string }[] }>(
      `/api/v1/legal-affairs/matters/${matterId}`,
    );
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const base = `/api/v1/legal-affairs/matters/${matterId}/transitions`;
    await http.post(`${base}/start`, {});
    await http.post(`${base}/issue_opinion`, {
      opinionNumber: `于司法审〔E2E〕${run}号`,
      issuedOn: today,
      signerAdviserId: matter.advisers[0]!.id,
      title: `关于《${TITLE}》的合法性审查意见`,
      body: '经审查，该决策事项属于区政府法定权限，程序合法，内容合法。',
    });
    await http.post(`${base}/conclude`, { concludedOn: today, outcome: 'opinion_given' });
  });

  await test.step('the review office records the lawful conclusion; the meeting decides; reported; published', async () => {
    await as(page, ACCOUNTS.reviewer);
    await page.goto(`/decisions/${id}`);
    await step(page, '登记合法性审查结论', async (d) => {
      await d.getByLabel('法律意见书编号').fill(`于司法审〔E2E〕${run}号`);
    });
    await as(page, ACCOUNTS.coordinator);
    await page.goto(`/decisions/${id}`);
    await expect(page.getByRole('button', { name: label('集体讨论决定') })).toBeEnabled();
    await step(page, '集体讨论决定', async (d) => {
      await d.getByLabel('会议名称').fill('区政府第30次常务会议');
      await d.getByLabel('会议纪要').fill('会议讨论了该办法，区长最后发表意见，会议同意。');
      await d.getByLabel(/不同意见/).fill('刘副区长：建议先行试点');
    });
    await step(page, '向党委请示报告', async (d) => {
      await d.getByLabel('请示报告文号').fill(`于政请〔E2E〕${run}号`);
    });
    await step(page, '公布决策', async (d) => {
      await d.getByLabel('文号').fill(`于政发〔E2E〕${run}号`);
      await d.getByLabel('公布渠道').fill('区政府网站');
    });
    await expect(page.getByText('已公布执行').first()).toBeVisible();
    await settle(page);
    await shot(page, 'decisions-published');
  });

  await test.step('the citizen sees the feedback report and what became of the comment with the code', async () => {
    await page.context().clearCookies();
    await page.goto(`/portal/decisions/${id}`);
    const report = page.getByTestId('feedback-report');
    await expect(report).toContainText(COMMENT);
    await expect(report).toContainText('张**');
    await expect(report).toContainText('修改条款：第二条');
    await expect(page.getByText(NEW_CLAUSE)).toBeVisible();
    await page.goto('/portal/decisions');
    await page.getByPlaceholder('凭查询码查看意见采纳情况').fill(code);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect(page.getByTestId('disposition')).toHaveText('采纳');
    await expect(page.getByText('意见合理，延长周末开放时间。')).toBeVisible();
  });
});
