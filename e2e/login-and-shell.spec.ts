import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, distinctGlyphImages, renderedFonts, settle, shot, sideMenu, test } from './support.js';

/** User menu → a language (listed directly under its 语言 / Language heading). */
async function chooseLanguage(page: Page, choice: string) {
  await page.getByTestId('user-menu').click();
  const option = page.getByRole('menuitem', { name: choice, exact: true });
  await expect(option).toBeVisible();
  await option.click();
}

test('a coordinator logs in, finds the modules in the menu, reads Chinese, switches language, logs out', async ({
  page,
}) => {
  await test.step('the wrong password is refused in Chinese', async () => {
    await page.goto('/calendar');
    await expect(page).toHaveURL(/\/login\?next=%2Fcalendar$/);
    // Arriving from a deep link, the login goes back to the workbench rather than to that page.
    await page.goto('/login');
    await page.getByLabel('用户名').fill(ACCOUNTS.coordinator.username);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
    await expect(page).toHaveURL(/\/login/);
    await shot(page, '01-login-wrong-password');
  });

  await test.step('the right password opens the coordinator’s home, the supervision board', async () => {
    await page.getByLabel('密码').fill(ACCOUNTS.coordinator.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { name: '督办看板' })).toBeVisible();
    await expect(page.getByText('各单位期限督办')).toBeVisible();
    await expect(page.getByTestId('user-menu')).toContainText('王晓敏');
  });

  await test.step('the menu lists the modules of the manifest', async () => {
    const menu = sideMenu(page);
    await expect(menu.getByRole('menuitem', { name: /权责清单/ })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: /工作日历/ })).toBeVisible();
    await shot(page, '02-workbench');
  });

  await test.step('Chinese text is drawn with a CJK font, not as tofu boxes', async () => {
    await settle(page);
    const fonts = await renderedFonts(page, '.ant-layout-header .ant-typography');
    const cjk = fonts.filter((f) => /CJK|Hei|Song|Kai|YaHei|PingFang|WenQuanYi/i.test(f.familyName));
    expect(
      cjk.map((f) => f.familyName),
      `fonts used: ${JSON.stringify(fonts)}`,
    ).not.toEqual([]);
    expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual(10);
    // Missing glyphs all draw the same box: six different characters must give six different images.
    expect(await distinctGlyphImages(page, ['权', '责', '清', '单', '法', '治'])).toBe(6);
  });

  await test.step('English and back', async () => {
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { name: 'Supervision board' })).toBeVisible();
    await expect(sideMenu(page).getByRole('menuitem', { name: /Power list/ })).toBeVisible();
    // The language sub-menu may linger under the pointer; move away and let the popups close.
    await page.mouse.move(600, 650);
    await expect(page.locator('.ant-dropdown:visible, .ant-dropdown-menu-submenu-popup:visible')).toHaveCount(
      0,
    );
    await shot(page, '03-workbench-english');
    await chooseLanguage(page, '中文');
    await expect(page.getByRole('heading', { name: '督办看板' })).toBeVisible();
  });

  await test.step('log out returns to the login page and closes the session', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('button', { name: /登\s*录/ })).toBeVisible();
    await page.goto('/powers');
    await expect(page).toHaveURL(/\/login\?next=%2Fpowers/);
  });
});

test('the addresses people type open the apps', async ({ page }) => {
  for (const address of ['/', '/portal/']) {
    const response = await page.request.get(address);
    expect(response.status(), `GET ${address}`).toBe(200);
    expect(response.headers()['content-type'], `GET ${address}`).toContain('text/html');
  }
  await page.goto('/');
  await expect(page.getByRole('button', { name: /登\s*录/ })).toBeVisible();
});
