import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { expectAudit } from '../../test/audit.js';
import { multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { proposalsModule } from './index.js';
import { proposalLedger } from './ledger.js';
import { proposalMetrics } from './metrics.js';

// One world for the module: the journey through the API, the return window, scope, the ledger, the figures.
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let housing: TestSession;
let market: TestSession;
let mediator: TestSession;
const BASE = '/api/v1/proposals/items';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [proposalsModule] });
  [coord, housing, market, mediator] = await Promise.all([
    w.login(app, 'coordinator'),
    w.login(app, 'housingOfficer'),
    w.login(app, 'marketOfficer'),
    w.login(app, 'mediator'),
  ]);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const register = (number: string, over: object = {}) =>
  coord.post(BASE, {
    kind: 'cppcc',
    session: '第十一届',
    meeting: '第一次会议',
    number,
    title: `关于老旧小区加装电梯的提案（${number}）`,
    leadAuthor: '王秀兰',
    category: '城乡建设',
    receivedOn: '2026-03-02',
    ...over,
  });
const step = (s: TestSession, id: string, transition: string, body: object) =>
  s.post(`${BASE}/${id}/transitions/${transition}`, body);

describe('a CPPCC proposal from assignment to 满意 (the issue’s journey)', () => {
  let id: string;
  it('is registered, assigned to a lead and a co-handling unit, with the 3-month clock', async () => {
    const res = await register('0001');
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const assigned = await step(coord, id, 'assign', {
      on: '2026-03-10',
      leadUnitId: w.housing.id,
      otherUnitIds: [w.market.id],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const d = assigned.json();
    expect(d).toMatchObject({ state: 'handling', answerDueOn: '2026-06-10', leadUnit: { id: w.housing.id } });
    expect(d.assignments.map((a: { role: string }) => a.role)).toEqual(['lead', 'co']);
    expect(d.clocks[0]).toMatchObject({ key: 'proposals.answer_cppcc_2018', dueOn: '2026-06-10' });
  });

  it('waits for the co-handler’s view and the meeting before the answer', async () => {
    const early = await step(housing, id, 'answer', answer('2026-03-12', 'B'));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('MEETING_REQUIRED');
    // The co-handler sends its own view; the lead unit cannot send it for them.
    expect(
      (await step(housing, id, 'co_views', { on: '2026-03-20', unitId: w.market.id, views: '同意' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await step(market, id, 'co_views', {
          on: '2026-03-20',
          unitId: w.market.id,
          views: '同意主办意见，配合加装电梯审批。',
        })
      ).statusCode,
    ).toBe(200);
    const met = await step(housing, id, 'contact', {
      on: '2026-03-25',
      kind: 'meeting',
      who: '区住建局副局长、王秀兰委员',
    });
    expect(met.statusCode, met.body).toBe(200);
  });

  it('is answered B, rated 不满意, re-handled and answered again, then rated 满意', async () => {
    expect((await step(market, id, 'answer', answer('2026-04-20', 'B'))).statusCode).toBe(403);
    const answered = await step(housing, id, 'answer', answer('2026-04-20', 'B'));
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ state: 'answered', resultClass: 'B', answeredOn: '2026-04-20' });
    const unhappy = await step(coord, id, 'dissatisfied', {
      on: '2026-04-28',
      note: '未明确加装电梯的补贴标准',
    });
    expect(unhappy.json()).toMatchObject({ state: 'handling', round: 2, evaluation: 'dissatisfied' });
    expect(unhappy.json().clocks.at(-1)).toMatchObject({ key: 'proposals.rehandle', dueOn: '2026-05-28' });
    await step(housing, id, 'answer', answer('2026-05-20', 'B', '补贴标准已明确：每部电梯补贴20万元。'));
    const happy = await step(coord, id, 'evaluate', { on: '2026-05-29', evaluation: 'satisfied' });
    expect(happy.json()).toMatchObject({ state: 'closed', evaluation: 'satisfied', round: 2 });
    const done = await step(housing, id, 'follow_up', {
      on: '2026-06-30',
      note: '首批12部电梯已开工',
      done: true,
    });
    expect(done.json()).toMatchObject({ followUpDone: true });
    expect(done.json().answers.map((a: { evaluation: string }) => a.evaluation)).toEqual([
      'dissatisfied',
      'satisfied',
    ]);
    await expectAudit(t.db, { action: 'proposals.item.answered', subjectId: id, count: 2 });
    await expectAudit(t.db, { action: 'proposals.item.rehandling_started', subjectId: id, count: 1 });
  });

  it('publishes the latest answer on the portal and shows the member their status by the personal link', async () => {
    const portal = await app.inject({ method: 'GET', url: '/api/v1/portal/proposals/answers?q=电梯' });
    expect(portal.statusCode).toBe(200);
    const mine = portal.json().items.filter((a: { id: string }) => a.id === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      unit: '区住房和城乡建设局',
      text: '补贴标准已明确：每部电梯补贴20万元。',
    });
    const detail = (await coord.get(`${BASE}/${id}`)).json();
    const token = detail.personalLink.split('/').at(-1);
    const status = await app.inject({ method: 'GET', url: `/api/v1/portal/proposals/status/${token}` });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({ state: 'closed', number: '0001' });
    expect(status.json().answers).toHaveLength(2);
    expect((await housing.get(`${BASE}/${id}`)).json().personalLink).toBeNull();
    const wrong = await app.inject({
      method: 'GET',
      url: '/api/v1/portal/proposals/status/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(wrong.statusCode).toBe(404);
  });

  it('records a work-plan task it started as a typed link', async () => {
    const res = await housing.post(`${BASE}/${id}/links`, {
      targetModule: 'coordination',
      text: '2027年老旧小区改造任务',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().links).toEqual([
      { targetModule: 'coordination', targetId: null, text: '2027年老旧小区改造任务' },
    ]);
  });
});

function answer(on: string, resultClass: string, text = '经研究，正在制定加装电梯补贴办法。') {
  return { on, documentNumber: `于住建提复〔2026〕${on.slice(5, 7)}号`, signer: '李建国', resultClass, text };
}

describe('return, reassignment, difficulty and scope', () => {
  let id: string;
  beforeAll(async () => {
    id = (await register('0002')).json().id;
    await step(coord, id, 'assign', { on: '2026-03-10', leadUnitId: w.housing.id });
  });

  it('refuses a return after the window, accepts one within it, and records the reassignment', async () => {
    const late = await step(housing, id, 'return', { on: '2026-03-18', reason: '不属于本单位职责' });
    expect(late.json().error.code).toBe('RETURN_WINDOW_PASSED');
    const back = await step(housing, id, 'return', { on: '2026-03-17', reason: '不属于本单位职责' });
    expect(back.json()).toMatchObject({ state: 'returned' });
    const again = await step(coord, id, 'reassign', { on: '2026-03-19', leadUnitId: w.market.id });
    expect(again.json()).toMatchObject({ state: 'handling', answerDueOn: '2026-06-22' }); // 19 June 2026 is 端午节
    expect(again.json().assignments.map((a: { status: string }) => a.status)).toEqual(['returned', 'active']);
    expect((await market.get(`${BASE}/${id}`)).statusCode).toBe(200);
  });

  it('gives six months from the same assignment day when marked broad or difficult, with the reason', async () => {
    const bad = await step(coord, id, 'mark_difficult', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['reason']);
    const res = await step(coord, id, 'mark_difficult', { reason: '涉及多个部门和资金' });
    expect(res.json()).toMatchObject({ difficult: true, answerDueOn: '2026-09-20' }); // 19 Sep is a Saturday; 20 Sep a 调休 working Sunday
    expect(res.json().clocks.find((c: { status: string }) => c.status === 'running')).toMatchObject({
      key: 'proposals.answer_cppcc_2018_difficult',
      startedOn: '2026-03-19',
    });
  });

  it('walks 401 → 400 → 403 → 404 → 200', async () => {
    expect((await app.inject({ method: 'GET', url: BASE })).statusCode).toBe(401);
    const bad = await coord.get(`${BASE}?state=lost&pageSize=1000`);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['querystring.pageSize', 'querystring.state']);
    const noTitle = await register('0003', { title: '' });
    expect(noTitle.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['body.title']);
    expect(
      (
        await market.post(BASE, {
          kind: 'npc',
          session: '第十八届',
          meeting: '闭会期间',
          number: '9',
          title: '关于',
          leadAuthor: '张',
          receivedOn: '2026-03-02',
        })
      ).statusCode,
    ).toBe(403);
    expect((await mediator.get(`${BASE}/${id}`)).statusCode).toBe(404);
    const list = (await housing.get(BASE)).json();
    // 区住建局 leads 0001 and sees 0002, which it returned, as part of its history.
    expect(list.items.map((i: { number: string }) => i.number).sort()).toEqual(['0001', '0002']);
  });
});

describe('the ledger and the figures', () => {
  it('exports, re-imports unchanged, and refuses a bad file whole', async () => {
    const csv = (await coord.get(`${BASE}/export?format=csv`)).body.replace(/^\uFEFF/, '');
    const again = await coord.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(csv, 'p.csv'),
    });
    expect(again.json(), again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    const header = proposalLedger.columns.map((c) => c.header);
    const row = (n: string, unit: string) => {
      const cells: Record<string, string> = {
        类型: '政协委员提案',
        届次: '第十一届',
        会次: '第一次会议',
        编号: n,
      };
      Object.assign(cells, {
        标题: '关于停车难的提案',
        '领衔代表（提案人）': '张志强',
        收到日期: '2026-03-02',
      });
      Object.assign(cells, { 交办日期: '2026-03-10', 主办单位: unit });
      return header.map((h) => cells[h] ?? '').join(',');
    };
    const file = [header.join(','), row('0100', '区交通运输局'), row('0101', '不存在局')].join('\n');
    const res = await coord.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(file, 'p.csv'),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows).toEqual([expect.objectContaining({ row: 3, column: '主办单位' })]);
    const n = await t.db.execute(sql`SELECT count(*)::int AS n FROM proposal_items`);
    expect(n.rows[0]!.n).toBe(2);
  });

  it('counts the year’s items, meetings, evaluations and re-handling', async () => {
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const scope = { districtId: w.district.districtId, orgPath: null };
    const value = async (key: string) =>
      (await proposalMetrics.find((m) => m.key === key)!.compute({ db: t.db, period, scope })).value;
    expect(await value('proposals.cppcc_proposals_handled')).toBe(2);
    expect(await value('proposals.npc_suggestions_handled')).toBe(0);
    expect(await value('proposals.meeting_rate')).toBe(0.5);
    expect(await value('proposals.satisfaction_rate')).toBe(1);
    expect(await value('proposals.rehandled')).toBe(1);
    // 0001 answered in time; 0002 is past its six months at the year's end, unanswered.
    expect(await value('proposals.answer_on_time_rate')).toBe(0.5);
  });
});
