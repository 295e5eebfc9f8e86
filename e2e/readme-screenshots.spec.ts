import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, PICTURE_DIR, settle, test } from './support.js';

// `UPDATE_README_SCREENSHOTS=1 npx playwright test readme-screenshots` (on its own, so the demo data is
// untouched by the other journeys) rewrites the committed pictures; otherwise they land in e2e/screenshots.

test.use({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });

async function picture(page: Page, file: string) {
  await settle(page);
  // Let the chart finish its entry animation and the hover/focus rings fade.
  await page.mouse.move(0, 899);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: path.join(PICTURE_DIR, file) });
}

test('README: the power list in the admin UI', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await page
    .locator('.ant-layout-sider')
    .getByRole('menuitem', { name: /权责清单/ })
    .click();
  await expect(page.getByRole('heading', { name: '权责清单' })).toBeVisible();
  await expect(page.getByText(/^共 \d+ 项$/).first()).toBeVisible();
  await expect(page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(20);
  await picture(page, 'powers-admin.png');
});

test('README: the power list on the public portal', async ({ page }) => {
  await page.goto('/portal/powers');
  await expect(page.getByRole('heading', { name: '权责清单' })).toBeVisible();
  await expect(page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(20);
  await picture(page, 'portal-powers.png');
});
