import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../platform/context.js';
import { inTransaction } from '../../platform/db/index.js';
import type { App } from '../../platform/http/index.js';
import { computeMetric } from '../../platform/reports/index.js';
import { expectAudit } from '../../test/audit.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { powersModule } from '../powers/index.js';
import { corrections, correctionsModule, type ReviewOutcomeInput } from './index.js';
import { taskLedger } from './ledger.js';
import { correctionReminders } from './reminders.js';

let t: TestDatabase;
let w: DistrictWorld;
let app: App;
let coord: TestSession;
let market: TestSession;
let housing: TestSession;
const today = chinaDate(new Date());
const year = Number(today.slice(0, 4));
const POWER = randomUUID();

/** Records one review as the reviewing module would, in its own transaction. */
function record(
  input: Partial<ReviewOutcomeInput> & { number: string; corrects: ReviewOutcomeInput['corrects'] },
) {
  const ctx = w.as(w.coordinator, today);
  return inTransaction(t.db, (tx) =>
    corrections.recordReviewOutcome(tx, ctx, {
      source: {
        kind: 'litigation',
        number: input.number,
        outcomeCode: input.corrects ?? 'reject_claims',
        decidedOn: input.source?.decidedOn ?? `${year}-01-10`,
      },
      orgUnitId: w.market.id,
      ...input,
    }),
  );
}

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [powersModule, correctionsModule] });
  coord = await w.login(app, 'coordinator');
  market = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe('a review outcome recorded by the reviewing module', () => {
  it('counts an act that stood without opening a task', async () => {
    const result = await record({ number: '（2026）辽0114行初1号', corrects: null, powerId: POWER });
    expect(result.task).toBeNull();
    await expectAudit(t.db, { action: 'corrections.review.recorded', subjectId: result.reviewId, count: 1 });
    await expectAudit(t.db, { action: 'corrections.task.opened', count: 0 });
  });

  it('opens a numbered task with the default period for a corrective outcome, once per case number', async () => {
    const first = await record({
      number: '（2026）辽0114行初2号',
      corrects: 'revoke',
      powerId: POWER,
      target: { kind: 'decision', label: '于市监罚〔2026〕1号' },
    });
    expect(first.task?.number).toBe(`ZG${year}-0001`);
    // 60 days after 01-10 is 03-11, a working day.
    expect(first.task?.dueOn).toBe(`${year}-03-11`);
    const again = await record({ number: '（2026）辽0114行初2号', corrects: 'revoke' });
    expect(again).toEqual(first);
    await expectAudit(t.db, { action: 'corrections.task.opened', subjectId: first.task!.id, count: 1 });
  });

  it('flags a second correction on the same power as a repeated defect', async () => {
    const second = await record({
      number: '（2026）辽0114行初3号',
      corrects: 'confirm_illegal',
      powerId: POWER,
      source: { kind: 'litigation', number: 'x', outcomeCode: 'x', decidedOn: `${year}-02-01` },
      ordered: { dueOn: `${year}-12-31`, basis: '判决限期' },
    });
    const detail = (await coord.get(`/api/v1/corrections/tasks/${second.task!.id}`)).json();
    expect(detail.repeatCount).toBe(1);
    expect(detail.dueOn).toBe(`${year}-12-31`);
    expect(detail.dueBasis).toBe('判决限期');
  });
});

describe('the department rectifies, the coordinator accepts', () => {
  let id: string;
  beforeAll(async () => {
    id = (await record({ number: '（2026）辽0114行初9号', corrects: 'change' })).task!.id;
  });

  it('keeps another department out (404) and lists only the unit’s own tasks', async () => {
    expect((await housing.get(`/api/v1/corrections/tasks/${id}`)).statusCode).toBe(404);
    expect((await housing.get('/api/v1/corrections/tasks')).json().total).toBe(0);
    const mine = (await market.get('/api/v1/corrections/tasks?state=open')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await market.get('/api/v1/corrections/tasks?state=nope')).statusCode).toBe(400);
  });

  it('refuses a rectification dated before the decision, naming the field, and changes nothing', async () => {
    const res = await market.post(`/api/v1/corrections/tasks/${id}/transitions/submit`, {
      rectification: '已重新作出处理决定',
      rectifiedOn: `${year - 1}-12-01`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('rectifiedOn');
    expect((await market.get(`/api/v1/corrections/tasks/${id}`)).json().state).toBe('open');
  });

  it('submits, is returned with a reason, submits again, and is accepted', async () => {
    const submit = (text: string) =>
      market.post(`/api/v1/corrections/tasks/${id}/transitions/submit`, {
        rectification: text,
        rectifiedOn: today,
      });
    expect((await submit('已撤销原决定')).statusCode).toBe(200);
    expect((await market.post(`/api/v1/corrections/tasks/${id}/transitions/accept`, {})).statusCode).toBe(
      403,
    );
    const back = await coord.post(`/api/v1/corrections/tasks/${id}/transitions/return`, {
      reason: '未说明重作情况',
    });
    expect(back.json()).toMatchObject({ state: 'returned', returnReason: '未说明重作情况' });
    expect((await submit('已撤销原决定，并于同日重新作出处理决定')).json().state).toBe('submitted');
    const done = await coord.post(`/api/v1/corrections/tasks/${id}/transitions/accept`, { note: null });
    expect(done.json()).toMatchObject({ state: 'closed', closedOn: today });
    expect(done.json().history.map((s: { transition: string }) => s.transition)).toEqual([
      'submit',
      'return',
      'submit',
      'accept',
    ]);
    await expectAudit(t.db, { action: 'corrections.task.accepted', subjectId: id, count: 1 });
  });
});

describe('figures, reminders and the ledger', () => {
  it('computes the correction rate per unit and the district figures', async () => {
    const rates = (await coord.get(`/api/v1/corrections/rates?by=unit&year=${year}`)).json();
    const marketRow = rates.rows.find((r: { id: string }) => r.id === w.market.id);
    expect(marketRow).toMatchObject({ reviewed: 4, corrected: 3, rate: 0.75, repeated: true });
    const byPower = (await coord.get(`/api/v1/corrections/rates?by=power&year=${year}`)).json();
    expect(byPower.rows[0]).toMatchObject({ id: POWER, reviewed: 3, corrected: 2 });
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const rate = await computeMetric(t.db, w.coordinator, 'corrections.correction_rate', period);
    expect(rate.value).toBeCloseTo(0.75);
    expect((await computeMetric(t.db, w.coordinator, 'corrections.repeated_defects', period)).value).toBe(1);
    expect(
      (await computeMetric(t.db, w.coordinator, 'corrections.tasks_open', { ...period, to: today })).value,
    ).toBe(2);
  });

  it('reminds the unit of an overdue task', async () => {
    const reminders = await correctionReminders.load(t.db, w.marketOfficer, `${year}-03-20`);
    expect(reminders.map((r) => r.urgency)).toContain('overdue');
    expect(await correctionReminders.load(t.db, w.housingOfficer, `${year}-03-20`)).toEqual([]);
  });

  it('exports, re-imports unchanged, imports a past task and refuses a bad file whole', async () => {
    const exported = await coord.get('/api/v1/corrections/tasks/export?format=csv');
    expect(exported.statusCode).toBe(200);
    const upload = (file: Buffer | string, name: string) =>
      coord.request({
        method: 'POST',
        url: '/api/v1/corrections/tasks/import',
        ...multipartFile(file, name),
      });
    const back = await upload(exported.body.replace(/^\uFEFF/, ''), 'tasks.csv');
    expect(back.json()).toMatchObject({ imported: 0, unchanged: 3 });
    const past = {
      number: 'ZG2024-0001',
      source: 'reconsideration',
      sourceNumber: '于政复〔2024〕8号',
      outcome: 'revoke',
      decidedOn: '2024-05-20',
      unit: '区住房和城乡建设局',
      targetKind: 'decision',
      targetLabel: '于住建罚〔2024〕5号',
      defect: '认定事实不清',
      dueOn: '2024-07-19',
      state: 'closed',
      rectification: '已重新调查并作出决定',
      rectifiedOn: '2024-07-01',
      closedOn: '2024-07-05',
    };
    const bad = await upload(
      await ledgerFile(taskLedger, [
        past,
        { ...past, number: 'ZG2024-0002', sourceNumber: 'y', unit: '不存在局' },
      ]),
      't.xlsx',
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.rows).toEqual([expect.objectContaining({ row: 3, column: '责任单位' })]);
    const good = await upload(await ledgerFile(taskLedger, [past]), 't.xlsx');
    expect(good.json()).toMatchObject({ imported: 1 });
    const again = await upload(await ledgerFile(taskLedger, [past]), 't.xlsx');
    expect(again.json()).toMatchObject({ imported: 0, unchanged: 1 });
    const n = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM corrective_tasks`);
    expect(n.rows[0]?.n).toBe(4);
  });
});
