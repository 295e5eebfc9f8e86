import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, SCREENSHOT_DIR, settle, test } from './support.js';

// The homes by role (issue #10): each role opens its own first screen and follows a due item to its record.
// The demo's current year is generated relative to the day it loads, so the journeys take "the first
// overdue or due item" the home lists, never a fixed record.
// `UPDATE_README_SCREENSHOTS=1` writes the pictures into docs/screenshots (checked in).
const pictures = process.env.UPDATE_README_SCREENSHOTS ? path.resolve('docs/screenshots') : SCREENSHOT_DIR;

async function picture(page: Page, role: string): Promise<void> {
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await settle(page);
    await page.screenshot({ path: path.join(pictures, `home-${role}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The due-items card of the home, and the first of its items that opens a case or a request. */
function dueItems(page: Page) {
  const card = page.locator('.ant-card').filter({ has: page.getByText('期限事项', { exact: true }) });
  const recordLink = card
    .locator('tbody a[href*="/enforcement/cases/"], tbody a[href*="/disclosure/requests/"]')
    .first();
  return { card, recordLink };
}

/** Follows a due item's link and checks the record page opened on the record the item named. */
async function followToRecord(page: Page, link: ReturnType<typeof dueItems>['recordLink']): Promise<void> {
  const title = (await link.innerText()).trim();
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // The title names the record by its number (执法案件 于市监立〔2020〕227号, 依申请公开 …).
  const number = title.split(/\s+/).at(-1)!;
  await expect(page.getByText(number).first()).toBeVisible();
}

test('officer: the unit’s deadlines, counted over all of them; the first opens its record', async ({
  page,
}) => {
  await login(page, ACCOUNTS.officer);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  const { card, recordLink } = dueItems(page);
  await expect(card).toBeVisible();
  await card.getByText('全部', { exact: true }).click();
  await expect(recordLink).toBeVisible();
  // Every item on the officer's list belongs to the officer's own unit.
  const units = await card.locator('tbody .ant-typography-secondary').allInnerTexts();
  expect(new Set(units.filter((u) => u.endsWith('局')))).toEqual(new Set(['区市场监督管理局']));
  await picture(page, 'officer');
  await followToRecord(page, recordLink);
});

test('legal reviewer: the review queue comes first, then the deadlines', async ({ page }) => {
  await login(page, ACCOUNTS.reviewer);
  await expect(page.getByRole('heading', { name: '审核工作台' })).toBeVisible();
  const queue = page.locator('.ant-card').filter({ hasText: '重大执法决定法制审核' }).first();
  const list = dueItems(page).card;
  await expect(queue).toBeVisible();
  await expect(list).toBeVisible();
  const [queueBox, listBox] = [await queue.boundingBox(), await list.boundingBox()];
  expect(queueBox!.y).toBeLessThan(listBox!.y);
  await picture(page, 'reviewer');
  const waiting = queue.locator('a[href*="/enforcement/cases/"]').first();
  if (await waiting.count()) {
    await waiting.click();
    await expect(page).toHaveURL(/\/enforcement\/cases\//);
  } else {
    await list.getByText('全部', { exact: true }).click();
    await followToRecord(page, dueItems(page).recordLink);
  }
});

test('coordinator: the supervision board drills down to a unit and on to a record', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page.getByRole('heading', { name: '督办看板' })).toBeVisible();
  const board = page.locator('.ant-card').filter({ hasText: '各单位期限督办' });
  const firstRow = board.locator('tbody tr').first();
  await expect(firstRow).toBeVisible();
  await picture(page, 'coordinator');
  // Red first: the first unit is the one most in need of supervision.
  const unit = (await firstRow.locator('td').nth(1).innerText()).trim();
  await firstRow.click();
  await expect(page.getByRole('heading', { name: `${unit} 的期限事项` })).toBeVisible();
  const { card, recordLink } = dueItems(page);
  await card.getByText('全部', { exact: true }).click();
  await expect(recordLink).toBeVisible();
  await followToRecord(page, recordLink);
  await page.goBack();
  await page.getByRole('button', { name: '返回督办看板' }).click();
  await expect(page.getByRole('heading', { name: '督办看板' })).toBeVisible();
});

test('leader: an overview with charts, not a to-do list; a figure drills down', async ({ page }) => {
  await login(page, ACCOUNTS.leader);
  await expect(page.getByRole('heading', { name: '法治工作概览' })).toBeVisible();
  await expect(page.getByText('期限事项', { exact: true })).toHaveCount(0);
  await expect(page.locator('canvas')).toHaveCount(2);
  await picture(page, 'leader');
  const overdue = page.locator('.ant-card').filter({ hasText: '各单位当前逾期' });
  const firstUnit = overdue.locator('tbody tr').first();
  await expect(firstUnit).toBeVisible();
  const unit = (await firstUnit.locator('td').first().innerText()).trim();
  await firstUnit.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText(`${unit} 的在办期限`)).toBeVisible();
  await expect(drawer.locator('tbody tr').first()).toBeVisible();
});
