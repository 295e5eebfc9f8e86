import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import { findAudit } from '../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { disclosureModule } from '../index.js';
import { ledgerFile, multipartFile } from '../../../test/ledger-files.js';
import { requestLedger } from '../io/requests.js';
import { registerRequest } from '../service/requests/index.js';
import { buildRequestInput } from '../service/requests/test-support.js';

/** Rules 10 and 11 of issue #9 through the HTTP API: decision 0017. */

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let officer: TestSession;
const BASE = '/api/v1/disclosure/requests';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [disclosureModule] });
  officer = await w.login(app, 'marketOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

/** A request to 区市场监督管理局 received on `day`. */
const received = async (day: string) =>
  (
    await registerRequest(
      w.as(w.marketOfficer, day),
      buildRequestInput(w.market.id, { arrivedOn: day, signedOn: day }),
    )
  ).id;
const fire = (id: string, transition: string, body: object) =>
  officer.post(`${BASE}/${id}/transitions/${transition}`, body);

/** The text of the reply letter (.docx → word/document.xml without its tags). */
async function letterText(id: string): Promise<string> {
  const res = await officer.get(`${BASE}/${id}/reply-document.docx`);
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

describe('rule 10: the remedies a letter offers follow the 行政复议法 in force on the reply’s date', () => {
  it('a 2020 refusal offers 复议 (district government or the higher department) or a lawsuit', async () => {
    const id = await received('2020-06-01');
    expect((await fire(id, 'reply', { on: '2020-06-15', outcome: 'denied_state_secret' })).statusCode).toBe(
      200,
    );
    const text = await letterText(id);
    expect(text).toContain('向于洪区人民政府或者上一级主管部门申请行政复议');
    expect(text).toContain('也可以自收到本答复之日起六个月内依法向人民法院提起行政诉讼');
    expect(text).not.toContain('应当先向行政复议机关申请行政复议');
  });

  it('a 2024 refusal requires 复议 first, in the words of 第二十三条, to the district government', async () => {
    const id = await received('2024-03-01');
    expect((await fire(id, 'reply', { on: '2024-03-15', outcome: 'denied_state_secret' })).statusCode).toBe(
      200,
    );
    const text = await letterText(id);
    expect(text).toContain('第二十三条第一款第（四）项');
    expect(text).toContain('应当先向行政复议机关申请行政复议');
    expect(text).toContain('向于洪区人民政府申请行政复议');
    expect(text).not.toContain('六个月');
  });

  it('a withdrawal letter offers no remedies', async () => {
    const id = await received('2024-03-01');
    expect((await fire(id, 'withdraw', { on: '2024-03-04' })).statusCode).toBe(200);
    const text = await letterText(id);
    expect(text).toContain('撤回');
    expect(text).not.toContain('行政复议');
  });
});

describe('rule 11: the grounds a reply states', () => {
  it('refuses a partial reply without a ground per withheld part, changing nothing; then prints each ground', async () => {
    const id = await received('2024-03-01');
    const bare = await fire(id, 'reply', { on: '2024-03-15', outcome: 'partially_granted' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toEqual([
      { path: 'withheldParts', message: expect.stringContaining('第三十七条') },
    ]);
    expect((await officer.get(`${BASE}/${id}`)).json()).toMatchObject({
      status: 'registered',
      outcome: null,
    });
    const audit = await findAudit(t.db, { subjectType: 'disclosure_request', subjectId: id });
    expect(audit.map((e) => e.action).filter((a) => a.startsWith('disclosure.'))).toEqual([
      'disclosure.request.registered',
    ]);

    const withheldParts = [{ part: '检查人员的个人信息', ground: 'personal_privacy' }];
    const done = await fire(id, 'reply', { on: '2024-03-15', outcome: 'partially_granted', withheldParts });
    expect(done.statusCode).toBe(200);
    expect((await officer.get(`${BASE}/${id}`)).json()).toMatchObject({ withheldParts });
    const text = await letterText(id);
    expect(text).toContain('（一）检查人员的个人信息：涉及个人隐私');
    expect(text).toContain('依据：《政府信息公开条例》第三十七条、第十五条');
    expect(text).toContain('应当先向行政复议机关申请行政复议');
  });

  it('refuses 商业秘密/个人隐私 as the ground once the third party consented (第十五条)', async () => {
    const id = await received('2024-03-01');
    await fire(id, 'consult_third_party', { on: '2024-03-04', thirdPartyName: '某公司' });
    await fire(id, 'receive_consultation', { on: '2024-03-08', opinion: 'consent' });
    const res = await fire(id, 'reply', {
      on: '2024-03-15',
      outcome: 'partially_granted',
      withheldParts: [{ part: '投标报价', ground: 'commercial_secret' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].message).toContain('第三方已同意公开');
  });

  it('a 第三十六条第（五）项 reply names the competent organ and its contact, never “不存在”', async () => {
    const id = await received('2024-03-01');
    const unnamed = await fire(id, 'reply', {
      on: '2024-03-15',
      outcome: 'unable_not_held',
      notHeldKind: 'not_competent',
    });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.fields).toEqual([
      { path: 'competentOrgan', message: expect.stringContaining('第三十六条第（五）项') },
    ]);
    const kindless = await fire(id, 'reply', { on: '2024-03-15', outcome: 'unable_not_held' });
    expect(kindless.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['notHeldKind']);
    const done = await fire(id, 'reply', {
      on: '2024-03-15',
      outcome: 'unable_not_held',
      notHeldKind: 'not_competent',
      competentOrgan: '沈阳市于洪区民政局',
      competentOrganContact: '024-25600000',
    });
    expect(done.statusCode).toBe(200);
    const text = await letterText(id);
    expect(text).toContain('该政府信息由沈阳市于洪区民政局负责公开');
    expect(text).toContain('024-25600000');
    expect(text).toContain('第三十六条第（五）项');
    expect(text).not.toContain('不存在');
  });
});

describe('the ledger carries the grounds', () => {
  it('imports a partial reply’s withheld parts and a (五) reply’s organ, and exports them back', async () => {
    const base = {
      orgUnit: '区市场监管局',
      channel: 'in_person',
      arrivedOn: '2021-05-06',
      applicantType: 'natural_person',
      applicantName: '李四',
      applicantIdType: 'resident_id',
      applicantIdNumber: '210114198001012222',
      applicantPhone: '13900002222',
      informationDescription: '某商场的消防检查记录',
      deliveryMethod: 'paper_mail',
      concludedOn: '2021-05-20',
    };
    const file = await ledgerFile(requestLedger, [
      { ...base, outcome: '部分公开', withheldParts: '检查人员电话：涉及个人隐私（第三方未同意公开）' },
      {
        ...base,
        outcome: '无法提供（本机关不掌握相关政府信息）',
        notHeldKind: 'not_competent',
        competentOrgan: '区消防救援大队',
        competentOrganContact: '024-25700000',
      },
      { ...base, outcome: '部分公开', withheldParts: '检查人员电话：因为不想' },
    ]);
    const bad = await officer.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(file, 'a.xlsx'),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.rows.map((r: { row: number }) => r.row)).toEqual([4]);
    const good = await ledgerFile(requestLedger, [
      { ...base, outcome: '部分公开', withheldParts: '检查人员电话：涉及个人隐私（第三方未同意公开）' },
      {
        ...base,
        outcome: '无法提供（本机关不掌握相关政府信息）',
        notHeldKind: 'not_competent',
        competentOrgan: '区消防救援大队',
        competentOrganContact: '024-25700000',
      },
    ]);
    const ok = await officer.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(good, 'b.xlsx'),
    });
    expect(ok.statusCode).toBe(200);
    const csv = (await officer.get(`${BASE}/export?format=csv`)).body;
    expect(csv).toContain('检查人员电话：涉及个人隐私（第三方未同意公开）');
    expect(csv).toContain('区消防救援大队');
    expect(csv).toContain('024-25700000');
  });
});
