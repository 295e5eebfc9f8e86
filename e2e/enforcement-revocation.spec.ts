import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import {
  caseActions,
  enabledOptions,
  label,
  pickOption,
  stateTag as caseStateTag,
  step,
  stepDay,
  todayInShanghai,
  typeDate,
  weekdaysAgo,
} from './enforcement-support.js';
import { ACCOUNTS, login, runId, PICTURE_DIR, settle, shot, test } from './support.js';

const run = runId();
const YEAR = todayInShanghai().slice(0, 4);
const CASE_NUMBER = `于市监立〔${YEAR}〕E2E-R${run}号`;
const PARTY = `沈阳市于洪区鸿运食品经营有限公司（E2E-${run}）`;
const REVOCATION = '吊销许可证件';

// The journey's days, counted back in weekdays from today (the server runs on the real date, and no
// step may be dated in the future). The hearing request comes 2 weekdays after service (the window is
// 5 working days); the hearing is 14 weekdays after its notice (7 working days are due, 第六十四条).
const DAYS = {
  opened: weekdaysAgo(30),
  collected: weekdaysAgo(29),
  notified: weekdaysAgo(28),
  noticeServed: weekdaysAgo(27),
  hearingRequested: weekdaysAgo(25),
  hearingNotice: weekdaysAgo(24),
  tooSoon: weekdaysAgo(21),
  hearing: weekdaysAgo(10),
  submitted: weekdaysAgo(8),
  approved: weekdaysAgo(7),
  decided: weekdaysAgo(5),
  served: weekdaysAgo(4),
};

const stateTag = (page: Page) => caseStateTag(page, CASE_NUMBER);

/** The case detail as it reads after the decision, at a laptop's and a desktop monitor's width. */
async function caseDetailPictures(page: Page) {
  // The toast of the last step would cover the header.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await settle(page);
    // The whole page in one viewport: a full-page capture would leave the sticky side menu short.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    await page.mouse.move(0, height - 1);
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(PICTURE_DIR, `enforcement-revocation-${width}.png`) });
  }
}

test('a licence revocation: 告知 with the hearing right, the hearing, 法制审核, the decision served', async ({
  page,
  browser,
}) => {
  let caseId = '';
  await login(page, ACCOUNTS.officer);

  await test.step('立案 against a company holding a food business licence', async () => {
    await page.goto('/enforcement/cases/new');
    await page.getByLabel('所行使的职权（权责清单事项）').click();
    await enabledOptions(page).first().click();
    await page.getByLabel('案件编号').fill(CASE_NUMBER);
    await typeDate(page.getByLabel('立案日期'), DAYS.opened);
    await page.getByLabel('案件来源').fill('监督检查');
    await page.getByLabel('案由', { exact: true }).fill('以欺骗手段取得食品经营许可证');
    await page.getByRole('radio', { name: '法人' }).check();
    await page.getByLabel('当事人姓名或名称').fill(PARTY);
    await page.getByLabel('身份证号码或统一社会信用代码').fill('91210114MA0XXXXX19');
    await page.getByLabel('住所或地址').fill('沈阳市于洪区黄河北大街 8 号');
    await page.getByLabel('执法人员').click();
    const selected = page.locator('.ant-select-dropdown:visible .ant-select-item-option-selected');
    for (const count of [1, 2]) {
      await enabledOptions(page).and(page.locator(':not(.ant-select-item-option-selected)')).first().click();
      await expect(selected).toHaveCount(count);
    }
    await page.keyboard.press('Escape');
    await page
      .getByLabel('违法事实')
      .fill('当事人申请食品经营许可时提交虚假的场所使用证明，以欺骗手段取得许可证。');
    await page.getByRole('button', { name: label('立案') }).click();
    await expect(page.getByRole('heading', { name: `案件 ${CASE_NUMBER}` })).toBeVisible();
    caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect(stateTag(page)).toHaveText('调查取证');
  });

  await test.step('证据: the forged document', async () => {
    await page.getByRole('tab', { name: /证据/ }).click();
    await page.getByLabel('证据说明').fill('虚假的场所使用证明（复印件）');
    await typeDate(page.getByLabel('收集日期'), DAYS.collected);
    await page.locator('input[type="file"]').setInputFiles({
      name: `场所使用证明-${run}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`场所使用证明 E2E-${run}\n出具单位印章与备案印章不符。\n`, 'utf8'),
    });
    await page.getByRole('button', { name: '上传证据' }).click();
    await expect(page.getByText('证据已上传')).toBeVisible();
    await expect(page.getByRole('tab', { name: '证据 (1)' })).toBeVisible();
  });

  await test.step('告知 吊销许可证件: refused without the hearing right (第六十三条), then given with it', async () => {
    const action = '告知（陈述、申辩、听证权利）';
    await page.getByRole('button', { name: label(action) }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(stepDay(dialog), DAYS.notified);
    await dialog.getByLabel('拟作出的处罚内容').fill('拟吊销当事人的食品经营许可证');
    await dialog.getByLabel('拟作出的处罚种类').click();
    await pickOption(page, REVOCATION);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: label(action) }).click();
    // The server refuses a revocation notified without the right to a hearing, on the field itself.
    await expect(dialog).toContainText('应当告知当事人有要求听证的权利');
    await expect(dialog).toContainText(REVOCATION);
    await dialog.getByRole('switch', { name: /告知听证权利/ }).click();
    await dialog.getByRole('button', { name: label(action) }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已完成：${action}`)).toBeVisible();
    await expect(stateTag(page)).toHaveText('已告知');

    await step(page, '告知书送达', async (d) => {
      await typeDate(stepDay(d), DAYS.noticeServed);
      await d.getByLabel('送达方式').click();
      await pickOption(page, '直接送达');
    });
    await page.getByRole('tab', { name: '案件信息' }).click();
    await expect(page.getByRole('main')).toContainText(`${DAYS.noticeServed}（直接送达）`);
  });

  await test.step('the party asks for a hearing in time; the hearing is notified 7 working days ahead', async () => {
    await step(page, '当事人申请听证', async (d) => {
      await typeDate(stepDay(d), DAYS.hearingRequested);
      await d.getByLabel('说明').fill('当事人书面申请听证。');
    });
    await expect(stateTag(page)).toHaveText('听证');

    // A hearing 3 weekdays after its notice leaves the party too little time: refused, and why.
    await page.getByRole('button', { name: label('通知听证') }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(stepDay(dialog), DAYS.hearingNotice);
    await typeDate(dialog.getByLabel('听证日期'), DAYS.tooSoon);
    await dialog.getByRole('button', { name: label('通知听证') }).click();
    await expect(dialog).toContainText(`听证日期不得早于`);
    await expect(dialog).toContainText('第六十四条');
    await typeDate(dialog.getByLabel('听证日期'), DAYS.hearing);
    await dialog.getByRole('button', { name: label('通知听证') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('已完成：通知听证')).toBeVisible();
    await expect(page.getByRole('main')).toContainText(DAYS.hearing);

    await step(page, '举行听证', async (d) => {
      await typeDate(stepDay(d), DAYS.hearing);
      await d.getByLabel('听证笔录摘要').fill('当事人承认提交的场所使用证明系伪造，请求从轻处理。');
    });
    await expect(stateTag(page)).toHaveText('待决定');
  });

  await test.step('作出决定 is refused until 法制审核: a revocation after a hearing is a major decision', async () => {
    await expect(page.getByRole('button', { name: '作出决定' })).toBeDisabled();
    const reasons = page.getByTestId('blocked-reasons');
    await expect(reasons).toContainText('作出决定');
    await expect(reasons).toContainText('本案属于重大执法决定，须经法制审核');
    const blocked = (await caseActions(page.request, caseId)).find((a) => a.key === 'decide');
    expect(blocked?.reason?.code).toBe('LEGAL_REVIEW_REQUIRED');
    await expect(page.getByRole('main')).toContainText('经过听证程序');
    await shot(page, '70-revocation-decide-blocked');
    await step(page, '提交法制审核', async (d) => {
      await typeDate(stepDay(d), DAYS.submitted);
      await d.getByLabel('说明').fill('拟吊销食品经营许可证，经听证，提请法制审核。');
    });
    await expect(stateTag(page)).toHaveText('法制审核中');
  });

  await test.step('the legal reviewer approves it', async () => {
    const reviewer = await browser.newPage();
    try {
      await login(reviewer, ACCOUNTS.reviewer);
      await reviewer.goto('/enforcement/reviews');
      await settle(reviewer);
      const row = reviewer
        .getByRole('main')
        .locator('.ant-table-tbody tr.ant-table-row', { hasText: CASE_NUMBER });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('重大');
      await row.getByRole('link', { name: CASE_NUMBER }).click();
      await expect(reviewer.getByRole('heading', { name: `案件 ${CASE_NUMBER}` })).toBeVisible();
      await step(reviewer, '法制审核：同意', async (d) => {
        await typeDate(stepDay(d), DAYS.approved);
        await d.getByLabel('审核意见').fill('事实清楚，证据确凿，听证程序合法，适用依据正确，同意吊销。');
      });
      await expect(stateTag(reviewer)).toHaveText('待决定');
    } finally {
      await reviewer.close();
    }
  });

  await test.step('the officer decides 吊销许可证件 and serves the decision', async () => {
    await page.reload();
    await expect(page.getByRole('button', { name: '作出决定' })).toBeEnabled();
    await step(page, '作出决定', async (d) => {
      await typeDate(stepDay(d), DAYS.decided);
      await d.getByLabel('决定结果').click();
      await pickOption(page, '暂扣许可证件、降低资质等级、吊销许可证件');
      await d.getByLabel(/^处罚种类/).click();
      await pickOption(page, REVOCATION);
      await page.keyboard.press('Escape');
      await d
        .getByLabel('决定内容')
        .fill('依据《中华人民共和国食品安全法》第一百二十二条，吊销当事人的食品经营许可证。');
    });
    await expect(stateTag(page)).toHaveText('已决定');
    await step(page, '送达决定书', async (d) => {
      await typeDate(stepDay(d), DAYS.served);
      await d.getByLabel('送达方式').click();
      await pickOption(page, '直接送达');
    });
    await expect(stateTag(page)).toHaveText('已送达');
    const main = page.getByRole('main');
    await page.getByRole('tab', { name: '案件信息' }).click();
    // The 决定书文号 is issued from the body's own sequence (decision 0019), not typed.
    await expect(main).toContainText(new RegExp(`于市监罚〔${YEAR}〕\\d+号`));
    await expect(main).toContainText(`${DAYS.served}（直接送达）`);
    await expect(main.getByRole('row', { name: /^处罚种类/ })).toContainText(REVOCATION);
    await expect(main.getByRole('row', { name: /^收到听证申请日期/ })).toContainText(DAYS.hearingRequested);
    await expect(main.getByRole('row', { name: /^听证通知日期/ })).toContainText(DAYS.hearingNotice);
    await caseDetailPictures(page);
  });
});
