import { expect, type Page } from '@playwright/test';
import path from 'node:path';
import { choose, PICTURE_DIR, settle, test } from './support.js';

const SITE = '于洪区法治政府建设公开门户';
const INFORMATION = `本区2026年度食品安全抽检结果（E2E-${Date.now().toString(36)}）`;

/** Every response of a public page that asked for a login: there must be none (issue #10). */
function watchUnauthorised(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 401) urls.push(r.url());
  });
  return urls;
}

test('a citizen finds a record from the portal home, applies for disclosure and tracks it', async ({
  page,
}) => {
  const unauthorised = watchUnauthorised(page);
  let code = '';

  await test.step('the home page: one search box, the direct services, the latest publications', async () => {
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/portal');
      await expect(page).toHaveTitle(SITE);
      await expect(page.getByRole('searchbox', { name: '搜索' })).toBeVisible();
      await expect(page.getByTestId('service-apply')).toBeVisible();
      await expect(page.getByTestId('service-track')).toBeVisible();
      const decisions = page.locator('.ant-card').filter({ hasText: '最新执法公示' });
      const disclosures = page.locator('.ant-card').filter({ hasText: '最新主动公开' });
      await expect(decisions.locator('.ant-list-item').first()).toBeVisible();
      await expect(disclosures.locator('.ant-list-item').first()).toBeVisible();
      await settle(page);
      await page.screenshot({ path: path.join(PICTURE_DIR, `portal-home-${width}.png`), fullPage: true });
    }
    const favicon = await page.request.get('/favicon.svg');
    expect(favicon.status()).toBe(200);
  });

  await test.step('searching across the sections opens a published power item', async () => {
    await page.getByRole('searchbox', { name: '搜索' }).fill('食品');
    await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
    await expect(page).toHaveURL(/\/portal\/search\?q=/);
    await expect(page).toHaveTitle(`搜索结果 - ${SITE}`);
    const powers = page.locator('.ant-card').filter({ hasText: /^权责清单/ });
    const first = powers.locator('.ant-list-item a').first();
    const name = (await first.textContent())?.trim() ?? '';
    expect(name).toContain('食品');
    await first.click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page).toHaveTitle(`权责事项 - ${SITE}`);
  });

  await test.step('the power search answers what a citizen types, and says when it finds nothing', async () => {
    await page.goto(`/portal/powers?q=${encodeURIComponent('我要办理食品经营许可证')}`);
    await expect(page.getByText(/没有找到名称中含“我要办理食品经营许可证”的事项/)).toBeVisible();
    await expect(page.locator('.ant-table-row').first()).toBeVisible();
    await page.goto(`/portal/powers?q=${encodeURIComponent('航天')}`);
    await expect(page.getByText('没有找到与“航天”有关的事项')).toBeVisible();
  });

  await test.step('a catalogue item opens', async () => {
    await page.goto('/portal/disclosure/catalogue');
    const first = page.locator('.ant-table-row a').first();
    const title = (await first.textContent())?.trim() ?? '';
    await first.click();
    await expect(page.locator('.ant-card-head-title')).toHaveText(title);
    await expect(page).toHaveTitle(`主动公开信息 - ${SITE}`);
  });

  await test.step('applying by e-mail needs an address; then a tracking code comes back', async () => {
    await page.goto('/portal');
    await page.getByTestId('service-apply').click();
    await expect(page).toHaveTitle(`申请政府信息公开 - ${SITE}`);
    await choose(page, '受理机关', '区市场监督管理局');
    await page.getByLabel('申请人姓名').fill('刘晓梅');
    await page.getByLabel('身份证件号码').fill('210114198503124419');
    await page.getByLabel('联系电话').fill('13900001234');
    await page.getByLabel('所需政府信息的名称或内容描述').fill(INFORMATION);
    await page.getByLabel(/我确认以上信息真实/).check();
    await page.getByRole('button', { name: /提交申请/ }).click();
    await expect(page.getByText('选择以电子邮件获取信息时，请填写电子邮箱')).toBeVisible();
    await page.getByLabel('电子邮箱').fill('liu.xm@example.cn');
    await page.getByRole('button', { name: /提交申请/ }).click();
    await expect(page.getByText('申请已提交')).toBeVisible();
    code = (await page.getByTestId('tracking-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  await test.step('tracking the request from the home page', async () => {
    await page.goto('/portal');
    await page.getByTestId('service-track').click();
    await expect(page).toHaveTitle(`申请进度查询 - ${SITE}`);
    await page.getByLabel('查询码').fill(code);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect(page.getByText('区市场监督管理局')).toBeVisible();
    await expect(page.getByText(INFORMATION)).toHaveCount(0);
  });

  expect(unauthorised, 'public pages asked for a login').toEqual([]);
});
