import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, PICTURE_DIR, settle, shot, test } from './support.js';

const MEDIATOR = { username: 'ybl_mediator', password: 'Demo#Mediator2020' };

/** Picks an option of the antd Select labelled so, by typing its text. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function takeStep(page: Page, step: string, fill?: () => Promise<void>) {
  await page.getByTestId('steps').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(step, { exact: true }).click();
  await fill?.();
  await page.getByTestId('take-step').click();
  await expect(page.locator('.ant-message-success', { hasText: step }).last()).toBeVisible();
}

test('a village mediator on a phone: a 说事 matter becomes a case, agreement, judicial confirmation, revisit', async ({
  page,
}) => {
  let caseId = '';
  await login(page, MEDIATOR);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/mediation');
  await settle(page);
  // The shell's menu may stay open after a resize: fold it, as a phone user would (only if it is open).
  const sider = page.locator('aside.ant-layout-sider');
  if (!((await sider.getAttribute('class')) ?? '').includes('ant-layout-sider-collapsed'))
    await page.locator('.ant-layout-sider-trigger').click();
  await expect(sider).toHaveClass(/ant-layout-sider-collapsed/);
  await expect(page.getByTestId('coverage-summary')).toContainText('14 / 14');

  await test.step('log the matter and hand it to the committee', async () => {
    await choose(page, '村（社区）', '和平社区');
    await choose(page, '事项类型', '矛盾纠纷');
    await page.getByLabel('反映人').fill('张伟');
    await page.getByLabel('事项内容').fill('宅基地边界围栏越界争议');
    await choose(page, '处理方式', '转人民调解委员会');
    await choose(page, '纠纷类型', '房屋宅基地');
    await shot(page, 'mediation-375-log-form');
    const logged = page.waitForResponse((r) => r.url().endsWith('/api/v1/mediation/log'));
    await page.getByRole('button', { name: /登\s*记/ }).click();
    const response = await logged;
    expect(response.status(), await response.text()).toBe(200);
    caseId = ((await response.json()) as { caseId: string }).caseId;
    await expect(page.locator('.ant-message-success', { hasText: '已转人民调解委员会受理' })).toBeVisible();
  });

  await test.step('open the new case and take it to its revisit', async () => {
    await page.locator(`a[href="/mediation/cases/${caseId}"]`).click();
    await expect(page.getByTestId('case-state')).toHaveText('已受理');
    await takeStep(page, '开始调解', () => page.getByLabel('调解员').fill('刘桂芳'));
    await takeStep(page, '达成调解协议', async () => {
      await page.getByLabel('书面协议').check();
      await page
        .getByLabel('协议内容（事项、履行方式和期限）')
        .fill('以界桩为界，张伟于十日内拆除越界围栏。');
    });
    await expect(page.getByTestId('confirmation-due')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    // 第三十三条 on the kernel clock: running, due the day the page states.
    const due = (await page.getByTestId('confirmation-due').textContent()) ?? '';
    await expect(page.getByTestId('confirmation-clock')).toContainText(due);
    await test.step('download the signed agreement', async () => {
      const download = page.waitForEvent('download');
      await page.getByTestId('agreement-docx').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^人民调解协议书TJ\d{4}-\d{4}\.docx$/);
    });
    await shot(page, 'mediation-375-agreement');
    await takeStep(page, '申请司法确认');
    await takeStep(page, '回访');
    await expect(page.getByTestId('case-state')).toHaveText('已回访');
    await shot(page, 'mediation-375-case');
  });

  await test.step('revisit the case later: the steps taken are on its page', async () => {
    await page.goto(`/mediation/cases/${caseId}`);
    await expect(page.getByTestId('case-state')).toHaveText('已回访');
    for (const step of ['开始调解', '达成调解协议', '申请司法确认', '回访'])
      await expect(page.locator('.ant-timeline').getByText(step, { exact: true })).toBeVisible();
  });
});

test('the mediation screens at 1280 and 1920, in Chinese and English', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  const pictures = async (language: string) => {
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: width === 1920 ? 1080 : 900 });
      await page.goto('/mediation');
      await expect(page.getByTestId('coverage-summary')).toContainText('186');
      await settle(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(PICTURE_DIR, `mediation-${language}-${width}.png`) });
      for (const [tab, ready] of [
        [language === 'zh' ? '统计图表' : 'Charts', 'canvas'],
        [language === 'zh' ? '调解委员会' : 'Committees', '[data-testid="committees"] tr.ant-table-row'],
        [
          language === 'zh' ? '诉调对接' : 'Court-annexed',
          '[data-testid="court-transfers"] tr.ant-table-row',
        ],
        [language === 'zh' ? '法治名册' : 'Village roster', '[data-testid="roster"] tr.ant-table-row'],
      ] as const) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.locator(ready).first()).toBeVisible();
        await page.waitForTimeout(400);
        await page.screenshot({
          path: path.join(PICTURE_DIR, `mediation-${language}-${width}-${tab.replace(/\s/g, '')}.png`),
        });
      }
      await page.locator('[data-testid="roster"] tr.ant-table-row a').first().click();
      await expect(page.getByTestId('village-name')).toBeVisible();
      await page.screenshot({ path: path.join(PICTURE_DIR, `mediation-${language}-${width}-village.png`) });
    }
  };
  await pictures('zh');
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'English', exact: true }).click();
  try {
    await pictures('en');
  } finally {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '中文', exact: true }).click();
  }
});
