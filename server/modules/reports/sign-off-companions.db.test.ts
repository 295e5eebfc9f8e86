import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, type DistrictWorld } from '../../test/world.js';
import { disclosureModule } from '../disclosure/index.js';
import { reportsModule } from './index.js';

/**
 * The sign-off compares the two annual reports as stored (decision 0036, 0037): a number typed over the 受理
 * figure in the stored 政府信息公开工作年度报告 is what that report says, and the 法治政府建设 report that says
 * otherwise cannot be signed.
 */
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
const BASE = '/api/v1/reports/drafts';
const RECEIVED = 'disclosure.requests_received';
const DISAGREE = '本年新收政府信息公开申请数量不一致';

type Paragraph = { id: string; section: number; text: string };
type Check = { level: string; message: string };

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [disclosureModule, reportsModule] });
  coord = await w.login(app, 'coordinator');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const create = async (report: string) => {
  const res = await coord.post(BASE, { report, year: 2020 });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; paragraphs: Paragraph[] };
};
const fire = (id: string, key: string, body: object) => coord.post(`${BASE}/${id}/transitions/${key}`, body);
const checksOf = async (id: string) =>
  ((await coord.get(`${BASE}/${id}`)).json().document.checks as Check[]).filter((c) =>
    c.message.includes(DISAGREE),
  );
const SIGN = { signers: [{ name: '甲', role: '区长' }], on: '2021-01-29', acknowledgeWarnings: true };

describe('sign-off over both reports as stored', () => {
  let ruleOfLaw: string;
  let disclosure: { id: string; paragraphs: Paragraph[] };
  let overview: Paragraph;

  it('finds no disagreement while the disclosure report says the live figure', async () => {
    ruleOfLaw = (await create('rule_of_law_annual')).id;
    disclosure = await create('disclosure_annual');
    const found = disclosure.paragraphs.find((p) => p.id === 'disclosure.requests_overview');
    expect(found?.text).toContain(`{${RECEIVED}}`);
    overview = found as Paragraph;
    expect(await checksOf(ruleOfLaw)).toEqual([]);
  });

  it('a number typed over 受理 in the stored disclosure report is an error in both reports', async () => {
    const typed = await coord.put(`${BASE}/${disclosure.id}/paragraphs/${overview.id}`, {
      ...overview,
      text: overview.text.replace(`{${RECEIVED}}`, '12'),
      overrides: [{ figure: RECEIVED, text: '12', reason: '按收文登记簿' }],
    });
    expect(typed.statusCode, typed.body).toBe(200);
    for (const id of [ruleOfLaw, disclosure.id]) {
      const [check] = await checksOf(id);
      expect(check?.level).toBe('error');
      expect(check?.message).toMatch(/政府信息公开工作年度报告 disclosure\.requests_received 为 12/);
      expect(check?.message).toMatch(/法治政府建设年度报告 disclosure\.requests_received 为 0/);
    }
  });

  it('blocks the 法治政府建设 report’s sign-off, listing the disagreement, and changes nothing', async () => {
    expect((await fire(ruleOfLaw, 'submit_for_review', {})).statusCode).toBe(200);
    const approve = { meeting: '区政府常务会议', meetingOn: '2021-01-26', minutesRef: '纪要2号' };
    expect((await fire(ruleOfLaw, 'approve', approve)).statusCode).toBe(200);
    const blocked = await fire(ruleOfLaw, 'sign', SIGN);
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.code).toBe('REPORT_CHECKS_FAILED');
    expect(blocked.json().error.message).toContain(DISAGREE);
    const after = (await coord.get(`${BASE}/${ruleOfLaw}`)).json();
    expect(after).toMatchObject({ status: 'approved', seal: null });
  });

  it('signs once the disclosure report says the live figure again', async () => {
    const restored = await coord.put(`${BASE}/${disclosure.id}/paragraphs/${overview.id}`, overview);
    expect(restored.statusCode, restored.body).toBe(200);
    const signed = await fire(ruleOfLaw, 'sign', SIGN);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe('signed');
  });
});
