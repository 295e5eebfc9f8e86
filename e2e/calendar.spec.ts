import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, settle, shot, test } from './support.js';

/** Fills the due-date calculator (the same component on the admin and the portal) and submits it. */
async function computeDue(page: Page, from: string, amount: number) {
  const card = page.locator('.ant-card').filter({ hasText: '期限计算' }).last();
  const date = card.getByLabel('起算日');
  await date.click();
  await date.fill(from);
  await date.press('Enter');
  await card.getByLabel('期限').fill(String(amount));
  await expect(
    card.getByLabel('单位').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]'),
  ).toContainText('工作日');
  await card.getByRole('button', { name: /计\s*算/ }).click();
  return card;
}

test('the working calendar lists the holiday years and computes a due date over 国庆', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await page
    .locator('.ant-layout-sider')
    .getByRole('menuitem', { name: /工作日历/ })
    .click();
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible();

  await test.step('the loaded years are 2020 to 2026', async () => {
    const years = page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row td:first-child');
    await expect(years.first()).toBeVisible();
    const loaded = (await years.allInnerTexts()).map(Number);
    for (let y = 2020; y <= 2026; y++) expect(loaded).toContain(y);
    await shot(page, '30-calendar-years');
  });

  await test.step('2024-09-27 + 20 working days is 2024-10-30', async () => {
    await page.getByRole('tab', { name: '期限计算' }).click();
    const card = await computeDue(page, '2024-09-27', 20);
    await expect(card.getByText('2024-10-30', { exact: true })).toBeVisible();
    await expect(card).toContainText('国庆');
    await shot(page, '31-calendar-due');
  });
});

test('the portal computes a due date without logging in', async ({ page }) => {
  await page.goto('/portal');
  await expect(page.getByText('于洪区法治政府建设 · 公开门户')).toBeVisible();
  const card = await computeDue(page, '2024-09-27', 20);
  await expect(card.getByText('2024-10-30', { exact: true })).toBeVisible();
  await expect(card).toContainText('国庆');
  await settle(page);
  await shot(page, '32-portal-due');
});
