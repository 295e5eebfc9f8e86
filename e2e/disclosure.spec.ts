import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { ACCOUNTS, choose, login, runId, settle, shot, test } from './support.js';

const run = runId();
const DEPARTMENT = '区司法局';
const INFORMATION = `区司法局2026年度行政执法案卷评查结果通报（E2E-${run}）`;
const PARTIAL_ROW = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

interface Table3 {
  rows: { label: string; values: number[] }[];
  checks: unknown[];
}

/** Table 三 of this year as the server computes it, for the signed-in staff member. */
async function table3(request: APIRequestContext, year: number): Promise<Table3> {
  const response = await request.get('/api/v1/disclosure/table3', { params: { year } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as Table3;
}
const partialRow = (t: Table3) => t.rows.find((r) => r.label === PARTIAL_ROW)!.values;

/** antd spaces out two-character button labels (答 复), so a label matches with optional spaces. */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** Clicks one of the request's next steps and fills its dialog. */
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
  await expect(page.getByText(`已${action}`)).toBeVisible();
}

test('a citizen applies online, staff asks for a correction and replies 部分公开, table 三 counts it once', async ({
  page,
  browser,
}) => {
  const year = new Date().getFullYear();
  let code = '';

  await test.step('a member of the public submits a request on the portal and gets a tracking code', async () => {
    await page.goto('/portal/disclosure');
    await expect(page.getByRole('heading', { name: '政府信息公开' })).toBeVisible();
    await shot(page, '40-portal-disclosure');
    await page.getByText('依申请公开', { exact: true }).click();
    await expect(page.getByText('提交前请阅读')).toBeVisible();
    // Submitting empty shows the Art 29 fields' zh-CN messages.
    await page.getByRole('button', { name: /提交申请/ }).click();
    await expect(page.getByText('请选择向哪个机关申请')).toBeVisible();
    await expect(page.getByText('请填写所需政府信息的名称、文号或者特征性描述')).toBeVisible();
    await choose(page, '受理机关', DEPARTMENT);
    await page.getByLabel('申请人姓名').fill('张晓明');
    await page.getByLabel('身份证件号码').fill('210114198503124419');
    await page.getByLabel('联系电话').fill('1390000');
    await page.getByLabel('电子邮箱').fill('zhang.xm@example.cn');
    await page.getByLabel('通信地址').fill('沈阳市于洪区迎宾路 18 号');
    await page.getByLabel('所需政府信息的名称或内容描述').fill(INFORMATION);
    await page.getByLabel(/我确认以上信息真实/).check();
    await page.getByRole('button', { name: /提交申请/ }).click();
    await expect(page.getByText('联系电话格式不正确（手机号 11 位，或区号-座机号）')).toBeVisible();
    await shot(page, '41-portal-apply-errors');
    await page.getByLabel('联系电话').fill('13900001234');
    await page.getByRole('button', { name: /提交申请/ }).click();
    await expect(page.getByText('申请已提交')).toBeVisible();
    code = (await page.getByTestId('tracking-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shot(page, '42-portal-submitted');
  });

  const staff = await browser.newPage();
  await login(staff, ACCOUNTS.coordinator);
  const before = partialRow(await table3(staff.request, year));

  await test.step('staff finds the request in the ledger, with the reply clock running', async () => {
    await staff.goto('/disclosure/requests');
    await expect(staff.getByRole('heading', { name: '依申请公开' })).toBeVisible();
    const search = staff.getByLabel('查询码、答复书文号、申请人或申请内容');
    await search.fill(code.replaceAll('-', ''));
    await search.press('Enter');
    await settle(staff);
    const row = staff.getByRole('main').locator('.ant-table-tbody tr.ant-table-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(DEPARTMENT);
    await expect(row).toContainText('网上申请');
    await expect(row.locator('.ant-tag').last()).toContainText(/\d{4}-\d{2}-\d{2}/);
    await shot(staff, '43-staff-ledger');
    await row.getByRole('link').first().click();
    await expect(
      staff.getByRole('heading', { name: new RegExp(`申请 ${code.replaceAll('-', '-?')}`) }),
    ).toBeVisible();
    // The ID number never comes back in full.
    await expect(staff.getByTestId('masked-id')).not.toContainText('210114198503124419');
    await expect(staff.getByTestId('masked-id')).toContainText('*');
    await shot(staff, '44-staff-detail');
  });

  await test.step('staff asks for a correction (补正), then records the correction', async () => {
    await step(staff, '告知补正', async (dialog) => {
      await dialog.getByLabel('需要补正的事项').fill('请明确所需通报的具体文号或发布时间段');
    });
    await expect(staff.getByText('待补正').first()).toBeVisible();
    await shot(staff, '45-staff-awaiting-correction');
    await step(staff, '收到补正');
    await expect(staff.getByText('已登记（办理中）').first()).toBeVisible();
    // 补正 is once only (条例 第三十条): the step stays visible, disabled.
    await expect(staff.getByRole('button', { name: label('告知补正') })).toBeDisabled();
  });

  await test.step('staff replies 部分公开, with the legal basis shown', async () => {
    await staff.getByRole('button', { name: label('答复') }).click();
    const dialog = staff.getByRole('dialog');
    await choose(staff, '办理结果', '部分公开');
    await expect(dialog.getByText('法律依据：《政府信息公开条例》第三十七条')).toBeVisible();
    // Without a ground per withheld part the reply is refused (条例 第三十七条).
    await dialog.getByRole('button', { name: label('答复') }).click();
    await expect(dialog.getByText(/部分公开须逐项列明不予公开的部分及其理由/)).toBeVisible();
    await dialog.getByLabel('不予公开的内容 1').fill('被评查人员的身份信息');
    await choose(staff, '理由 1', '涉及个人隐私');
    await dialog.getByLabel('答复内容').fill('现将可以公开的部分提供给您。');
    await shot(staff, '46-staff-reply-dialog');
    await dialog.getByRole('button', { name: label('答复') }).click();
    await expect(dialog).toBeHidden();
    await expect(staff.getByText('已办结').first()).toBeVisible();
    await expect(staff.getByText('部分公开').first()).toBeVisible();
    await shot(staff, '47-staff-concluded');
  });

  await test.step('the portal tracking page shows it concluded, and nothing personal', async () => {
    await page.goto('/portal/disclosure/track');
    await page.getByLabel('查询码').fill(code.toLowerCase());
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const result = page.getByTestId('track-result');
    await expect(result).toContainText('已办结');
    await expect(result).toContainText('部分公开');
    await expect(result).toContainText(DEPARTMENT);
    await expect(page.getByText('张晓明')).toHaveCount(0);
    await expect(page.getByText(INFORMATION)).toHaveCount(0);
    await shot(page, '48-portal-track-concluded');
  });

  await test.step('table 三 of this year counts it once, under （二）部分公开, 自然人', async () => {
    const after = partialRow(await table3(staff.request, year));
    expect(after[0]).toBe((before[0] ?? 0) + 1);
    expect(after[6]).toBe((before[6] ?? 0) + 1);
    await staff.goto(`/disclosure/table3?year=${year}`);
    await expect(staff.getByRole('heading', { name: '年报表三' })).toBeVisible();
    await expect(staff.getByTestId('table3-checks')).toContainText('勾稽关系全部通过');
    const partial = staff.getByTestId('table3').locator('tr', { hasText: '（二）部分公开' });
    await expect(partial.locator('td').nth(1)).toHaveText(String(after[0]));
    await shot(staff, '49-staff-table3');
    await partial.getByRole('button', { name: /自然人/ }).click();
    const drawer = staff.getByRole('dialog');
    await expect(drawer).toContainText(`（${after[0]} 件）`);
    await expect(drawer.getByRole('link', { name: code })).toHaveCount(1);
    await shot(staff, '50-staff-table3-drilldown');
  });
});

/** Downloads the reply letter (.docx) from the request's page and returns its text (word/document.xml). */
async function printedLetter(page: Page, id: string): Promise<string> {
  await page.goto(`/disclosure/requests/${id}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载答复书/ }).click();
  const file = await readFile(await (await download).path());
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

test('refusal letters state the remedies of the day: 复议 or 诉讼 in 2020, 复议 first from 2024 (行政复议法 第二十三条)', async ({
  page,
}) => {
  await login(page, ACCOUNTS.coordinator);
  const api = page.request;
  const csrf = ((await (await api.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken;
  const headers = { 'x-csrf-token': csrf };

  await test.step('a 2020 refusal of the demo offers 复议 (district government or higher department) or a lawsuit', async () => {
    const list = await api.get('/api/v1/disclosure/requests', {
      params: { outcome: 'denied_third_party', concludedTo: '2020-12-31', pageSize: 1 },
    });
    const [refused] = ((await list.json()) as { items: { id: string }[] }).items;
    const text = await printedLetter(page, refused!.id);
    expect(text).toContain('政府信息公开申请答复书');
    expect(text).toMatch(/向于洪区人民政府或者上一级主管部门申请行政复议/);
    expect(text).toContain('也可以自收到本答复之日起六个月内依法向人民法院提起行政诉讼');
    expect(text).not.toContain('应当先向行政复议机关申请行政复议');
  });

  await test.step('a 2024 refusal requires 复议 first, in the words of 第二十三条', async () => {
    const departments = (await (await api.get('/api/v1/portal/disclosure/departments')).json()) as {
      departments: { id: string; name: string }[];
    };
    const orgUnitId = departments.departments.find((d) => d.name === DEPARTMENT)!.id;
    const registered = await api.post('/api/v1/disclosure/requests', {
      headers,
      data: {
        orgUnitId,
        channel: 'in_person',
        arrivedOn: '2024-03-01',
        applicantType: 'natural_person',
        applicantName: '王晓东',
        applicantIdType: 'resident_id',
        applicantIdNumber: '21011419800101333X',
        applicantPhone: '13900003333',
        informationDescription: `区司法局2023年度保密审查记录（E2E-${run}）`,
        deliveryMethod: 'paper_mail',
      },
    });
    expect(registered.ok()).toBe(true);
    const { id } = (await registered.json()) as { id: string };
    const replied = await api.post(`/api/v1/disclosure/requests/${id}/transitions/reply`, {
      headers,
      data: { on: '2024-03-15', outcome: 'denied_state_secret' },
    });
    expect(replied.ok()).toBe(true);
    const text = await printedLetter(page, id);
    expect(text).toContain('第二十三条第一款第（四）项');
    expect(text).toContain('应当先向行政复议机关申请行政复议');
    expect(text).toContain('向于洪区人民政府申请行政复议');
    expect(text).not.toContain('六个月');
    await shot(page, '51-staff-2024-refusal');
  });
});
