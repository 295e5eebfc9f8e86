import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { computeMetric } from '../../platform/reports/index.js';
import { expectAudit } from '../../test/audit.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { correctionsModule } from '../corrections/index.js';
import { powersModule } from '../powers/index.js';
import { litigationModule } from './index.js';
import { lawsuitLedger, type LawsuitLedgerRow } from './ledger.js';
import { daysBefore } from './demo/plan.js';

let t: TestDatabase;
let w: DistrictWorld;
let app: App;
let coord: TestSession;
let market: TestSession;
let housing: TestSession;
const today = chinaDate(new Date());
const year = Number(today.slice(0, 4));
const d = (n: number) => daysBefore(today, n);
const BASE = '/api/v1/litigation/lawsuits';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [powersModule, correctionsModule, litigationModule] });
  coord = await w.login(app, 'coordinator');
  market = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const complaint = (over: object = {}) => ({
  caseNumber: `（${year}）辽0114行初501号`,
  court: '沈阳市于洪区人民法院',
  orgUnitId: w.market.id,
  plaintiffName: '沈阳某某食品有限公司',
  plaintiffKind: 'organisation',
  cause: '行政处罚',
  actChallenged: '于市监罚〔2026〕18号行政处罚决定',
  actKind: 'penalty',
  filedOn: d(60),
  servedOn: d(58),
  ...over,
});

describe('a lawsuit from the complaint to the corrective task', () => {
  let id: string;
  const step = (who: TestSession, transition: string, body: object) =>
    who.post(`${BASE}/${id}/transitions/${transition}`, body);

  it('registers a served complaint with its 15-day answer clock; another department cannot see it', async () => {
    const bad = await market.post(BASE, complaint({ servedOn: d(70), afterReconsideration: true }));
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['reconsiderationNumber', 'reconsiderationResult', 'servedOn']);
    const res = await market.post(BASE, complaint());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().clocks[0]).toMatchObject({ key: 'litigation.answer' });
    expect(res.json().clocks[0].explanation).toContain('第六十七条');
    expect(res.json().defendants).toEqual(['区市场监督管理局']);
    expect((await market.post(BASE, complaint())).statusCode).toBe(409);
    expect((await housing.get(`${BASE}/${id}`)).statusCode).toBe(404);
    await expectAudit(t.db, { action: 'litigation.lawsuit.registered', subjectId: id, count: 1 });
  });

  it('answers with evidence and basis, stopping the clock', async () => {
    const early = await step(market, 'answer', {
      answeredOn: d(59),
      evidence: '卷宗',
      basis: '《食品安全法》',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('answeredOn');
    const res = await step(market, 'answer', {
      answeredOn: d(50),
      evidence: '卷宗、笔录',
      basis: '《食品安全法》第一百二十四条',
    });
    expect(res.json()).toMatchObject({ state: 'answered', answeredOn: d(50) });
    expect(res.json().clocks[0].status).toBe('stopped');
  });

  it('refuses a judgment before any hearing, then records the head in court', async () => {
    const judgment = {
      judgmentType: 'confirm_illegal',
      judgedOn: d(30),
      servedOn: d(28),
      summary: '程序违法',
    };
    const refused = await step(market, 'judge_first', judgment);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('HEARING_REQUIRED');
    const noProof = await step(market, 'record_hearing', {
      heldOn: d(40),
      headAppeared: true,
      headName: '周明',
      headPosition: '副局长',
      headLevel: 'deputy',
    });
    expect(noProof.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['proofOfPosition']);
    const heard = await step(market, 'record_hearing', {
      heldOn: d(40),
      headAppeared: true,
      headName: '周明',
      headPosition: '副局长',
      headLevel: 'deputy',
      proofOfPosition: true,
      courtRequested: true,
    });
    expect(heard.json()).toMatchObject({ state: 'heard', headAppeared: true });
    expect(heard.json().hearings[0]).toMatchObject({ headName: '周明', headLevel: 'deputy' });
    const judged = await step(market, 'judge_first', judgment);
    expect(judged.json()).toMatchObject({ state: 'judged', judgmentType: 'confirm_illegal' });
    expect(judged.json().clocks.map((c: { key: string }) => c.key)).toContain('litigation.appeal_judgment');
  });

  it('takes effect after the appeal window and opens the corrective task for the department', async () => {
    const tooEarly = await step(market, 'take_effect', { effectiveOn: d(20) });
    expect(tooEarly.statusCode).toBe(400);
    const res = await step(market, 'take_effect', { effectiveOn: d(5) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'effective', effectiveType: 'confirm_illegal', lost: true });
    const task = res.json().correctiveTask;
    expect(task.number).toMatch(/^ZG\d{4}-\d{4}$/);
    const detail = (await market.get(`/api/v1/corrections/tasks/${task.id}`)).json();
    expect(detail).toMatchObject({
      state: 'open',
      orgUnit: { id: w.market.id },
      source: { kind: 'litigation', outcome: 'confirm_illegal' },
    });
    expect(detail.target.kind).toBe('enforcement_case');
    const closed = await step(market, 'close', { closedOn: d(2), performance: '判决确认违法，无需履行' });
    expect(closed.json().state).toBe('closed');
  });

  it('records a judicial suggestion and its reply, once', async () => {
    const added = await market.post(`${BASE}/${id}/suggestions`, {
      receivedOn: d(3),
      content: '建议规范现场检查笔录',
    });
    expect(added.statusCode).toBe(201);
    const sid = added.json().suggestions[0].id;
    const reply = { repliedOn: d(1), reply: '已修订现场检查笔录格式' };
    expect(
      (await market.post(`${BASE}/${id}/suggestions/${sid}/reply`, reply)).json().suggestions[0].reply,
    ).toBe(reply.reply);
    expect((await market.post(`${BASE}/${id}/suggestions/${sid}/reply`, reply)).statusCode).toBe(409);
  });
});

describe('figures, table 四 and the ledger', () => {
  const past: LawsuitLedgerRow = {
    caseNumber: '（2024）辽0114行初7号',
    court: '沈阳市于洪区人民法院',
    unit: '区住房和城乡建设局',
    plaintiffName: '刘某某',
    plaintiffKind: 'person',
    cause: '政府信息公开答复',
    actChallenged: '政府信息公开申请答复书',
    actKind: 'disclosure',
    filedOn: '2024-03-04',
    servedOn: '2024-03-08',
    afterReconsideration: true,
    reconsiderationNumber: '于政复〔2024〕3号',
    reconsiderationResult: 'upheld',
    answeredOn: '2024-03-20',
    heldOn: '2024-04-16',
    headAppeared: false,
    headName: null,
    headPosition: null,
    judgmentType: 'revoke_redo',
    judgedOn: '2024-05-20',
    judgmentServedOn: '2024-05-24',
    appealedOn: null,
    secondCaseNumber: null,
    secondResult: null,
    effectiveType: 'revoke_redo',
    effectiveOn: '2024-06-09',
    closedOn: null,
    state: 'effective',
  };
  const upload = (file: Buffer | string, name = 'l.xlsx') =>
    coord.request({ method: 'POST', url: `${BASE}/import`, ...multipartFile(file, name) });

  it('imports a past case all or nothing, idempotent on the case number, and fills table 四', async () => {
    const bad = await upload(
      await ledgerFile(lawsuitLedger, [past, { ...past, caseNumber: 'x', judgedOn: '2024-03-01' }]),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.rows[0]).toMatchObject({ row: 3 });
    expect((await upload(await ledgerFile(lawsuitLedger, [past]))).json()).toMatchObject({ imported: 1 });
    expect((await upload(await ledgerFile(lawsuitLedger, [past]))).json()).toMatchObject({
      imported: 0,
      unchanged: 1,
    });
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const after = await computeMetric(
      t.db,
      w.coordinator,
      'litigation.disclosure_table4_after_reconsideration',
      period,
    );
    expect(after).toMatchObject({ value: 1, breakdown: { corrected: 1 } });
    const direct = await computeMetric(t.db, w.coordinator, 'litigation.disclosure_table4_direct', period);
    expect(direct.value).toBe(0);
    const mid = await computeMetric(
      t.db,
      w.coordinator,
      'litigation.disclosure_table4_after_reconsideration',
      {
        from: '2024-01-01',
        to: '2024-04-30',
      },
    );
    expect(mid.breakdown).toMatchObject({ pending: 1 });
  });

  it('exports what it holds and reads it back unchanged', async () => {
    const exported = await coord.get(`${BASE}/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    expect((await upload(exported.body.replace(/^\uFEFF/, ''), 'l.csv')).json()).toMatchObject({
      imported: 0,
      unchanged: 2,
    });
  });

  it('computes 败诉率 and 负责人出庭应诉率 from the cases', async () => {
    const period = { from: `${year - 3}-01-01`, to: today };
    expect((await computeMetric(t.db, w.coordinator, 'litigation.loss_rate', period)).value).toBe(1);
    // Two cases heard: the head appeared in one.
    expect((await computeMetric(t.db, w.coordinator, 'litigation.head_appearance_rate', period)).value).toBe(
      0.5,
    );
    const tasks = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM corrective_tasks`);
    expect(tasks.rows[0]?.n).toBe(2);
  });
});
