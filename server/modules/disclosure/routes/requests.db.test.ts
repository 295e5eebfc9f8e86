import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../../platform/context.js';
import type { App } from '../../../platform/http/index.js';
import { parseLedgerFile } from '../../../platform/io/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { disclosureModule } from '../index.js';
import { type RequestLedgerRow, requestLedger } from '../io/requests.js';
import { registerRequest } from '../service/requests/index.js';
import { buildRequestInput } from '../service/requests/test-support.js';
import { ledgerFile, multipartFile } from '../../../test/ledger-files.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let officer: TestSession;
let mediator: TestSession;
let housingId: string;
let marketId: string;
const TODAY = chinaDate(new Date());
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const BASE = '/api/v1/disclosure/requests';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [disclosureModule] });
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
  mediator = await w.login(app, 'mediator');
  housingId = (await registerRequest(w.as(w.housingOfficer), buildRequestInput(w.housing.id))).id;
  marketId = (await registerRequest(w.as(w.marketOfficer), buildRequestInput(w.market.id))).id;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const anonymous = (method: 'GET' | 'POST', url: string, payload?: object) =>
  app.inject({ method, url, ...(payload ? { payload } : {}) });
const paths = (res: { json(): { error: { fields: { path: string }[] } } }) =>
  res
    .json()
    .error.fields.map((f) => f.path)
    .sort();

describe(`GET ${BASE}`, () => {
  it('walks 401 → 400 → 200, scoped to the officer’s unit, names masked', async () => {
    expect((await anonymous('GET', BASE)).statusCode).toBe(401);
    const bad = await officer.get(`${BASE}?status=lost&pageSize=1000`);
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['querystring.pageSize', 'querystring.status']);
    const page = await officer.get(BASE);
    expect(page.statusCode).toBe(200);
    const items = page.json().items as { id: string; applicantName: string; replyClock: { dueOn: string } }[];
    expect(items.map((i) => i.id)).toEqual([marketId]);
    expect(items[0]).toMatchObject({ applicantName: '张**', replyClock: { dueOn: expect.any(String) } });
    const all = (await coord.get(BASE)).json().items.map((i: { id: string }) => i.id);
    expect(all).toEqual(expect.arrayContaining([marketId, housingId]));
  });
});

describe(`POST ${BASE}`, () => {
  const body = () => ({ ...buildRequestInput(w.market.id), arrivedOn: TODAY, signedOn: TODAY });
  it('walks 401 → 400 (each field) → 403 → 201', async () => {
    expect((await anonymous('POST', BASE, body())).statusCode).toBe(401);
    const bad = await officer.post(BASE, {
      ...body(),
      channel: 'pigeon',
      applicantPhone: '12',
      informationDescription: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['body.applicantPhone', 'body.channel', 'body.informationDescription']);
    expect((await mediator.post(BASE, body())).statusCode).toBe(403);
    expect((await officer.post(BASE, { ...body(), orgUnitId: w.housing.id })).statusCode).toBe(403);
    const created = await officer.post(BASE, body());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'registered',
      receivedOn: TODAY,
      applicantIdNumber: '2101**********1232',
    });
  });
});

describe(`GET ${BASE}/:id and transitions`, () => {
  it('walks detail 401 → 400 → 404 (another department) → 200 with clocks and actions', async () => {
    expect((await anonymous('GET', `${BASE}/${marketId}`)).statusCode).toBe(401);
    expect((await officer.get(`${BASE}/not-a-uuid`)).statusCode).toBe(400);
    expect((await officer.get(`${BASE}/${housingId}`)).statusCode).toBe(404);
    expect((await officer.get(`${BASE}/${UNKNOWN}`)).statusCode).toBe(404);
    const detail = await officer.get(`${BASE}/${marketId}`);
    expect(detail.statusCode).toBe(200);
    const d = detail.json();
    expect(d.clocks.map((c: { key: string }) => c.key).sort()).toEqual([
      'disclosure.correction_notice',
      'disclosure.reply',
    ]);
    expect(d.clocks[0].explanation).toContain('政府信息公开条例');
    const extend = d.actions.find((a: { key: string }) => a.key === 'extend_reply');
    expect(extend).toMatchObject({ allowed: false, reason: { kind: 'permission' } });
  });

  it('walks a transition 401 → 400 → 403 → 404 → 200, then the reply document', async () => {
    const url = (id: string, tr: string) => `${BASE}/${id}/transitions/${tr}`;
    const form = { on: '2020-06-20', outcome: 'granted' };
    expect((await anonymous('POST', url(marketId, 'reply'), form)).statusCode).toBe(401);
    expect((await officer.post(url(marketId, 'fly'), form)).statusCode).toBe(400);
    const bad = await officer.post(url(marketId, 'reply'), { outcome: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['outcome']);
    expect((await mediator.post(url(marketId, 'reply'), form)).statusCode).toBe(403);
    expect((await officer.post(url(housingId, 'reply'), form)).statusCode).toBe(404);
    expect((await officer.get(`${BASE}/${marketId}/reply-document.docx`)).statusCode).toBe(422);
    const done = await officer.post(url(marketId, 'reply'), form);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'concluded', outcome: 'granted', concludedOn: '2020-06-20' });
    const doc = await officer.get(`${BASE}/${marketId}/reply-document.docx`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    expect(doc.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('import and export', () => {
  const row = (over: Partial<RequestLedgerRow> = {}): Partial<RequestLedgerRow> => ({
    orgUnit: '区市场监管局',
    channel: 'in_person',
    arrivedOn: '2020-05-06',
    applicantType: 'natural_person',
    applicantName: '李四',
    applicantIdType: 'resident_id',
    applicantIdNumber: '210114198001011115',
    applicantPhone: '13900001111',
    informationDescription: '某超市的食品抽检结果',
    deliveryMethod: 'paper_mail',
    outcome: '予以公开',
    concludedOn: '2020-05-20',
    ...over,
  });

  it('rejects the whole file listing every bad row (unknown outcome, reply before receipt), then imports a good one', async () => {
    const importUrl = `${BASE}/import`;
    const bad = await ledgerFile(requestLedger, [
      row(),
      row({ outcome: '已答复' }),
      row({ concludedOn: '2020-05-01' }),
      row({ orgUnit: '区住建局' }),
    ]);
    const rejected = await officer.request({
      method: 'POST',
      url: importUrl,
      ...multipartFile(bad, 'b.xlsx'),
    });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().error.rows.map((r: { row: number }) => r.row)).toEqual([3, 4, 5]);
    const before = (await officer.get(`${BASE}?pageSize=200`)).json().total;
    expect(before).toBeGreaterThan(0);
    expect(
      (await mediator.request({ method: 'POST', url: importUrl, ...multipartFile(bad, 'b.xlsx') }))
        .statusCode,
    ).toBe(403);
    const good = await ledgerFile(requestLedger, [
      row(),
      row({ outcome: null, concludedOn: null, channel: 'letter', mailKind: 'ordinary', arrivedOn: TODAY }),
    ]);
    const ok = await officer.request({ method: 'POST', url: importUrl, ...multipartFile(good, 'a.xlsx') });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ imported: 2, updated: 0, unchanged: 0, concluded: 1 });
    expect((await officer.get(`${BASE}?pageSize=200`)).json().total).toBe(before + 2);
  });

  it('exports the scoped ledger with ID numbers masked', async () => {
    const res = await officer.get(`${BASE}/export?format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2101**********1115');
    expect(res.body).not.toContain('210114198001011115');
    expect(res.body).toContain('区市场监督管理局');
    expect(res.body).not.toContain('区住房和城乡建设局');
    expect((await officer.get(`${BASE}/import-template`)).statusCode).toBe(200);
  });

  it('reads its own export back without a change (查询码 kept; table 三 not doubled), and refuses a changed row', async () => {
    const importUrl = `${BASE}/import`;
    const exported = (await officer.get(`${BASE}/export?format=xlsx`)).rawPayload;
    const total = (await officer.get(`${BASE}?pageSize=200`)).json().total;
    const again = await officer.request({
      method: 'POST',
      url: importUrl,
      ...multipartFile(exported, 'a.xlsx'),
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, unchanged: total, concluded: 0 });
    expect(again.json().rows.every((r: { outcome: string }) => r.outcome === 'unchanged')).toBe(true);
    expect((await officer.get(`${BASE}?pageSize=200`)).json().total).toBe(total);
    const rows = (await parseLedgerFile(requestLedger, exported, 'xlsx')).rows;
    const changed = await ledgerFile(requestLedger, [
      { ...rows[0]!, informationDescription: '改过的描述' },
      ...rows.slice(1),
    ]);
    const refused = await officer.request({
      method: 'POST',
      url: importUrl,
      ...multipartFile(changed, 'c.xlsx'),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.rows).toEqual([
      {
        row: 2,
        column: '',
        message: expect.stringContaining(
          '所需政府信息的名称或内容描述与系统中不同：已登记的申请不能通过导入改写',
        ),
      },
    ]);
    expect((await officer.get(`${BASE}?pageSize=200`)).json().total).toBe(total);
  });
});

describe('the public portal', () => {
  const PORTAL = '/api/v1/portal/disclosure/requests';
  const form = () => {
    const {
      orgUnitId: _o,
      channel: _c,
      mailKind: _m,
      arrivedOn: _a,
      signedOn: _s,
      confirmedOn: _f,
      ...rest
    } = buildRequestInput(w.housing.id);
    return { ...rest, orgUnitId: w.housing.id };
  };

  it('validates with zh-CN messages, returns a tracking code, and the status page shows nothing personal', async () => {
    const bad = await anonymous('POST', PORTAL, { ...form(), applicantIdNumber: '123', applicantPhone: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('居民身份证号码应为 18 位');
    const ok = await anonymous('POST', PORTAL, form());
    expect(ok.statusCode).toBe(201);
    const { trackingCode, receivedOn, dueOn } = ok.json();
    expect(receivedOn).toBe(TODAY);
    expect(dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const status = await anonymous('GET', `${PORTAL}/${trackingCode.toLowerCase()}`);
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ status: 'registered', department: '区住房和城乡建设局', dueOn });
    for (const secret of ['张三丰', '1234', '13812345678', '维修资金'])
      expect(status.body).not.toContain(secret);
    expect((await anonymous('GET', `${PORTAL}/ZZZZ-ZZZZ-ZZZZ`)).statusCode).toBe(404);
    expect((await anonymous('GET', `${PORTAL}/x`)).statusCode).toBe(400);
    const departments = await anonymous('GET', '/api/v1/portal/disclosure/departments');
    expect(departments.json().departments.map((d: { name: string }) => d.name)).toContain(
      '区住房和城乡建设局',
    );
  });

  it('requires an e-mail address when the information is to be sent by e-mail (issue #10)', async () => {
    const post = (payload: object) =>
      app.inject({ method: 'POST', url: PORTAL, payload, remoteAddress: '10.9.9.8' });
    const bad = await post({ ...form(), deliveryMethod: 'email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'body.applicantEmail', message: '选择以电子邮件获取信息时，请填写电子邮箱' },
    ]);
    expect(
      (await post({ ...form(), deliveryMethod: 'email', applicantEmail: 'li@example.cn' })).statusCode,
    ).toBe(201);
    expect((await post({ ...form(), deliveryMethod: 'paper_mail' })).statusCode).toBe(201);
  });

  it('limits submissions to 5 a minute per IP', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push(
        (await app.inject({ method: 'POST', url: PORTAL, payload: form(), remoteAddress: '10.9.9.9' }))
          .statusCode,
      );
    }
    expect(codes.slice(0, 5).every((c) => c === 201)).toBe(true);
    expect(codes[5]).toBe(429);
  });
});
