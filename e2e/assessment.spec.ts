import { expect, type Page } from '@playwright/test';
import { ACCOUNTS, login, settle, shot, test } from './support.js';

/** Today in Asia/Shanghai (the server's working date). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const YEAR = Number(today().slice(0, 4));

/** The tree tab's row of an indicator (its code is the first cell). */
const row = (page: Page, code: string) =>
  page.getByTestId('assessment-tree').locator('tr', {
    has: page.locator('td:first-child', { hasText: new RegExp(`^${code.replaceAll('.', '\\.')}$`) }),
  });

test('the scoreboard scores the district; a proposal assigned without a meeting lowers 7.2.1; a hand score with evidence', async ({
  page,
}) => {
  await login(page, ACCOUNTS.coordinator);
  const api = page.request;
  const csrf = ((await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken;
  const headers = { 'x-csrf-token': csrf };

  await test.step('the scoreboard shows the district’s score against the version in force', async () => {
    await page.goto(`/assessment?year=${YEAR}`);
    await settle(page);
    await expect(page.getByText('市县法治政府建设示范指标体系（2021年版）')).toBeVisible();
    await expect(page.getByTestId('assessment-totals')).toContainText('得分率');
    await shot(page, 'assessment-board');
  });

  const scoreOf = async (code: string) => Number(await row(page, code).locator('td').nth(5).textContent());
  let before = 0;
  await test.step('7.2.1 (见面率) is scored live from the proposals module, in proportion to the target', async () => {
    await page.getByRole('tab', { name: '指标体系与评分' }).click();
    await settle(page);
    await expect(row(page, '7.2.1')).toContainText('已评分');
    await expect(row(page, '7.2.1')).toContainText('proposals.meeting_rate');
    before = await scoreOf('7.2.1');
    expect(before).toBeGreaterThan(0);
  });

  await test.step('an NPC suggestion is assigned and not yet met: the meeting rate falls, so does the score', async () => {
    const units = (await (await api.get('/api/v1/org/units', { params: { type: 'department' } })).json()) as {
      units: { id: string; name: string }[];
    };
    const lead = units.units.find((u) => u.name === '区住房和城乡建设局')!;
    const created = await api.post('/api/v1/proposals/items', {
      headers,
      data: {
        kind: 'npc',
        session: '第十七届',
        meeting: '闭会期间',
        number: `E2E-${Date.now() % 100000}`,
        title: '关于老旧小区停车位改造的建议',
        leadAuthor: '赵立新',
        category: '城乡建设',
        receivedOn: today(),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const assigned = await api.post(`/api/v1/proposals/items/${id}/transitions/assign`, {
      headers,
      data: { transition: 'assign', on: today(), leadUnitId: lead.id, otherUnitIds: [] },
    });
    expect(assigned.status(), await assigned.text()).toBe(200);
    await page.reload();
    await settle(page);
    await expect.poll(() => scoreOf('7.2.1')).toBeLessThan(before);
    await page.getByRole('tab', { name: '未达标清单' }).click();
    await settle(page);
    await expect(page.getByTestId('assessment-gaps')).toContainText('人大代表建议、政协委员提案办理见面率');
  });

  await test.step('8.1.1 is scored by hand with its evidence', async () => {
    await page.getByRole('tab', { name: '指标体系与评分' }).click();
    await settle(page);
    await expect(row(page, '8.1.1')).toContainText('待人工评分');
    await row(page, '8.1.1').getByRole('button', { name: /^评\s*分$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/得分/).fill('3');
    await dialog.getByLabel('评分说明').fill('行政执法信息平台已上线，两个部门尚未接入，扣 1 分。');
    await dialog.getByLabel('编号或文号').fill('于政办〔2026〕21号');
    await dialog.getByLabel('名称').fill('行政执法信息平台建设方案');
    await shot(page, 'assessment-hand-score');
    await dialog.getByRole('button', { name: '保存评分' }).click();
    await expect(page.locator('.ant-message-success', { hasText: '评分已保存' })).toBeVisible();
    await expect(row(page, '8.1.1')).toContainText('已评分');
    await expect(row(page, '8.1.1').locator('td').nth(5)).toHaveText('3');
  });
});
