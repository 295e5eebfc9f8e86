import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

/** antd spaces out two-character button labels (立 案, 公 示), so a label matches with optional spaces. */
export const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** The open dropdown's enabled options of an antd Select (a disabled officer's certificate has lapsed). */
export const enabledOptions = (page: Page) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-disabled)');

/** Picks the option of the open antd Select dropdown whose whole text is `text`. */
export async function pickOption(page: Page, text: string): Promise<void> {
  const dropdown = page.locator('.ant-select-dropdown:visible').last();
  // A click during the opening animation can be lost under load; wait until the list has settled.
  await expect(dropdown).not.toHaveClass(/-(enter|appear)/);
  await dropdown.locator('.ant-select-item-option', { hasText: new RegExp(`^${text}$`) }).click();
}

/** Types a day into an antd DatePicker and commits it (Enter), as a user typing the date would. */
export async function typeDate(picker: Locator, day: string): Promise<void> {
  await picker.click();
  await picker.fill(day);
  await picker.press('Enter');
  await expect(picker).toHaveValue(day);
}

/** A step's `on` (the day it legally happened): always the first field of a case step's dialog. */
export const stepDay = (dialog: Locator) => dialog.locator('.ant-picker input').first();

/** Clicks one of the case's next steps, lets `fill` fill its dialog, confirms, and waits for the toast. */
export async function step(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label(action) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已完成：${action}`)).toBeVisible();
}

/** The case's state: the first tag under the page title (案件 …). */
export const stateTag = (page: Page, caseNumber: string) =>
  page
    .getByRole('heading', { name: `案件 ${caseNumber}` })
    .locator('..')
    .locator('.ant-tag')
    .first();

export interface CaseAction {
  key: string;
  allowed: boolean;
  reason?: { kind: string; code: string; message: string };
}

/** The case's next steps as the server presents them to the signed-in user. */
export async function caseActions(request: APIRequestContext, id: string): Promise<CaseAction[]> {
  const response = await request.get(`/api/v1/enforcement/cases/${id}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { actions: CaseAction[] }).actions;
}

/** Today in Asia/Shanghai (the server's and the browser's working date), as YYYY-MM-DD. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * The day `n` weekdays (Monday–Friday) before today, so the journey's steps fall on office days
 * whatever day it runs. Holidays are not known here; the windows the journey relies on leave room for them.
 */
export function weekdaysAgo(n: number): string {
  const day = new Date(`${todayInShanghai()}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    day.setUTCDate(day.getUTCDate() - 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}
