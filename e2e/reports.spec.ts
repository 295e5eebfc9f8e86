import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { readDocxParts } from '../server/platform/docx/index.js';
import { ACCOUNTS, login, PICTURE_DIR, SCREENSHOT_DIR, settle, shot, test } from './support.js';

/**
 * Issue #12's journey: the coordinator reads the demo's 2020 report (published, frozen), then writes last
 * year's district report from the ledgers through to the portal and the .docx. Last year, because the
 * 常务会议 may approve a report only once its year has ended (decision 0036, APPROVED_BEFORE_YEAR_END).
 */
const LAST_YEAR = new Date().getFullYear() - 1;
const POWERS = 'powers.departments_published';

/** The paragraph of the report page that contains `text` (the document's own paragraph frame). */
const paragraph = (page: Page, text: string): Locator =>
  page.locator('.report-paragraph').filter({ hasText: text });
const checks = (page: Page): Locator => page.locator('.report-checks');
const dialog = (page: Page): Locator => page.locator('.ant-modal:visible');

async function step(page: Page, action: RegExp, fill?: (d: Locator) => Promise<void>): Promise<void> {
  await page.locator('.report-workflow').getByRole('button', { name: action }).click();
  const d = dialog(page);
  await expect(d).toBeVisible();
  if (fill) await fill(d);
  await d.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect(d).toBeHidden();
}

test.describe('annual report journey (issue #12)', () => {
  test('the 2020 report is published and frozen; a figure opens where it comes from', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await page.goto('/reports?year=2020');
    await page
      .locator('.ant-card')
      .filter({ hasText: '全区报告' })
      .getByRole('link', { name: '法治政府建设年度报告' })
      .click();
    await expect(
      page.getByRole('heading', { name: '2020年于洪区法治政府建设年度报告' }).first(),
    ).toBeVisible();
    await expect(page.locator('.report-workflow [data-status="published"]')).toHaveText('已公开');
    await expect(page.getByText(/已冻结（SM3 [0-9a-f]{16}）/)).toBeVisible();
    // Frozen: nothing is editable, the document is the seed's.
    await expect(page.locator('.report-paragraph.editable')).toHaveCount(0);
    const items = page.locator('[data-figure="powers.items_published"]').first();
    await items.hover();
    await expect(page.locator('.ant-popover:visible')).toContainText('powers.items_published');
    await expect(page.locator('.ant-popover:visible')).toContainText('2020-01-01');
    await shot(page, 'reports-2020');
  });

  test('the coordinator writes last year’s report through to the portal and the .docx', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await page.goto(`/reports?year=${LAST_YEAR}`);
    await page.getByRole('button', { name: /生成草稿 · 法治政府建设年度报告/ }).click();
    await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop() ?? '';
    await expect(page.locator('.report-workflow [data-status="draft"]')).toBeVisible();
    const departments = (await page.locator(`[data-figure="${POWERS}"]`).first().textContent()) ?? '';
    const stated = Number(departments);
    expect(stated).toBeGreaterThan(0);

    // Edit the prose of the powers paragraph; replace its department count by hand — first without a reason.
    const powers = paragraph(page, '建立权责清单');
    await powers.getByRole('button', { name: '编辑段落' }).click();
    let editor = dialog(page);
    await editor.getByLabel('文字').first().fill('经全区相关执法部门梳理并确认，在区政府网站公示');
    const token = editor.locator(`[data-figure-token="${POWERS}"]`);
    await token.getByRole('button', { name: '改为文字' }).click();
    await token.getByLabel('替换文字').fill(String(stated + 1));
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    // Refused, naming the figure on its token; nothing saved.
    await expect(token).toContainText(`数字 ${POWERS}`);
    await shot(page, 'reports-refused-edit');
    await token.getByLabel('替换理由').fill('按部门上报口径，含新设部门');
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await expect(editor).toBeHidden();
    await expect(powers).toContainText('在区政府网站公示');
    await expect(powers).toContainText(`公示${stated + 1}个部门`);

    // The consistency warning states the metric's own value.
    const warning = checks(page).locator('[data-check-level="warning"]');
    await expect(warning).toHaveCount(1);
    await expect(warning).toContainText(`${POWERS} 已手工改写为“${stated + 1}”`);
    await expect(warning).toContainText(`记录计算值为 ${stated}`);
    await shot(page, 'reports-warning');

    // Restore the figure: the warning goes, the live figure is back.
    await powers.getByRole('button', { name: '编辑段落' }).click();
    editor = dialog(page);
    await editor.locator(`[data-figure-token="${POWERS}"]`).getByRole('button', { name: '恢复数字' }).click();
    await editor.getByRole('button', { name: /保\s*存/ }).click();
    await expect(editor).toBeHidden();
    await expect(checks(page).locator('[data-check-level="warning"]')).toHaveCount(0);
    await expect(powers.locator(`[data-figure="${POWERS}"]`)).toHaveText(departments);

    // Review, the 常务会议, the leaders' signatures, publication.
    await step(page, /提交审核/);
    await expect(page.locator('.report-workflow [data-status="in_review"]')).toBeVisible();
    await step(page, /常务会议审议通过/, async (d) => {
      await d.getByLabel('会议名称').fill(`区政府第${LAST_YEAR - 2000}次常务会议`);
      await d.getByLabel('会议纪要编号').fill(`于政常纪〔${LAST_YEAR + 1}〕1号`);
    });
    await expect(page.locator('.report-workflow [data-status="approved"]')).toBeVisible();
    await step(page, /主要负责人签署/, async (d) => {
      await d.getByPlaceholder('姓名').fill('演示签署人（区长）');
      await d.getByPlaceholder('职务').fill('区长');
    });
    await expect(page.locator('.report-workflow [data-status="signed"]')).toBeVisible();
    await expect(page.getByText(/已冻结（SM3 [0-9a-f]{16}）/)).toBeVisible();
    await step(page, /向社会公开/);
    await expect(page.locator('.report-workflow [data-status="published"]')).toBeVisible();

    // The .docx: GB/T 9704 page, fonts, the page number in the footers, and the figures stated.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 .docx' }).click();
    const file = await (await download).path();
    const parts = await readDocxParts(readFileSync(file));
    const body = parts['word/document.xml'] ?? '';
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(body).toContain('w:eastAsia="方正小标宋简体"');
    expect(parts['word/styles.xml'] ?? '').toContain('w:eastAsia="仿宋_GB2312"');
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    for (const [, footer] of footers)
      expect(footer).toMatch(/— <\/w:t>[\s\S]*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>[\s\S]*> —<\/w:t>/);
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain(`在区政府网站公示${departments}个部门行政职权`);
    const items = (await page.locator('[data-figure="powers.items_published"]').first().textContent()) ?? '';
    expect(text).toContain(`共计${items}项`);

    // The portal: listed, and the frozen text with the figures as plain words.
    await page.goto('/portal/reports');
    await page.getByRole('link', { name: `${LAST_YEAR}年于洪区法治政府建设年度报告` }).click();
    await expect(page).toHaveURL(new RegExp(`/portal/reports/${id}$`));
    await settle(page);
    await expect(page.getByText(`在区政府网站公示${departments}个部门行政职权`)).toBeVisible();
    await expect(page.locator('[data-figure]')).toHaveCount(0);
  });

  test('a department officer contributes a paragraph to the district’s draft', async ({ page }) => {
    const year = new Date().getFullYear();
    await login(page, ACCOUNTS.officer);
    await page.goto(`/reports?year=${year}`);
    await page
      .locator('.ant-card')
      .filter({ hasText: '全区报告' })
      .getByRole('link', { name: '法治政府建设年度报告' })
      .click();
    await expect(page.locator('.report-workflow [data-status="draft"]')).toBeVisible();
    // The district's text is not the officer's to edit; contributing is.
    await expect(page.locator('.report-paragraph.editable')).toHaveCount(0);
    await page.getByRole('button', { name: '提交部门供稿' }).click();
    const form = dialog(page);
    await form.getByRole('button', { name: /提交部门供稿/ }).click();
    await expect(form).toContainText('请填写此项');
    const words = `区市场监督管理局开展“守法普法”进企业活动${Date.now() % 1000}场次。`;
    await form.getByLabel('文字').fill(words);
    // The dropdown animates in: retry the pick until the form shows the chosen area.
    await expect(async () => {
      await form.getByLabel('所属方面').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: '规范执法行为' })
        .click({ timeout: 2_000 });
      await expect(form).toContainText('规范执法行为', { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await form.getByRole('button', { name: /提交部门供稿/ }).click();
    await expect(form).toBeHidden();
    const added = paragraph(page, words);
    await expect(added).toContainText('部门供稿 · 210114-D22');
    // Filed in part 一 (under its area), not appended after 二、存在的问题和原因.
    const at = await added.boundingBox();
    const part2 = await page.getByText('二、存在的问题和原因').first().boundingBox();
    expect(at && part2 && at.y < part2.y).toBe(true);
  });

  test('the report screens at 1280 and 1920, in Chinese and English, and a refused edit', async ({
    page,
  }) => {
    await login(page, ACCOUNTS.coordinator);
    const picture = async (dir: string, name: string) => {
      await settle(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(dir, name) });
    };
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: width === 1920 ? 1080 : 900 });
      await page.goto('/reports?year=2020');
      // 2020: the district's two reports (法治政府建设, 政府信息公开) and three departments' reports.
      await expect(page.locator('.ant-table-row')).toHaveCount(5);
      await picture(SCREENSHOT_DIR, `reports-list-${width}.png`);
      await page
        .locator('.ant-card')
        .filter({ hasText: '全区报告' })
        .getByRole('link', { name: '法治政府建设年度报告' })
        .click();
      const figure = page.locator('[data-figure="powers.items_published"]').first();
      await figure.scrollIntoViewIfNeeded();
      await figure.hover();
      await expect(page.locator('.ant-popover:visible')).toContainText('powers.items_published');
      await picture(width === 1280 ? PICTURE_DIR : SCREENSHOT_DIR, `report-2020-${width}.png`);
    }
    // The current year's draft: the checks panel and the suggestions beside an editable text.
    await page.goto(`/reports?year=${new Date().getFullYear()}`);
    await page
      .locator('.ant-card')
      .filter({ hasText: '全区报告' })
      .getByRole('link', { name: '法治政府建设年度报告' })
      .click();
    await expect(page.locator('.report-checks')).toBeVisible();
    await expect(page.locator('.report-suggestions')).toBeVisible();
    await picture(SCREENSHOT_DIR, 'report-draft-1920.png');
    // Accepting a suggestion adds it to the draft and takes it off the list.
    const offered = page.locator('[data-suggestion]');
    const before = await offered.count();
    expect(before).toBeGreaterThan(0);
    const words = (await offered.first().locator('.suggestion-text').textContent()) ?? '';
    await offered
      .first()
      .getByRole('button', { name: /^采\s*纳$/ })
      .click();
    await expect(paragraph(page, words)).toHaveCount(1);
    await expect(offered).toHaveCount(before - 1);
    // A refused edit: a figure replaced without a reason.
    await paragraph(page, '建立权责清单').getByRole('button', { name: '编辑段落' }).click();
    const token = dialog(page).locator(`[data-figure-token="${POWERS}"]`);
    await token.getByRole('button', { name: '改为文字' }).click();
    await dialog(page)
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect(token).toContainText(`数字 ${POWERS}`);
    await picture(SCREENSHOT_DIR, 'report-refused-1920.png');
    await dialog(page)
      .getByRole('button', { name: /取\s*消/ })
      .click();

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English', exact: true }).click();
    try {
      for (const width of [1280, 1920]) {
        await page.setViewportSize({ width, height: width === 1920 ? 1080 : 900 });
        await page.goto('/reports?year=2020');
        await expect(page.getByRole('heading', { name: 'Annual reports' })).toBeVisible();
        await picture(SCREENSHOT_DIR, `reports-list-en-${width}.png`);
        await page
          .locator('.ant-card')
          .filter({ hasText: 'District' })
          .getByRole('link', { name: 'Annual rule-of-law report' })
          .click();
        await expect(page.locator('.report-workflow [data-status="published"]')).toHaveText('Published');
        await picture(SCREENSHOT_DIR, `report-2020-en-${width}.png`);
      }
    } finally {
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '中文', exact: true }).click();
    }

    // The portal page, and its error state when the server fails.
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: width === 1920 ? 1080 : 900 });
      await page.goto('/portal/reports');
      await page.getByRole('link', { name: '2020年于洪区法治政府建设年度报告' }).click();
      await expect(page.getByText(/SM3/).first()).toBeVisible();
      await picture(SCREENSHOT_DIR, `portal-report-${width}.png`);
    }
    await page.route('**/api/v1/portal/reports/*', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"error":{"code":"INTERNAL","message":"服务器内部错误"}}',
      }),
    );
    await page.reload();
    await expect(page.locator('.ant-alert-error')).toBeVisible();
    await picture(SCREENSHOT_DIR, 'portal-report-error-1920.png');
  });
});
