import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { getOrgUnitByCode, type OrgUnit } from '../../platform/org/index.js';
import { expectAudit } from '../../test/audit.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { petitionsModule } from './index.js';
import { petitionLedger } from './ledger.js';
import { petitionsReceived, reviewsRequested } from './metrics.js';

// One world for the module's db cases: the journey, law by date, refusals, the portal, the ledger, metrics.
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let office: OrgUnit;
let coord: TestSession;
let housing: TestSession;
let market: TestSession;
let mediator: TestSession;
const BASE = '/api/v1/petitions/petitions';
const step = (id: string, transition: string) => `${BASE}/${id}/transitions/${transition}`;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [petitionsModule] });
  office = (await getOrgUnitByCode(t.db, '210114-D27'))!;
  coord = await w.login(app, 'coordinator');
  housing = await w.login(app, 'housingOfficer');
  market = await w.login(app, 'marketOfficer');
  mediator = await w.login(app, 'mediator');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const intake = (over: Record<string, unknown> = {}) => ({
  channel: 'letter',
  category: 'appeal',
  receivedOn: '2023-03-01',
  petitionerName: '张三丰',
  petitionerPhone: '13812345678',
  subject: '小区冬季供暖温度不达标',
  content: '请求协调供暖企业整改，并退还部分供暖费。',
  ...over,
});

async function register(over: Record<string, unknown> = {}) {
  const res = await coord.post(BASE, intake({ intakeUnitId: office.id, ...over }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('a petition routed, answered, 复查 requested and decided (信访工作条例 2022)', () => {
  it('walks the procedure with its clocks, in scope, with an audit event per step', async () => {
    const p = await register();
    expect(p).toMatchObject({ law: '2022', status: 'registered', number: 'XF2023-0001' });
    expect(p.clocks.map((c: { key: string; dueOn: string }) => [c.key, c.dueOn])).toEqual([
      ['petitions.routing', '2023-03-16'],
    ]);
    // 401 → 400 (form) → 403 (role) → 404 (out of scope) → 200.
    const route = { on: '2023-03-03', handlingUnitId: w.housing.id, mode: 'assign' };
    expect((await app.inject({ method: 'POST', url: step(p.id, 'route'), payload: route })).statusCode).toBe(
      401,
    );
    const bad = await coord.post(step(p.id, 'route'), { on: '2023-03-03', mode: 'assign' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['handlingUnitId']);
    expect((await mediator.post(step(p.id, 'route'), route)).statusCode).toBe(403);
    expect((await market.post(step(p.id, 'route'), route)).statusCode).toBe(404);
    const routed = await coord.post(step(p.id, 'route'), route);
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json()).toMatchObject({ status: 'routed', handlingUnit: w.housing.name });
    const running = routed.json().clocks.filter((c: { status: string }) => c.status !== 'stopped');
    // Notice: 15 days from 03-03 → 03-18 (Sat) → Mon 03-20; objection: 5 WD → Fri 03-10.
    expect(running.map((c: { key: string; dueOn: string }) => [c.key, c.dueOn])).toEqual([
      ['petitions.notice', '2023-03-20'],
      ['petitions.objection', '2023-03-10'],
    ]);
    // The housing bureau now sees it; the market regulator does not.
    expect((await housing.get(`${BASE}/${p.id}`)).statusCode).toBe(200);
    expect((await market.get(`${BASE}/${p.id}`)).statusCode).toBe(404);
    const accepted = await housing.post(step(p.id, 'accept'), { on: '2023-03-08' });
    expect(accepted.json()).toMatchObject({ status: 'handling', dates: { noticeOn: '2023-03-08' } });
    const answered = await housing.post(step(p.id, 'answer'), {
      on: '2023-04-20',
      outcome: 'explain',
      summary: '供暖温度经检测达标，已向信访人解释说明有关标准。',
    });
    expect(answered.json()).toMatchObject({ status: 'answered', outcome: 'explain' });
    // The handling department cannot decide its own 复查: the level above does.
    expect((await housing.post(step(p.id, 'request_review'), { on: '2023-05-05' })).statusCode).toBe(403);
    expect((await coord.post(step(p.id, 'request_review'), { on: '2023-05-05' })).json().status).toBe(
      'review_requested',
    );
    const decided = await coord.post(step(p.id, 'decide_review'), { on: '2023-05-30', result: 'upheld' });
    expect(decided.json()).toMatchObject({ status: 'reviewed', reviewResult: 'upheld' });
    expect(decided.json().steps.map((s: { transition: string }) => s.transition)).toEqual([
      'route',
      'accept',
      'answer',
      'request_review',
      'decide_review',
    ]);
    await expectAudit(t.db, { action: 'petitions.petition.registered', subjectId: p.id, count: 1 });
    await expectAudit(t.db, { action: 'petitions.petition.reviewed', subjectId: p.id, count: 1 });
    // Too early to close: the petitioner has 30 days from the 复查 opinion to ask for a 复核.
    const early = await coord.post(step(p.id, 'close'), { on: '2023-06-20' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('REQUEST_WINDOW_OPEN');
  });

  it('closes a petition the petitioner did not take further once the 30 days have passed', async () => {
    const p = await register({ receivedOn: '2023-07-03', category: 'suggestion' });
    for (const [tr, body] of [
      ['route', { on: '2023-07-04', handlingUnitId: w.housing.id, mode: 'transfer' }],
      ['accept', { on: '2023-07-05' }],
      ['answer', { on: '2023-08-01', outcome: 'support', summary: '采纳建议' }],
      ['close', { on: '2023-09-01' }],
    ] as const)
      expect((await coord.post(step(p.id, tr), body)).statusCode, tr).toBe(200);
  });
});

describe('law by date: a petition received before 2022-05-01 runs under the 2005 信访条例', () => {
  it('starts the 2005 clocks and lets an assignment be objected to without the 5-day limit', async () => {
    const p = await register({ receivedOn: '2022-04-18' });
    expect(p.law).toBe('2005');
    // 15 days from 04-18 → 05-03, inside the 劳动节 holiday → 05-05.
    expect(p.clocks.map((c: { key: string; dueOn: string }) => [c.key, c.dueOn])).toEqual([
      ['petitions.routing_2005', '2022-05-05'],
    ]);
    await coord.post(step(p.id, 'route'), { on: '2022-04-20', handlingUnitId: w.market.id, mode: 'assign' });
    const objected = await market.post(step(p.id, 'object_assignment'), {
      on: '2022-05-20',
      reason: '不属于本机关职权范围',
    });
    expect(objected.statusCode, objected.body).toBe(200);
    expect(objected.json()).toMatchObject({ status: 'registered', handlingUnit: office.name });
  });

  it('refuses an objection after 5 working days under the 2022 text', async () => {
    const p = await register({ receivedOn: '2023-09-25' });
    await coord.post(step(p.id, 'route'), { on: '2023-09-26', handlingUnitId: w.market.id, mode: 'assign' });
    // 5 WD from 09-26 across 国庆 2023 (09-29…10-06 off, Sat 10-07 worked): 09-27, 09-28, 10-07, 10-08, 10-09.
    const late = await market.post(step(p.id, 'object_assignment'), {
      on: '2023-10-10',
      reason: '不属本机关',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('OBJECTION_WINDOW_PASSED');
  });
});

describe('refusals name the field and change nothing', () => {
  it('refuses a group visit with more than 5 representatives and a suggestion sent to litigation', async () => {
    const group = await coord.post(BASE, intake({ channel: 'visit', representatives: 6, peopleCount: 30 }));
    expect(group.statusCode).toBe(400);
    expect(group.json().error.fields).toEqual([
      expect.objectContaining({ path: 'representatives', message: expect.stringContaining('不超过5人') }),
    ]);
    const p = await register({ category: 'suggestion', receivedOn: '2023-10-16' });
    const divert = await coord.post(step(p.id, 'divert'), { on: '2023-10-17', diversion: 'litigation' });
    expect(divert.json().error.code).toBe('DIVERSION_NOT_APPEAL');
    expect((await coord.get(`${BASE}/${p.id}`)).json().status).toBe('registered');
  });
});

describe('the portal: submit online and track with a code, the petitioner masked', () => {
  it('registers at the petitions office and shows only procedural facts', async () => {
    const sent = await app.inject({
      method: 'POST',
      url: '/api/v1/portal/petitions',
      payload: {
        category: 'suggestion',
        petitionerName: '欧阳明',
        subject: '建议增设公交站点',
        content: '请在某路口增设站点。',
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const code = sent.json().trackingCode;
    const tracked = await app.inject({ method: 'GET', url: `/api/v1/portal/petitions/${code}` });
    expect(tracked.json()).toMatchObject({
      status: 'registered',
      handlingUnit: office.name,
      petitioner: '欧**',
    });
    expect(tracked.body).not.toContain('欧阳明');
    expect((await app.inject({ method: 'GET', url: '/api/v1/portal/petitions/ZZZZZZZZZZ' })).statusCode).toBe(
      404,
    );
  });
});

describe('the petitions ledger (信访事项台账)', () => {
  it('imports all or nothing, is idempotent on the 信访件编号, and round-trips its export', async () => {
    const good = {
      number: 'XF2023-9001',
      receivedOn: '2023-02-01',
      channel: 'phone',
      category: 'accusation',
      petitionerName: '李四',
      subject: '举报无证经营',
      content: '某路口餐馆无证经营。',
    } as const;
    const upload = async (rows: object[]) =>
      coord.request({
        method: 'POST',
        url: `${BASE}/import`,
        ...multipartFile(await ledgerFile(petitionLedger, rows as never), 'p.xlsx'),
      });
    const rejected = await upload([
      good,
      { ...good, number: 'XF2023-9002', channel: 'letter', representatives: 3 },
    ]);
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().error.rows).toEqual([expect.objectContaining({ row: 3, column: '代表人数' })]);
    expect((await coord.get(`${BASE}?q=XF2023-900`)).json().total).toBe(0);
    expect((await upload([good])).json()).toMatchObject({ imported: 1, unchanged: 0 });
    expect((await upload([good])).json()).toMatchObject({ imported: 0, unchanged: 1 });
    const exported = await coord.get(`${BASE}/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    const back = await coord.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(exported.body.replace(/^\uFEFF/, ''), 'p.csv'),
    });
    expect(back.json()).toMatchObject({ imported: 0, updated: 0 });
  });
});

describe('petitions metrics', () => {
  it('count the year by category and the 复查 requested, in the district scope', async () => {
    const args = {
      db: t.db,
      period: { from: '2023-01-01', to: '2023-12-31' },
      scope: { districtId: w.district.id, orgPath: null },
    };
    const received = await petitionsReceived.compute(args);
    const list = (await coord.get(`${BASE}?year=2023&pageSize=200`)).json();
    expect(received.value).toBe(list.total);
    expect(received.breakdown!.appeal).toBe(
      list.items.filter((i: { category: string }) => i.category === 'appeal').length,
    );
    expect((await reviewsRequested.compute(args)).value).toBe(1);
  });
});
