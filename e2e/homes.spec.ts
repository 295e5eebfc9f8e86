import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { pickOption, step, stateTag } from './enforcement-support.js';
import { ACCOUNTS, login, PICTURE_DIR, settle, test } from './support.js';

// The homes by role (issue #10): each role opens its own first screen, follows a due item to its record
// and acts on it. The demo's current year is generated relative to the day it loads, so the journeys take
// "the first overdue item" the home lists, never a fixed record.
// `UPDATE_README_SCREENSHOTS=1` writes the pictures into docs/screenshots (checked in); the journeys then
// run on a fresh demo, so the pictures show the demo as a new user meets it.

async function picture(page: Page, role: string): Promise<void> {
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await settle(page);
    // Let the charts finish their entry animation and the hover rings fade.
    await page.mouse.move(0, 899);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(PICTURE_DIR, `home-${role}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A due-items card (the home's, or a unit's in the drill-down), and its first item opening a case or a request. */
function dueItems(page: Page, scope: Page | Locator = page) {
  const card = scope.locator('.ant-card').filter({ has: page.getByText(/期限事项$/) });
  const recordLink = card
    .locator('tbody a[href*="/enforcement/cases/"], tbody a[href*="/disclosure/requests/"]')
    .first();
  return { card, recordLink };
}

/** Narrows a due-items card to one urgency (the segmented filter above its table). */
async function show(card: Locator, urgency: '全部' | '已逾期'): Promise<void> {
  await card.locator('.ant-segmented-item').filter({ hasText: urgency }).click();
  await expect(card.locator('.ant-spin-spinning')).toHaveCount(0);
}

/** An element's text, trimmed. */
async function text(element: Locator): Promise<string> {
  return ((await element.textContent()) ?? '').trim();
}

/** The row's due date as its clock tag shows it ("2026-11-23 · 已逾期"). */
async function dueTag(row: Locator): Promise<string> {
  return text(row.locator('.ant-tag').first());
}

/** Follows a due item's link and checks the record page opened on the record the item named. */
async function followToRecord(page: Page, link: Locator): Promise<string> {
  const title = await text(link);
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // The title names the record by its number (执法案件 于市监立〔2026〕89号 办理期限, 依申请公开 …).
  const number = title.split(/\s+/).find((w) => /〔\d{4}〕|^[0-9A-Z]{8,}$/.test(w)) ?? title;
  // A request's tracking code is read in groups of four on its page (3140-SQDT-Q5RX).
  await expect(page.getByText(new RegExp([...number].join('-?'))).first()).toBeVisible();
  return number;
}

test('officer: the unit’s deadlines, counted over all of them; the first overdue case takes its next step', async ({
  page,
}) => {
  await login(page, ACCOUNTS.officer);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  const { card } = dueItems(page);
  await expect(card).toBeVisible();
  await show(card, '全部');
  await expect(card.locator('tbody a').first()).toBeVisible();
  // Every item on the officer's list belongs to the officer's own unit.
  const units = await card.locator('tbody .ant-typography-secondary').allInnerTexts();
  expect(new Set(units.filter((u) => u.endsWith('局')))).toEqual(new Set(['区市场监督管理局']));
  await picture(page, 'officer');

  await show(card, '已逾期');
  const overdueCase = card
    .locator('tbody tr', { has: page.locator('a[href*="/enforcement/cases/"]') })
    .first();
  await expect(overdueCase).toContainText('已逾期');
  const caseNumber = await followToRecord(page, overdueCase.locator('a').first());
  // The demo's overdue case is still being investigated: the next step is to notify the party (告知).
  await expect(stateTag(page, caseNumber)).toHaveText('调查取证');
  await step(page, '告知（陈述、申辩、听证权利）', async (dialog) => {
    await dialog.getByLabel('拟作出的处罚内容').fill('拟给予警告。');
    await dialog.getByLabel('拟作出的处罚种类').click();
    await pickOption(page, '警告、通报批评');
    await page.keyboard.press('Escape');
  });
  await expect(stateTag(page, caseNumber)).toHaveText('已告知');
  await page.getByRole('tab', { name: '办理步骤' }).click();
  await expect(page.getByRole('tabpanel').getByText('告知（陈述、申辩、听证权利）').first()).toBeVisible();
});

test('legal reviewer: the review queue comes first; the first waiting case is approved and leaves it', async ({
  page,
}) => {
  await login(page, ACCOUNTS.reviewer);
  await expect(page.getByRole('heading', { name: '审核工作台' })).toBeVisible();
  const queue = page.locator('.ant-card').filter({ hasText: '重大执法决定法制审核' }).first();
  const list = dueItems(page).card;
  await expect(queue).toBeVisible();
  await expect(list).toBeVisible();
  const [queueBox, listBox] = [await queue.boundingBox(), await list.boundingBox()];
  expect(queueBox!.y).toBeLessThan(listBox!.y);
  await picture(page, 'reviewer');

  // antd's badge draws its digits as scrolling columns; the whole number is its title.
  const badge = queue.locator('.ant-badge .ant-scroll-number').first();
  const waitingBefore = Number(await badge.getAttribute('title'));
  expect(waitingBefore).toBeGreaterThan(0);
  const waiting = queue.locator('a[href*="/enforcement/cases/"]').first();
  const caseNumber = (await text(waiting)).split(/\s+/)[0]!;
  await waiting.click();
  await expect(page.getByRole('heading', { name: `案件 ${caseNumber}` })).toBeVisible();
  await expect(stateTag(page, caseNumber)).toHaveText('法制审核中');
  await step(page, '法制审核：同意', async (dialog) => {
    await dialog.getByLabel('审核意见').fill('事实清楚，证据确凿，适用依据正确，程序合法，同意作出决定。');
  });
  await expect(stateTag(page, caseNumber)).toHaveText('待决定');
  await page.getByRole('tab', { name: '法制审核' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('同意作出决定');

  // Back home, the queue has one case fewer and no longer lists this one.
  await page.goto('/');
  await expect(badge).toHaveAttribute('title', String(waitingBefore - 1));
  await expect(queue.getByText(caseNumber)).toHaveCount(0);
});

test('coordinator: the board drills down to a unit, its overdue figure to the records, one to its clock', async ({
  page,
}) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page.getByRole('heading', { name: '督办看板' })).toBeVisible();
  const board = page.locator('.ant-card').filter({ hasText: '各单位期限督办' });
  const firstRow = board.locator('tbody tr').first();
  await expect(firstRow).toBeVisible();
  await picture(page, 'coordinator');
  // Red first: the first unit is the one most in need of supervision.
  const unit = await text(firstRow.locator('td').nth(1));
  const overdue = Number(await text(firstRow.locator('td').nth(2)));
  expect(overdue).toBeGreaterThan(0);
  await firstRow.click();
  await expect(page.getByRole('heading', { name: `${unit} 的期限事项` })).toBeVisible();
  const { card } = dueItems(page);
  await show(card, '已逾期');
  // The board's figure is the number of overdue clocks behind it.
  await expect(card.getByText(`共 ${overdue} 项`)).toBeVisible();
  const row = card.locator('tbody tr', { has: page.locator('a') }).first();
  const due = await dueTag(row);
  expect(due).toMatch(/^\d{4}-\d{2}-\d{2} · 已逾期$/);
  await followToRecord(page, row.locator('a').first());
  // The coordinator supervises, not handles: the record shows the clock that made the unit red.
  await expect(page.getByRole('main').getByText(due).first()).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: '返回督办看板' }).click();
  await expect(page.getByRole('heading', { name: '督办看板' })).toBeVisible();
});

test('leader: an overview with charts, not a to-do list; a unit’s overdue figure opens what is behind it', async ({
  page,
}) => {
  await login(page, ACCOUNTS.leader);
  await expect(page.getByRole('heading', { name: '法治工作概览' })).toBeVisible();
  await expect(page.getByText('期限事项', { exact: true })).toHaveCount(0);
  await expect(page.locator('canvas')).toHaveCount(2);
  await picture(page, 'leader');
  const overdue = page.locator('.ant-card').filter({ hasText: '各单位当前逾期' });
  const firstUnit = overdue.locator('tbody tr').first();
  await expect(firstUnit).toBeVisible();
  const unit = await text(firstUnit.locator('td').first());
  const figure = Number(await text(firstUnit.locator('td').nth(1)));
  await firstUnit.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText(`${unit} 的在办期限`)).toBeVisible();
  await expect(drawer.locator('tbody tr').first()).toBeVisible();
  const { card } = dueItems(page, drawer);
  await show(card, '已逾期');
  await expect(card.getByText(`共 ${figure} 项`)).toBeVisible();
  await followToRecord(page, card.locator('tbody a').first());
});

test('mediator and legal adviser: the first screen is their module’s work, not a page saying it is coming', async ({
  page,
}) => {
  await login(page, ACCOUNTS.mediator);
  await page.goto('/');
  await expect(page).toHaveURL(/\/mediation$/);
  await expect(page.getByText('登记说事事项')).toBeVisible();
  await picture(page, 'mediator');
  await page.context().clearCookies();
  await login(page, ACCOUNTS.adviser);
  await page.goto('/');
  await expect(page).toHaveURL(/\/legal-affairs\/matters/);
  await expect(page.getByRole('heading', { name: '法律事务台账' })).toBeVisible();
  await expect(page.locator('.ant-table-row').first()).toBeVisible();
  await picture(page, 'adviser');
});
