import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, PICTURE_DIR, SCREENSHOT_DIR, settle, sideMenu, test } from './support.js';

// The leaders' overview (数据大屏, issue #12, decision 0034): the leader opens it from the menu at 1920×1080,
// every panel shows something, nothing scrolls, and a number opens the records behind it.
// `UPDATE_README_SCREENSHOTS=1` writes the Chinese pictures into docs/screenshots (checked in).

const PANELS = ['headlines', 'trends', 'departments', 'areas', 'due', 'report'] as const;

async function picture(page: Page, dir: string, file: string): Promise<void> {
  await settle(page);
  // Let the chart finish its entry animation and the hover rings fade.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(dir, file), fullPage: true });
}

async function openScreen(page: Page): Promise<void> {
  await login(page, ACCOUNTS.leader);
  await sideMenu(page)
    .getByRole('menuitem', { name: /数据大屏/ })
    .click();
  await expect(page).toHaveURL(/\/screen$/);
  await expect(page.getByRole('heading', { name: '法治建设数据大屏' })).toBeVisible();
  await expect(page.getByTestId('screen-updated')).toContainText(/更新于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
}

/** The displayed figure of a headline as a number ("1,590" → 1590). */
async function headlineValue(page: Page, metricKey: string): Promise<number> {
  const text = (await page.locator(`[data-metric="${metricKey}"] .fz-screen-number`).textContent()) ?? '';
  return Number(text.replace(/[^\d.]/g, ''));
}

test('leader: the overview screen fills 1920×1080 with no empty panel, and a figure opens its records', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openScreen(page);
  await settle(page);

  await test.step('every panel shows something and the page does not scroll', async () => {
    for (const id of PANELS) {
      const panel = page.getByTestId(`screen-${id}`);
      await expect(panel).toBeVisible();
      // A panel is empty when it shows antd's Empty or nothing under its heading (a chart is a canvas).
      await expect(panel.locator('.ant-empty'), `panel ${id}`).toHaveCount(0);
      const body = panel.locator('.fz-screen-body');
      if (id === 'headlines') expect((await panel.locator('.fz-screen-number').count()) > 0).toBe(true);
      else
        expect(
          ((await body.textContent()) ?? '').trim().length + (await body.locator('canvas').count()),
        ).toBeGreaterThan(0);
    }
    // The installed modules' headlines: powers, enforcement, disclosure.
    await expect(page.locator('[data-metric^="powers."]')).toHaveCount(2);
    await expect(page.locator('[data-metric^="enforcement."]')).toHaveCount(4);
    await expect(page.locator('[data-metric^="disclosure."]')).toHaveCount(3);
    await expect(page.getByTestId('screen-trends').locator('canvas')).toBeVisible();
    // The demo has overdue work: a red department leads the ranking.
    await expect(page.getByTestId('screen-departments').locator('[data-rating]').first()).toHaveAttribute(
      'data-rating',
      'red',
    );
    await expect(page.getByTestId('screen-areas').locator('.fz-screen-tile')).toHaveCount(13);
    // The streets' grassroots figures come from the mediation module now: none is left awaiting its module.
    await expect(
      page.getByTestId('screen-areas').locator('[data-testid="tile-figure-mediation.point_coverage_rate"]'),
    ).toHaveCount(13);
    await expect(page.getByTestId('screen-awaiting')).toHaveCount(0);
    // The demo's current year: the district report is being written, due by 31 March of the next year.
    const report = page.getByTestId('screen-report');
    await expect(report).toContainText('起草中');
    await expect(report).toContainText(/应于 \d{4}-03-31 前完成/);
    await expect(report.getByRole('link')).toHaveAttribute('href', /\/reports\/[0-9a-f-]{36}$/);
    const scroll = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      inner: [window.innerHeight, window.innerWidth],
    }));
    expect([scroll.height, scroll.width]).toEqual(scroll.inner);
  });
  await picture(page, PICTURE_DIR, 'screen-1920.png');

  await test.step('a headline figure opens as many records as it states', async () => {
    const value = await headlineValue(page, 'powers.items_published');
    expect(value).toBeGreaterThan(0);
    await page.locator('[data-metric="powers.items_published"] .fz-screen-number').click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toContainText('公示权责事项');
    await expect(drawer.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(Math.min(value, 20));
    // As many records as the figure states: the pager's last page holds the rest of them, 20 a page.
    await expect(drawer.locator('.ant-pagination-item').last()).toHaveText(String(Math.ceil(value / 20)));
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  await test.step('a red department opens its deadlines, the overdue among them', async () => {
    const red = page.getByTestId('screen-departments').locator('[data-rating="red"]').first();
    const unit = ((await red.locator('.fz-ellipsis').textContent()) ?? '').trim();
    await red.getByRole('button', { name: `${unit} 逾期` }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toContainText(`${unit} 的法定期限`);
    await expect(drawer.getByText('已逾期').first()).toBeVisible();
    await page.keyboard.press('Escape');
  });
});

test('the screen at 1280 wide and in English, and its error state', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openScreen(page);
  for (const id of PANELS) await expect(page.getByTestId(`screen-${id}`)).toBeVisible();
  await picture(page, PICTURE_DIR, 'screen-1280.png');

  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Rule-of-law overview' })).toBeVisible();
  await picture(page, SCREENSHOT_DIR, 'screen-en-1280.png');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await picture(page, SCREENSHOT_DIR, 'screen-en-1920.png');
  await page.getByText('中文', { exact: true }).click();

  // The server fails: the screen says so and offers to retry, instead of showing stale or empty panels.
  await page.route('**/api/v1/workbench/screen*', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: '{"code":"INTERNAL","message":"服务器内部错误"}',
    }),
  );
  await page.reload();
  await expect(page.locator('.ant-alert-error')).toBeVisible();
  await picture(page, SCREENSHOT_DIR, 'screen-error-1920.png');
});
