import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, shot, sideMenu, test } from './support.js';

// 用户管理 (#11.5, decision 0020): the coordinator sees who is blocked from logging in, lifts it, disables and
// enables an account. Screenshots at 1280 and 1920 px, in Chinese and in English.

async function chooseLanguage(page: Page, choice: string) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: choice, exact: true }).click();
  // The language sub-menu may linger under the pointer; move away and let the popups close.
  await page.mouse.move(600, 650);
  await expect(page.locator('.ant-dropdown:visible, .ant-dropdown-menu-submenu-popup:visible')).toHaveCount(
    0,
  );
}

function rowOf(page: Page, username: string) {
  return page.getByRole('main').locator('.ant-table-row').filter({ hasText: username });
}

test('the coordinator lifts a login block and disables and enables an account', async ({ page }) => {
  // The login route allows 10 requests a minute per address: five wrong guesses, then the coordinator.
  await test.step('five wrong passwords for the adviser block that name from this address', async () => {
    for (let i = 0; i < 5; i += 1) {
      const res = await page.request.post('/api/v1/auth/login', {
        data: { username: 'adviser_chen', password: `Wrong#Guess-${i}` },
      });
      expect(res.status()).toBe(401);
    }
  });

  await login(page, ACCOUNTS.coordinator);
  await page.setViewportSize({ width: 1280, height: 800 });
  await sideMenu(page)
    .getByRole('menuitem', { name: /用户管理/ })
    .click();
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();

  await test.step('the list shows the district’s accounts and the block', async () => {
    await expect(rowOf(page, 'sfj_coord')).toContainText('依法治区办/司法局');
    await expect(rowOf(page, 'adviser_chen').locator('.ant-tag-red')).toBeVisible();
    // No one is offered to disable their own account.
    await expect(rowOf(page, 'sfj_coord').getByRole('button', { name: '停用' })).toHaveCount(0);
    await shot(page, 'users-1280-zh');
    await page.setViewportSize({ width: 1920, height: 1000 });
    await shot(page, 'users-1920-zh');
  });

  await test.step('in English, at 1920 and 1280 px', async () => {
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
    await expect(rowOf(page, 'adviser_chen').getByRole('button', { name: 'Lift login block' })).toBeVisible();
    await shot(page, 'users-1920-en');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'users-1280-en');
    await chooseLanguage(page, '中文');
    await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  });

  await test.step('lift the block', async () => {
    await rowOf(page, 'adviser_chen').getByRole('button', { name: '解除登录限制' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(page.getByText('已解除 adviser_chen 的登录限制')).toBeVisible();
    await expect(rowOf(page, 'adviser_chen').locator('.ant-tag-red')).toHaveCount(0);
  });

  await test.step('disable the mediator, then enable again', async () => {
    await rowOf(page, 'ybl_mediator').getByRole('button', { name: '停用' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(rowOf(page, 'ybl_mediator')).toContainText('已停用');
    await rowOf(page, 'ybl_mediator').getByRole('button', { name: '启用' }).click();
    await page
      .locator('.ant-popconfirm:visible')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(rowOf(page, 'ybl_mediator')).toContainText('启用');
    await expect(rowOf(page, 'ybl_mediator')).not.toContainText('已停用');
  });
});

test('a department officer has no users screen', async ({ page }) => {
  await login(page, ACCOUNTS.officer);
  await expect(sideMenu(page).getByRole('menuitem', { name: /工作日历/ })).toBeVisible();
  await expect(sideMenu(page).getByRole('menuitem', { name: /用户管理/ })).toHaveCount(0);
});
