import { expect } from '@playwright/test';
import { ACCOUNTS, login, settle, shot, test } from './support.js';

const OWN_UNIT = '区市场监督管理局';

/** A published item of another department, found the way anyone can: on the public portal. */
async function otherDepartmentsItem(request: import('@playwright/test').APIRequestContext) {
  const response = await request.get('/api/v1/portal/powers/items', {
    params: { q: '义务教育', pageSize: 5 },
  });
  expect(response.ok()).toBe(true);
  const page = (await response.json()) as {
    items: { id: string; name: string; department: { name: string } }[];
  };
  const item = page.items.find((i) => i.department.name !== OWN_UNIT);
  if (!item) throw new Error('the demo has no item of another department matching 义务教育');
  return item;
}

test('a department officer sees only the items of their own department', async ({ page }) => {
  await login(page, ACCOUNTS.officer);
  await page
    .locator('.ant-layout-sider')
    .getByRole('menuitem', { name: /权责清单/ })
    .click();
  await expect(page.getByRole('heading', { name: '权责清单' })).toBeVisible();
  await shot(page, '20-officer-powers-list');
  // One long page, so that "every row" means a good share of the bureau's items.
  await page.goto('/powers?pageSize=100');
  await settle(page);

  await test.step('every row of the list belongs to 区市场监督管理局', async () => {
    const rows = page.getByRole('main').locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows).toHaveCount(100);
    const units = await rows.locator('td:nth-child(4)').allInnerTexts();
    expect(new Set(units)).toEqual(new Set([OWN_UNIT]));
    const totalText = await page
      .getByText(/^共 \d+ 项$/)
      .last()
      .textContent();
    const total = Number(totalText?.match(/\d+/)?.[0]);
    // The demo gives the bureau 190 items of the district's 1590.
    expect(total).toBeGreaterThanOrEqual(190);
    expect(total).toBeLessThan(1590);
  });

  await test.step("another department's item does not exist for this officer", async () => {
    const other = await otherDepartmentsItem(page.request);
    await page.goto(`/powers/${other.id}`);
    await expect(page.getByRole('alert')).toContainText('权责清单事项不存在或无权查看');
    await expect(page.getByText(other.name)).toHaveCount(0);
    await shot(page, '21-officer-other-department-item');
  });

  await test.step('an item of their own department opens', async () => {
    await page.goto('/powers?pageSize=100');
    const first = page
      .getByRole('main')
      .locator('.ant-table-tbody tr.ant-table-row')
      .first()
      .getByRole('link');
    const name = (await first.textContent()) ?? '';
    expect(name).not.toBe('');
    await first.click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByText(OWN_UNIT).first()).toBeVisible();
  });
});
