import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { getOrgUnitByCode } from '../../platform/org/index.js';
import { computeMetric } from '../../platform/reports/index.js';
import { expectAudit } from '../../test/audit.js';
import { multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { mediationModule } from './index.js';
import { mediationCases } from './schema.js';
import { registerCases, registerPoints } from './service.js';

// One world for the module: two villages of the mediator's street (迎宾路街道) and one of another street.
let t: TestDatabase;
let w: DistrictWorld;
let app: App;
let mediator: TestSession;
let coordinator: TestSession;
let leader: TestSession;
const ids: Record<string, string> = {};
const today = chinaDate(new Date());

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [mediationModule] });
  [mediator, coordinator, leader] = await Promise.all([
    w.login(app, 'mediator'),
    w.login(app, 'coordinator'),
    w.login(app, 'leader'),
  ]);
  for (const code of ['210114-S01-V001', '210114-S01-V002', '210114-S02-V001'])
    ids[code] = (await getOrgUnitByCode(t.db, code))!.id;
  const ctx = w.as(w.coordinator, '2020-12-31');
  await t.db.transaction(async (tx) => {
    const point = (code: string, establishedOn: string) => ({
      districtId: w.district.id,
      orgUnitId: ids[code]!,
      establishedOn,
      hasSign: true,
      hasNoticeBoard: true,
      hasWechatGroup: true,
    });
    await registerPoints(tx, ctx, [
      point('210114-S01-V001', '2020-03-15'),
      point('210114-S01-V002', '2020-04-30'),
      point('210114-S02-V001', '2020-05-06'),
    ]);
    const [late] = await registerCases(tx, ctx, [
      {
        districtId: w.district.id,
        orgUnitId: ids['210114-S02-V001']!,
        number: 'TJ2020-0001',
        source: 'application',
        category: 'neighbourhood',
        summary: '邻里排水纠纷',
        parties: [{ name: '王建国', phone: '13900000001' }, { name: '李秀英' }],
        mediators: ['赵敏'],
        registeredOn: '2020-09-01',
        state: 'agreed',
        result: 'success',
        concludedOn: '2020-09-01',
        agreementForm: 'written',
        agreementTerms: '王建国于九月十日前疏通排水沟。',
        agreementEffectiveOn: '2020-09-01',
      },
    ]);
    ids.late = late!.id;
  });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe('the 评理说事点 coverage, as of any day', () => {
  it('counts the points established on or before the day, by street, in the reader’s scope', async () => {
    const on = async (s: TestSession, asOf: string) =>
      (await s.get(`/api/v1/mediation/coverage?asOf=${asOf}`)).json();
    const april = await on(coordinator, '2020-04-30');
    expect(april.units).toBe(186);
    expect(april.covered).toBe(2);
    expect(april.streets.find((s: { code: string }) => s.code === '210114-S02').covered).toBe(0);
    expect((await on(coordinator, '2020-05-06')).covered).toBe(3);
    const street = await on(mediator, '2020-12-31');
    expect(street.streets.map((s: { code: string }) => s.code)).toEqual(['210114-S01']);
    expect(street.covered).toBe(2);
    expect((await mediator.get('/api/v1/mediation/coverage?asOf=2020-02-30')).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/mediation/coverage' })).statusCode).toBe(401);
  });

  it('states the seed metrics as of a day and over a year, for the district', async () => {
    const metric = (key: string, to: string) =>
      computeMetric(t.db, null, key, { from: '2020-01-01', to }).then((m) => m.value);
    expect(await metric('mediation.points_established', '2020-04-30')).toBe(2);
    expect(await metric('mediation.points_established', '2020-12-31')).toBe(3);
    expect(await metric('mediation.point_coverage_rate', '2020-12-31')).toBeCloseTo(3 / 186);
    expect(await metric('mediation.success_rate', '2020-12-31')).toBe(1);
  });
});

describe('a 说事 matter becomes a case: agreement, judicial confirmation, revisit', () => {
  it('refuses a matter for another street’s village or without a category, naming the field', async () => {
    const body = {
      unitId: ids['210114-S02-V001'],
      occurredOn: today,
      kind: 'dispute',
      raisedBy: '张伟',
      summary: '宅基地边界争议',
      handling: 'committee',
      category: 'housing_homestead',
    };
    const other = await mediator.post('/api/v1/mediation/log', body);
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields[0].path).toBe('unitId');
    const noCategory = await mediator.post('/api/v1/mediation/log', {
      ...body,
      unitId: ids['210114-S01-V001'],
      category: undefined,
    });
    expect(noCategory.json().error.fields[0].path).toBe('category');
    expect((await leader.post('/api/v1/mediation/log', body)).statusCode).toBe(403);
  });

  it('walks the case: start → written agreement → confirmation applied and granted → revisit → closed', async () => {
    const logged = await mediator.post('/api/v1/mediation/log', {
      unitId: ids['210114-S01-V001'],
      occurredOn: today,
      kind: 'dispute',
      raisedBy: '张伟',
      summary: '宅基地边界争议',
      handling: 'committee',
      category: 'housing_homestead',
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const { caseId, number } = logged.json();
    expect(number).toBe(`SS${today.slice(0, 4)}-00001`);
    const next = await mediator.post('/api/v1/mediation/log', {
      unitId: ids['210114-S01-V002'],
      occurredOn: today,
      kind: 'consultation',
      raisedBy: '李秀英',
      summary: '咨询赡养义务',
      handling: 'answered',
    });
    expect(next.json()).toMatchObject({ number: `SS${today.slice(0, 4)}-00002`, caseId: null });
    const step = (name: string, body: object) =>
      mediator.post(`/api/v1/mediation/cases/${caseId}/steps/${name}`, { on: today, ...body });
    expect((await step('agree', { agreementForm: 'oral' })).json().error.message).toContain('已受理');
    expect((await step('start', { mediators: ['刘桂芳'] })).statusCode).toBe(200);
    const noTerms = await step('agree', { agreementForm: 'written' });
    expect(noTerms.statusCode).toBe(422);
    expect(noTerms.json().error.message).toContain('协议内容');
    const agreed = await step('agree', {
      agreementForm: 'written',
      agreementTerms: '以界桩为界，各自拆除越界围栏。',
    });
    expect(agreed.json()).toMatchObject({
      state: '达成协议',
      result: '调解成功',
      agreementEffectiveOn: today,
    });
    expect(agreed.json().confirmationDueOn > today).toBe(true);
    expect((await step('apply_confirmation', {})).statusCode).toBe(200);
    expect((await step('confirm', {})).json().confirmedOn).toBe(today);
    expect((await step('revisit', {})).json().state).toBe('已回访');
    expect((await step('close', {})).json().state).toBe('已结案');
    await expectAudit(t.db, { action: 'mediation.case.stepped', subjectId: caseId, count: 6 });
    const page = (await mediator.get('/api/v1/mediation/cases')).json();
    expect(page.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(page.items[0].parties).toBe('张*');
  });

  it('refuses judicial confirmation applied after the 30 days, and hides another street’s case', async () => {
    const late = await coordinator.post(`/api/v1/mediation/cases/${ids.late}/steps/apply_confirmation`, {
      on: '2020-10-12',
    });
    expect(late.json().error.message).toContain('期限至2020-10-09');
    const [kept] = await t.db.select().from(mediationCases).where(eq(mediationCases.id, ids.late!));
    expect(kept!.confirmationAppliedOn).toBeNull();
    expect((await mediator.get(`/api/v1/mediation/cases/${ids.late}`)).statusCode).toBe(404);
  });
});

describe('the points ledger', () => {
  it('exports, re-imports unchanged, and refuses a village outside the scope, writing nothing', async () => {
    const exported = await mediator.get('/api/v1/mediation/points/export?format=csv');
    expect(exported.statusCode).toBe(200);
    const csv = exported.body.replace(/^\uFEFF/, '');
    const back = await mediator.request({
      method: 'POST',
      url: '/api/v1/mediation/points/import',
      ...multipartFile(csv, 'points.csv'),
    });
    expect(back.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    const eol = csv.includes('\r\n') ? '\r\n' : '\n';
    const foreign = `${csv.trimEnd()}${eol}210114-S02-V002,,2020-04-01,是,是,是,是,是,,,,${eol}`;
    const refused = await mediator.request({
      method: 'POST',
      url: '/api/v1/mediation/points/import',
      ...multipartFile(foreign, 'points.csv'),
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.rows[0]).toMatchObject({ row: 4, column: '村（社区）代码' });
  });
});
