import { expect, type Page } from '@playwright/test';
import {
  caseActions,
  enabledOptions,
  label,
  pickOption,
  stateTag as caseStateTag,
  step,
} from './enforcement-support.js';
import { ACCOUNTS, login, runId, settle, shot, test } from './support.js';

const run = runId();
const CASE_NUMBER = `于市监立〔2026〕E2E-${run}号`;
/** Issued by the server from the body's sequence at 作出决定 (decision 0019); read off the case screen. */
let decisionNumber = '';
const CAUSE = `销售超过保质期的预包装食品（E2E-${run}）`;
const PARTY = '张三丰';
const MASKED_PARTY = '张**';
const ID_NUMBER = '210114198001011238';
const PHONE = '13912345678';
const FINE = '2000';
const LEGAL_REVIEW_SENTENCE = '本案属于重大执法决定，须经法制审核';

const stateTag = (page: Page) => caseStateTag(page, CASE_NUMBER);

/** Nothing that identifies the natural person reaches the public page: no full name, ID number or phone. */
async function expectNothingPersonal(page: Page) {
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toContain(PARTY);
  expect(text).not.toContain(ID_NUMBER);
  expect(text).not.toContain(PHONE);
}

test('an officer opens a major case, 决定 waits for 法制审核, then the decision is published masked', async ({
  page,
  browser,
}) => {
  let caseId = '';
  await login(page, ACCOUNTS.officer);

  await test.step('立案: a major penalty case against a natural person, with two officers', async () => {
    await page.goto('/enforcement/cases');
    // The button's name starts with its icon's (plus).
    await page.getByRole('button', { name: /立\s*案$/ }).click();
    await expect(page).toHaveURL(/\/enforcement\/cases\/new$/);
    // The officer's own bureau is preselected and the kind defaults to 行政处罚.
    await expect(page.getByRole('main')).toContainText('区市场监督管理局');
    await expect(page.getByRole('main')).toContainText('行政处罚');
    await page.getByLabel('所行使的职权（权责清单事项）').click();
    await enabledOptions(page).first().click();
    await page.getByLabel('案件编号').fill(CASE_NUMBER);
    await page.getByLabel('案件来源').fill('投诉举报');
    await page.getByLabel('案由', { exact: true }).fill(CAUSE);
    await page.getByRole('radio', { name: '自然人' }).check();
    await page.getByLabel('当事人姓名或名称').fill(PARTY);
    await page.getByLabel('身份证号码或统一社会信用代码').fill(ID_NUMBER);
    await page.getByLabel('联系电话').fill(PHONE);
    await page.getByLabel('住所或地址').fill('沈阳市于洪区黄河北大街 1 号');
    await page.getByLabel('执法人员').click();
    // Two officers, one at a time: each click waits for the previous selection to show (a busy machine
    // re-renders the list between clicks, and a second click on the same option would deselect it).
    const selected = page.locator('.ant-select-dropdown:visible .ant-select-item-option-selected');
    for (const count of [1, 2]) {
      await enabledOptions(page).and(page.locator(':not(.ant-select-item-option-selected)')).first().click();
      await expect(selected).toHaveCount(count);
    }
    await page.keyboard.press('Escape');
    await page
      .getByLabel('违法事实')
      .fill(
        `当事人${PARTY}（身份证号码 ${ID_NUMBER}，电话 ${PHONE}）在其经营场所销售超过保质期的预包装食品。`,
      );
    await page.getByRole('switch', { name: '重大执法决定' }).click();
    await page.getByRole('checkbox', { name: '涉及重大公共利益' }).check();
    await shot(page, '60-officer-open-case');
    await page.getByRole('button', { name: label('立案') }).click();
    await expect(page.getByRole('heading', { name: `案件 ${CASE_NUMBER}` })).toBeVisible();
    caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(stateTag(page)).toHaveText('调查取证');
    await expect(page.getByRole('main')).toContainText('涉及重大公共利益');
  });

  await test.step('证据: one file, stored with its SHA-256', async () => {
    await page.getByRole('tab', { name: /证据/ }).click();
    await page.getByLabel('证据说明').fill('现场检查笔录');
    await page.locator('input[type="file"]').setInputFiles({
      name: `现场笔录-${run}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`现场检查笔录 E2E-${run}\n货架上有 12 袋超过保质期的饼干。\n`, 'utf8'),
    });
    await page.getByRole('button', { name: '上传证据' }).click();
    await expect(page.getByText('证据已上传')).toBeVisible();
    await expect(page.getByRole('link', { name: `现场笔录-${run}.txt` })).toBeVisible();
    await expect(page.getByRole('tab', { name: '证据 (1)' })).toBeVisible();
  });

  await test.step('告知 without a hearing right (a fine below 较大数额)', async () => {
    await step(page, '告知（陈述、申辩、听证权利）', async (dialog) => {
      await dialog.getByLabel('拟作出的处罚内容').fill(`拟处罚款 ${FINE} 元`);
      await dialog.getByLabel('拟作出的处罚种类').click();
      await pickOption(page, '罚款');
      await page.keyboard.press('Escape');
      await dialog.getByLabel('拟罚款金额（元）').fill(FINE);
    });
    await expect(stateTag(page)).toHaveText('已告知');
    // The windows run from service (decision 0014); the party waives 陈述、申辩 in writing.
    await step(page, '告知书送达', async (dialog) => {
      await dialog.getByLabel('送达方式').click();
      await pickOption(page, '直接送达');
    });
    await step(page, '当事人书面放弃陈述、申辩');
  });

  await test.step('作出决定 is blocked until 法制审核, and says why', async () => {
    const decide = page.getByRole('button', { name: '作出决定' });
    await expect(decide).toBeDisabled();
    // The tooltip sits on a wrapper, since a disabled button swallows the mouse.
    await decide.locator('..').hover();
    await expect(page.getByRole('tooltip')).toContainText(LEGAL_REVIEW_SENTENCE);
    const blocked = (await caseActions(page.request, caseId)).find((a) => a.key === 'decide');
    expect(blocked?.allowed).toBe(false);
    expect(blocked?.reason?.code).toBe('LEGAL_REVIEW_REQUIRED');
    expect(blocked?.reason?.message).toContain(LEGAL_REVIEW_SENTENCE);
    await shot(page, '61-officer-decide-blocked');
  });

  await test.step('提交法制审核', async () => {
    await step(page, '提交法制审核', async (dialog) => {
      await dialog.getByLabel('说明').fill('本案涉及重大公共利益，提请法制审核。');
      await dialog.getByLabel('拟罚款金额（元）').fill(FINE);
    });
    await expect(stateTag(page)).toHaveText('法制审核中');
  });

  await test.step('the legal reviewer approves it from the review queue', async () => {
    const reviewer = await browser.newPage();
    try {
      await login(reviewer, ACCOUNTS.reviewer);
      await reviewer.goto('/enforcement/reviews');
      await expect(reviewer.getByRole('heading', { name: '法制审核' })).toBeVisible();
      await settle(reviewer);
      const row = reviewer
        .getByRole('main')
        .locator('.ant-table-tbody tr.ant-table-row', { hasText: CASE_NUMBER });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('重大');
      await shot(reviewer, '62-reviewer-queue');
      await row.getByRole('link', { name: CASE_NUMBER }).click();
      await expect(reviewer.getByRole('heading', { name: `案件 ${CASE_NUMBER}` })).toBeVisible();
      await step(reviewer, '法制审核：同意', async (dialog) => {
        await dialog
          .getByLabel('审核意见')
          .fill('事实清楚，证据确凿，适用依据正确，程序合法，同意作出处罚决定。');
      });
      await expect(stateTag(reviewer)).toHaveText('待决定');
    } finally {
      await reviewer.close();
    }
  });

  await test.step('the officer decides (罚款) and publishes the decision', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: `案件 ${CASE_NUMBER}` })).toBeVisible();
    const decide = page.getByRole('button', { name: '作出决定' });
    await expect(decide).toBeEnabled();
    await step(page, '作出决定', async (dialog) => {
      await dialog.getByLabel('决定结果').click();
      await pickOption(page, '罚款');
      await dialog.getByLabel('罚款金额（元）').fill(FINE);
      await dialog
        .getByLabel('决定内容')
        .fill(`依据《中华人民共和国食品安全法》第一百二十四条，对当事人${PARTY}处罚款 ${FINE} 元。`);
    });
    await expect(stateTag(page)).toHaveText('已决定');
    await expect(page.getByRole('main')).toContainText(/于市监罚〔\d{4}〕\d+号/);
    decisionNumber = /于市监罚〔\d{4}〕\d+号/.exec((await page.getByRole('main').textContent()) ?? '')![0];
    await expect(page.getByRole('button', { name: '行政处罚决定书' })).toBeVisible();
    await expect(page.getByText('待公示')).toBeVisible();
    await page.getByRole('button', { name: label('公示') }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('自然人姓名部分隐去');
    await dialog.getByRole('button', { name: label('公示') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('已公示', { exact: true })).toBeVisible();
    await shot(page, '63-officer-decided-published');
  });

  await test.step('the public finds the decision on the portal, the party masked', async () => {
    const context = await browser.newContext();
    try {
      const visitor = await context.newPage();
      await visitor.goto('/portal/enforcement');
      await expect(visitor.getByRole('heading', { name: '行政执法决定公示' })).toBeVisible();
      const search = visitor.getByLabel('决定书文号、案由或当事人');
      await search.fill(decisionNumber);
      await search.press('Enter');
      await expect(visitor).toHaveURL(/q=/);
      await settle(visitor);
      const row = visitor.locator('.ant-table-tbody tr.ant-table-row');
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(decisionNumber);
      await expect(row).toContainText(CAUSE);
      await expect(row).toContainText(MASKED_PARTY);
      await expect(row).toContainText('区市场监督管理局');
      await expectNothingPersonal(visitor);
      await shot(visitor, '64-portal-decisions');
      await row.getByRole('link', { name: decisionNumber }).click();
      await expect(visitor.getByRole('heading', { name: new RegExp(decisionNumber) })).toBeVisible();
      const details = visitor.locator('.ant-descriptions');
      await expect(details).toContainText(MASKED_PARTY);
      await expect(details).toContainText('罚款');
      await expect(details).toContainText('自然人');
      // The decision text named the party: the portal shows the masked name there too.
      await expect(details).toContainText(`对当事人${MASKED_PARTY}处罚款`);
      await expectNothingPersonal(visitor);
      await shot(visitor, '65-portal-decision');
    } finally {
      await context.close();
    }
  });
});
