import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { getOrgUnitByCode, type OrgUnit } from '../../platform/org/index.js';
import { expectAudit } from '../../test/audit.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { sql } from 'drizzle-orm';
import { legalAffairsModule } from '../legal-affairs/index.js';
import { sessionPool } from '../../test/standing.js';
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
/** A department officer of the 区信访局: the petitions office sees the district's petitions. */
let officeOfficer: TestSession;
const BASE = '/api/v1/petitions/petitions';
const step = (id: string, transition: string) => `${BASE}/${id}/transitions/${transition}`;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [petitionsModule, legalAffairsModule] });
  office = (await getOrgUnitByCode(t.db, '210114-D27'))!;
  coord = await w.login(app, 'coordinator');
  housing = await w.login(app, 'housingOfficer');
  market = await w.login(app, 'marketOfficer');
  mediator = await w.login(app, 'mediator');
  officeOfficer = await sessionPool(t.db, app)('department_officer', office);
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

describe('the boundary of the two texts: received 2022-04-30 (2005 条例) vs 2022-05-01 (2022 条例)', () => {
  /** The same steps on the same days for both petitions; only the day of receipt differs. */
  async function walk(receivedOn: string) {
    const p = await register({ receivedOn });
    const go = async (who: TestSession, transition: string, body: Record<string, unknown>) => {
      const res = await who.post(step(p.id, transition), body);
      expect(res.statusCode, `${transition}: ${res.body}`).toBe(200);
      return res.json();
    };
    await go(coord, 'route', { on: '2022-05-06', handlingUnitId: w.housing.id, mode: 'assign' });
    await go(housing, 'accept', { on: '2022-05-10' });
    await go(coord, 'extend', { on: '2022-07-01', reason: '案情复杂，经负责人批准延长' });
    await go(housing, 'answer', { on: '2022-07-20', outcome: 'explain', summary: '已作解释说明' });
    await go(coord, 'request_review', { on: '2022-08-01' });
    await go(coord, 'decide_review', { on: '2022-08-15', result: 'upheld' });
    await go(coord, 'request_reexam', { on: '2022-09-01' });
    const closed = await go(coord, 'decide_reexam', { on: '2022-09-20', result: 'upheld' });
    const dues = Object.fromEntries(
      (closed.clocks as { key: string; dueOn: string }[]).map((c) => [c.key, c.dueOn]),
    );
    return { law: closed.law as string, status: closed.status as string, dues };
  }

  it('runs each petition under its own text, with the same windows: 15 / 15, 60 + 30, 复查 30 + 30, 复核 30 + 30', async () => {
    const before = await walk('2022-04-30');
    const after = await walk('2022-05-01');
    expect([before.law, after.law]).toEqual(['2005', '2022']);
    expect([before.status, after.status]).toEqual(['closed', 'closed']);
    // Routing: 04-30 + 15 = Sun 05-15 → Mon 05-16; 05-01 + 15 = Mon 05-16. Notice from routing on 05-06:
    // + 15 = Sat 05-21 → Mon 05-23. Handling from acceptance 05-10: + 60 = Sat 07-09, extended by 30 → 08-08.
    // 复查: request within 30 of the opinion (07-20 → 08-19), decided within 30 of the request (08-01 → 08-31).
    // 复核: request within 30 of the 复查 opinion (08-15 → 09-14), decided within 30 (09-01 → 10-01, 国庆 → Sat
    // 10-08, a 调休上班日).
    const chain = {
      routing: '2022-05-16',
      notice: '2022-05-23',
      handling: '2022-08-08',
      review_request: '2022-08-19',
      review: '2022-08-31',
      reexam_request: '2022-09-14',
      reexam: '2022-10-08',
    };
    const keyed = (suffix: string) =>
      Object.fromEntries(Object.entries(chain).map(([k, v]) => [`petitions.${k}${suffix}`, v]));
    expect(before.dues).toEqual(keyed('_2005'));
    // The 2022 text alone gives the routed organ 5 working days to object: 05-07 (a worked Saturday) … 05-12.
    expect(after.dues).toEqual({ ...keyed(''), 'petitions.objection': '2022-05-12' });
  });
});

describe('scope: a department sees what is routed to it, the petitions office the district', () => {
  it('takes a petition out of the receiving department once routed elsewhere; the 信访局 keeps it', async () => {
    // The housing bureau receives a petition directly, the coordinator routes it to the market regulator.
    const direct = await housing.post(
      BASE,
      intake({ receivedOn: '2023-11-01', subject: '直接来信：占道经营' }),
    );
    expect(direct.statusCode, direct.body).toBe(201);
    const p = direct.json();
    expect(p.intakeUnit).toBe(w.housing.name);
    expect((await housing.get(`${BASE}/${p.id}`)).statusCode).toBe(200);
    const routed = await coord.post(step(p.id, 'route'), {
      on: '2023-11-02',
      handlingUnitId: w.market.id,
      mode: 'transfer',
    });
    expect(routed.statusCode, routed.body).toBe(200);
    expect((await housing.get(`${BASE}/${p.id}`)).statusCode).toBe(404);
    expect((await market.get(`${BASE}/${p.id}`)).statusCode).toBe(200);
    expect((await officeOfficer.get(`${BASE}/${p.id}`)).statusCode).toBe(200);
    const ids = async (who: TestSession) =>
      ((await who.get(`${BASE}?pageSize=100`)).json().items as { id: string }[]).map((i) => i.id);
    expect(await ids(housing)).not.toContain(p.id);
    expect(await ids(market)).toContain(p.id);
    // The petitions office lists every petition of the district, as the coordinator does.
    expect((await ids(officeOfficer)).sort()).toEqual((await ids(coord)).sort());
  });
});

describe('links to other modules, checked through their index.ts', () => {
  it('refuses a 诉访分离 to a 复议 case the district does not have, and links one it has', async () => {
    const p = await register({ receivedOn: '2023-12-01', subject: '不服罚款决定' });
    const unknown = await coord.post(step(p.id, 'divert'), {
      on: '2023-12-04',
      diversion: 'reconsideration',
      link: { number: '于政复〔2023〕999号' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['link.number']);
    expect((await coord.get(`${BASE}/${p.id}`)).json().status).toBe('registered');
    const [c] = (
      await t.db.execute<{ id: string }>(sql`
        INSERT INTO reconsideration_cases (district_id, org_unit_id, case_number, tracking_code, law_text, channel,
          received_on, applicant_type, applicant_name, act_type, act_description, request_text, status, review_from_on)
        VALUES (${w.district.id}, ${w.district.id}, '于政复〔2023〕12号', 'TESTCASE0012', '2023', 'letter', '2023-12-05',
          'natural_person', '张三丰', 'penalty', '罚款', '撤销罚款决定', 'under_review', '2023-12-05')
        RETURNING id`)
    ).rows;
    const linked = await coord.post(step(p.id, 'divert'), {
      on: '2023-12-06',
      diversion: 'reconsideration',
      link: { number: '于政复〔2023〕12号' },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({
      status: 'diverted',
      diversionLink: {
        module: 'reconsideration',
        id: c!.id,
        number: '于政复〔2023〕12号',
        status: 'under_review',
      },
    });
  });

  it('asks the legal advisers for support on a key case: one legal-affairs matter, linked, its state shown', async () => {
    const p = await register({ receivedOn: '2023-12-11', subject: '征收补偿争议（重点信访案件）' });
    expect(p.legalSupportAllowed).toBe(true);
    // A stale If-Match (the page saw an older version) is refused and opens no matter (decision 0022).
    const stale = await coord.request({
      method: 'POST',
      url: `${BASE}/${p.id}/legal-support/request`,
      headers: { 'if-match': `"${p.version - 1}"` },
      payload: {},
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const asked = await coord.post(`${BASE}/${p.id}/legal-support/request`, {
      note: '请法律顾问研判补偿依据',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const support = asked.json().legalSupport;
    expect(asked.json().keyCase).toBe(true);
    expect(support).toMatchObject({
      module: 'legal_affairs',
      status: 'requested',
      note: '请法律顾问研判补偿依据',
    });
    expect(support.number).toMatch(/^法务〔\d{4}〕\d{4}号$/);
    await expectAudit(t.db, { action: 'legal_affairs.matter.requested', subjectId: support.id, count: 1 });
    await expectAudit(t.db, {
      action: 'petitions.petition.legal_support_requested',
      subjectId: p.id,
      count: 1,
    });
    // Asking again links the same matter (idempotent on the petition).
    const again = await coord.post(`${BASE}/${p.id}/legal-support/request`, {});
    expect(again.json().legalSupport.id).toBe(support.id);
    const matters = await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM legal_matters WHERE source_module = 'petitions' AND source_id = ${p.id}`,
    );
    expect(matters.rows[0]!.n).toBe(1);
    // Linking by a number legal-affairs does not know is refused, naming the field; nothing changes.
    const wrong = await coord.put(`${BASE}/${p.id}/legal-support`, {
      module: 'legal_affairs',
      number: '法务〔2023〕9999号',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['number']);
    expect((await coord.get(`${BASE}/${p.id}`)).json().legalSupport.id).toBe(support.id);
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

describe('the petitions page charts (GET …/stats)', () => {
  it("counts the year by category, channel and month and the on-time periods, in the caller's scope", async () => {
    // 2022 holds the 2005-text petition received 04-18 (objected, back at the office, routing again) and the
    // two boundary petitions (04-30, 05-01: routed by 05-16, answered within the extended handling period).
    const res = await coord.get(`${BASE}/stats?year=2022`);
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    expect(stats.total).toBe(3);
    expect(stats.byMonth.slice(3, 5)).toEqual([2, 1]);
    expect(stats.byCategory.find((c: { code: string }) => c.code === 'appeal').count).toBe(3);
    const stage = (k: string) => stats.onTime.find((s: { stage: string }) => s.stage === k);
    expect(stage('routing')).toMatchObject({ ended: 2, onTime: 2, late: 0, overdueRunning: 1, rate: 1 });
    expect(stage('handling')).toMatchObject({ ended: 2, onTime: 2, rate: 1 });
    expect(stage('reexam')).toMatchObject({ ended: 2, onTime: 2 });
    // The market regulator handles none of them (the 04-18 one went back to the office on its objection).
    expect((await market.get(`${BASE}/stats?year=2022`)).json().total).toBe(0);
    expect((await officeOfficer.get(`${BASE}/stats?year=2022`)).json().total).toBe(3);
  });
});
