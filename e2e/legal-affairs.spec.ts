import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, choose, login, runId, shot, test } from './support.js';

// The demo's 法律顾问团 member (data/demo/org-yuhong.yaml: adviser_chen, 陈志远); the password is public by design.
const ADVISER = { username: 'adviser_chen', password: 'Demo#Adviser2020' };
const run = runId();
const SUBJECT = `快检车辆采购合同合法性审查（E2E-${run}）`;
const OPINION_NUMBER = `于法顾意〔E2E〕${run}号`;

/** antd spaces out two-character button labels (办 结), so a label matches with optional spaces. */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** Clicks one of the matter's next steps, fills its dialog, and waits for the step to be recorded. */
async function step(
  page: Page,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: label(action) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label(action) }).click();
  await expect(dialog).toBeHidden();
  // The success message (the state tag may say the same words, e.g. 已办结).
  await expect(page.getByRole('alert').getByText(`已${action}`)).toBeVisible();
}

/** The year's 出具法律意见书 figure as the metrics API computes it. */
async function opinionsThisYear(page: Page): Promise<number> {
  const year = new Date().getFullYear();
  const response = await page.request.get('/api/v1/metrics/legal_affairs.legal_opinions', {
    params: { year },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { value: number }).value;
}

test('an adviser’s legal opinion on a contract: the unit asks, the 司法局 assigns, the adviser issues the opinion and concludes', async ({
  page,
  browser,
}) => {
  let url = '';

  await test.step('the market regulator asks for a review of its procurement contract', async () => {
    await login(page, ACCOUNTS.officer);
    await page.goto('/legal-affairs/matters');
    await expect(page.getByRole('heading', { name: '法律事务台账' })).toBeVisible();
    await page.getByRole('button', { name: /申请法律服务/ }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, '事项类型', '合同合法性审查');
    await choose(page, '事项类别', '采购合同');
    await dialog.getByLabel('事项名称').fill(SUBJECT);
    // A contract review without its counterparty is refused on the field.
    await dialog.getByRole('button', { name: /提交申请/ }).click();
    await expect(dialog.getByText('必填').first()).toBeVisible();
    await dialog.getByLabel('对方当事人或合同相对方').fill('辽宁某汽车销售有限公司');
    await dialog.getByLabel('涉案金额或合同金额').fill('1280000');
    await dialog.getByRole('button', { name: /提交申请/ }).click();
    await expect(
      page.getByRole('heading', { name: new RegExp(SUBJECT.replace(/[（）]/g, '.')) }),
    ).toBeVisible();
    await expect(page.getByText('待分派')).toBeVisible();
    await expect(page.getByText('法律事务分派期限')).toBeVisible();
    url = page.url();
  });

  await test.step('the 司法局 assigns the review to 陈志远', async () => {
    const context = await browser.newContext();
    const coordinator = await context.newPage();
    await login(coordinator, ACCOUNTS.coordinator);
    await coordinator.goto(url);
    await step(coordinator, '分派法律顾问', async (dialog) => {
      await choose(coordinator, '法律顾问（第一人为承办人）', '陈志远');
      // A multiple select keeps its list open: clicking the title closes it.
      await dialog.locator('.ant-modal-title').click();
    });
    await expect(coordinator.getByText('合同审查期限')).toBeVisible();
    await context.close();
  });

  await test.step('the adviser issues the opinion, downloads it as a document, and concludes', async () => {
    const context = await browser.newContext();
    const adviser = await context.newPage();
    await login(adviser, ADVISER);
    const before = await opinionsThisYear(adviser);
    await adviser.goto(url);
    await step(adviser, '开始办理');
    // Concluding before the opinion is issued is blocked, and the page says why.
    await expect(adviser.getByText('该类事项须先出具法律意见书，才能办结')).toBeVisible();
    await step(adviser, '出具法律意见书', async (dialog) => {
      await dialog.getByLabel('意见书编号').fill(OPINION_NUMBER);
      await dialog
        .getByLabel('意见内容')
        .fill('一、合同主体适格。\n二、建议明确验收标准和违约责任。\n三、修改后可以签订。');
    });
    await expect(adviser.getByRole('heading', { name: new RegExp(OPINION_NUMBER) })).toBeVisible();
    const download = adviser.waitForEvent('download');
    await adviser.getByRole('button', { name: /下载意见书/ }).click();
    expect((await download).suggestedFilename()).toContain('.docx');
    await step(adviser, '办结', async (dialog) => {
      await dialog.getByLabel('办理结果').click();
      await adviser.keyboard.type('修改后通过');
      await adviser.keyboard.press('Enter');
      await expect(dialog.getByTitle('修改后通过')).toBeVisible();
    });
    await expect(adviser.locator('.ant-tag', { hasText: '已办结' })).toBeVisible();
    await shot(adviser, 'legal-affairs-matter-concluded');
    expect(await opinionsThisYear(adviser)).toBe(before + 1);
    await context.close();
  });

  await test.step('the unit sees its matter concluded in the ledger', async () => {
    await page.goto('/legal-affairs/matters');
    await page.getByPlaceholder('编号、名称、项目或当事人').fill(`E2E-${run}`);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await expect(page.getByRole('row').filter({ hasText: SUBJECT })).toContainText('已办结');
  });
});
