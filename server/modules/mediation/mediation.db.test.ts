import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { getOrgUnitByCode } from '../../platform/org/index.js';
import { computeMetric } from '../../platform/reports/index.js';
import { readDocxParts } from '../../platform/docx/index.js';
import { expectAudit } from '../../test/audit.js';
import { multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { mediation, mediationModule } from './index.js';
import { mediationCases } from './schema.js';
import { registerCases, registerCommittees, registerPoints, registerRosters } from './service.js';

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
      mediator.post(`/api/v1/mediation/cases/${caseId}/transitions/${name}`, { on: today, ...body });
    const blocked = await step('agree', { agreementForm: 'oral' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
    const noMediator = await step('start', {});
    expect(noMediator.json().error.code).toBe('MEDIATOR_REQUIRED');
    expect((await step('start', { mediators: ['刘桂芳'] })).statusCode).toBe(200);
    const noTerms = await step('agree', { agreementForm: 'written' });
    expect(noTerms.statusCode).toBe(400);
    expect(noTerms.json().error.fields[0]).toMatchObject({ path: 'agreementTerms' });
    expect((await mediator.get(`/api/v1/mediation/cases/${caseId}/agreement.docx`)).statusCode).toBe(422);
    const agreed = await step('agree', {
      agreementForm: 'written',
      agreementTerms: '以界桩为界，各自拆除越界围栏。',
      responsibility: '张伟围栏越界约半米，应负主要责任。',
      performanceManner: '张伟自行拆除',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const detail = agreed.json();
    expect(detail).toMatchObject({
      state: 'agreed',
      result: 'success',
      agreementEffectiveOn: today,
      version: 3,
    });
    // 第三十三条 on the kernel clock: 30 calendar days from the agreement, due the day the page states.
    expect(detail.clocks).toHaveLength(1);
    expect(detail.clocks[0]).toMatchObject({
      key: 'mediation.judicial_confirmation',
      status: 'running',
      startedOn: today,
      dueOn: detail.confirmationDueOn,
    });
    expect(detail.history.map((h: { transition: string }) => h.transition)).toEqual(['start', 'agree']);
    const docx = await mediator.get(`/api/v1/mediation/cases/${caseId}/agreement.docx`);
    expect(docx.statusCode).toBe(200);
    const xml = (await readDocxParts(docx.rawPayload))['word/document.xml']!;
    for (const words of ['人民调解协议书', '张伟', '以界桩为界', '应负主要责任', '张伟自行拆除', '刘桂芳'])
      expect(xml).toContain(words);
    expect((await leader.get(`/api/v1/mediation/cases/${caseId}/agreement.docx`)).statusCode).toBe(200);
    const applied = await step('apply_confirmation', {});
    expect(applied.json().clocks[0]).toMatchObject({ status: 'stopped' });
    expect((await step('apply_confirmation', {})).json().error.code).toBe('CONFIRMATION_ALREADY_APPLIED');
    expect((await step('confirm', {})).json().confirmedOn).toBe(today);
    expect((await step('revisit', {})).json().state).toBe('revisited');
    // A step fired on a stale view changes nothing (decision 0022).
    const stale = await mediator.request({
      method: 'POST',
      url: `/api/v1/mediation/cases/${caseId}/transitions/close`,
      payload: { on: today },
      headers: { 'if-match': '"2"' },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await step('close', {})).json().state).toBe('closed');
    for (const action of ['started', 'agreed', 'confirmation_applied', 'confirmed', 'revisited', 'closed'])
      await expectAudit(t.db, { action: `mediation.case.${action}`, subjectId: caseId, count: 1 });
    const page = (await mediator.get('/api/v1/mediation/cases')).json();
    expect(page.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(page.items[0].parties).toBe('张*');
  });

  it('refuses judicial confirmation applied after the 30 days, and hides another street’s case', async () => {
    const late = await coordinator.post(
      `/api/v1/mediation/cases/${ids.late}/transitions/apply_confirmation`,
      {
        on: '2020-10-12',
      },
    );
    expect(late.json().error.code).toBe('CONFIRMATION_WINDOW_PASSED');
    const inTime = await coordinator.get(`/api/v1/mediation/cases/${ids.late}`);
    expect(inTime.json().confirmationDueOn).toBe('2020-10-09');
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

describe('early warnings, committee terms and the village roster', () => {
  it('tells the street and the bureau of a dispute involving many people, once', async () => {
    const unread = async (s: TestSession) =>
      (await s.get('/api/v1/notifications'))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'mediation.warning');
    const before = (await unread(coordinator)).length;
    const logged = await mediator.post('/api/v1/mediation/log', {
      unitId: ids['210114-S01-V002'],
      occurredOn: today,
      kind: 'dispute',
      raisedBy: '周永刚',
      summary: '八户村民与养殖场异味纠纷',
      handling: 'committee',
      category: 'environment',
      peopleInvolved: 8,
    });
    expect(logged.statusCode, logged.body).toBe(200);
    const { caseId } = logged.json();
    const told = await unread(coordinator);
    expect(told.length).toBe(before + 1);
    expect(told[0]).toMatchObject({ link: `/mediation/cases/${caseId}` });
    expect(told[0].body).toContain('涉及人数众多');
    expect(
      (await unread(mediator)).some((n: { link: string }) => n.link === `/mediation/cases/${caseId}`),
    ).toBe(true);
    // Marking it at risk on the first step adds that reason; the many-people warning is not sent again.
    const started = await mediator.post(`/api/v1/mediation/cases/${caseId}/transitions/start`, {
      on: today,
      mediators: ['刘桂芳'],
      atRisk: true,
    });
    expect(started.json().warnings).toEqual(['atRisk', 'manyPeople']);
    expect((await unread(coordinator)).length).toBe(before + 2);
    await expectAudit(t.db, { action: 'mediation.case.warning_raised', subjectId: caseId, count: 2 });
    expect((await unread(leader)).length).toBe(0);
  });

  it('reminds those who keep the committees of a term ending within 60 days', async () => {
    const ctx = w.as(w.coordinator, today);
    const member = (name: string, gender: 'female' | 'male') => ({ name, gender });
    const end = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const far = new Date(Date.parse(`${today}T00:00:00Z`) + 400 * 86_400_000).toISOString().slice(0, 10);
    const start = `${Number(end.slice(0, 4)) - 3}${end.slice(4)}`;
    await t.db.transaction((tx) =>
      registerCommittees(tx, ctx, [
        {
          districtId: w.district.id,
          orgUnitId: ids['210114-S01-V001']!,
          number: 'TWH-T1',
          name: '测试一村人民调解委员会',
          level: 'village',
          members: [member('甲', 'female'), member('乙', 'male'), member('丙', 'male')],
          termStartOn: new Date(Date.parse(`${start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
          termEndOn: end,
        },
        {
          districtId: w.district.id,
          orgUnitId: ids['210114-S02-V001']!,
          number: 'TWH-T2',
          name: '测试二村人民调解委员会',
          level: 'village',
          members: [member('丁', 'female'), member('戊', 'male'), member('己', 'male')],
          termStartOn: `${Number(far.slice(0, 4)) - 3}${far.slice(4)}`,
          termEndOn: far,
        },
      ]),
    );
    const due = async (s: TestSession) =>
      (await s.get('/api/v1/me/due-items'))
        .json()
        .items.filter((i: { clockKey: string }) => i.clockKey === 'mediation.committee_term');
    const mine = await due(mediator);
    expect(mine.map((i: { dueOn: string }) => i.dueOn)).toEqual([end]);
    expect(await due(coordinator)).toHaveLength(1);
    expect(await due(leader)).toHaveLength(0);
    const list = (await coordinator.get('/api/v1/mediation/committees')).json().items;
    expect(list.find((c: { number: string }) => c.number === 'TWH-T1')).toMatchObject({
      endsSoon: true,
      women: 1,
    });
  });

  it('gives the roster per village in scope, to the screens and through villageRoster', async () => {
    const ctx = w.as(w.coordinator, today);
    await t.db.transaction((tx) =>
      registerRosters(tx, ctx, [
        {
          districtId: w.district.id,
          orgUnitId: ids['210114-S01-V001']!,
          lawUnderstanders: [{ name: '王丽华', phone: '13900000011' }],
          ruleOfLawLeaders: [{ name: '李德胜' }],
          adviserName: '刘明（辽宁同方律师事务所）',
          gridWorkers: [{ name: '赵敏' }],
          demoVillageLevel: 'provincial',
          demoVillageYear: 2019,
        },
        {
          districtId: w.district.id,
          orgUnitId: ids['210114-S02-V001']!,
          lawUnderstanders: [{ name: '孙红梅' }],
        },
      ]),
    );
    const all = await mediation.villageRoster(ctx);
    expect(all.map((v) => v.code)).toEqual(['210114-S01-V001', '210114-S02-V001']);
    expect(all[0]).toMatchObject({
      lawUnderstanders: ['王丽华'],
      demoVillage: { level: 'provincial', year: 2019 },
    });
    const street = (await mediator.get('/api/v1/mediation/villages')).json().items;
    expect(street.map((v: { code: string }) => v.code)).toEqual(['210114-S01-V001']);
    const page = (await mediator.get(`/api/v1/mediation/villages/${ids['210114-S01-V001']}`)).json();
    expect(page.people.lawUnderstanders[0]).toEqual({ name: '王丽华', phone: '13900000011', role: null });
    expect(page.point.establishedOn).toBe('2020-03-15');
    expect((await mediator.get(`/api/v1/mediation/villages/${ids['210114-S02-V001']}`)).statusCode).toBe(404);
  });
});

describe('the committees, log and cases ledgers', () => {
  const csvOf = async (s: TestSession, path: string) =>
    (await s.get(`/api/v1/mediation/${path}/export?format=csv`)).body.replace(/^\uFEFF/, '');
  const upload = (s: TestSession, path: string, csv: string) =>
    s.request({ method: 'POST', url: `/api/v1/mediation/${path}/import`, ...multipartFile(csv, 'x.csv') });

  it('imports committees all or nothing, listing every bad row, and re-imports unchanged', async () => {
    const header = (await csvOf(coordinator, 'committees')).split(/\r?\n/)[0]!;
    const bad = [
      header,
      'TWH-N1,新一村调委会,210114-S01-V002,,村调委会,王甲（主任，男）、李乙（委员，男）,2025-01-01,2027-12-31',
      'TWH-N2,新二村调委会,210114-S01-V002,,村调委会,王甲（主任，男）、李乙（委员，女）、赵丙（委员，男）,2025-01-01,2028-12-31',
    ].join('\n');
    const refused = await upload(mediator, 'committees', bad);
    expect(refused.statusCode, refused.body).toBe(422);
    const rows = refused.json().error.rows as { row: number; message: string }[];
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows.map((r) => r.message).join()).toContain('三至九人');
    expect(rows.map((r) => r.message).join()).toContain('三年');
    const good = `${header}\nTWH-N3,新三村调委会,210114-S01-V002,,村调委会,王甲（主任，男）、李乙（委员，女）、赵丙（委员，男）,2025-01-01,2027-12-31\n`;
    expect((await upload(mediator, 'committees', good)).json()).toMatchObject({ imported: 1 });
    const again = await upload(mediator, 'committees', await csvOf(mediator, 'committees'));
    expect(again.json()).toMatchObject({ imported: 0, updated: 0 });
  });

  it('registers a kept case once, refuses a changed one and a state its dates do not support', async () => {
    const header = (await csvOf(coordinator, 'cases')).split(/\r?\n/)[0]!;
    const cols = header.split(',');
    const row = (values: Record<string, string>) => cols.map((c) => values[c] ?? '').join(',');
    const kept = {
      案件编号: 'TJ2021-0007',
      '村（社区、街道）代码': '210114-S01-V002',
      纠纷来源: '当事人申请',
      纠纷类型: '邻里纠纷',
      纠纷简要情况: '排水沟改道争议',
      '当事人（顿号分隔）': '张伟、李秀英',
      受理日期: '2021-03-02',
      状态: '已结案',
      调解结果: '调解成功',
      调解终结日期: '2021-03-05',
      协议形式: '口头协议',
      协议生效日期: '2021-03-05',
      结案日期: '2021-04-01',
      '涉及金额（元）': '0',
      涉及人数: '2',
    };
    const wrong = { ...kept, 案件编号: 'TJ2021-0008', 协议生效日期: '', 结案日期: '' };
    const refused = await upload(mediator, 'cases', [header, row(kept), row(wrong)].join('\n'));
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.rows.every((r: { row: number }) => r.row === 3)).toBe(true);
    const file = `${header}\n${row(kept)}\n`;
    expect((await upload(mediator, 'cases', file)).json()).toMatchObject({ imported: 1 });
    expect((await upload(mediator, 'cases', file)).json()).toMatchObject({ imported: 0, unchanged: 1 });
    const changed = await upload(mediator, 'cases', `${header}\n${row({ ...kept, 纠纷简要情况: '改了' })}\n`);
    expect(changed.statusCode).toBe(422);
    expect(changed.json().error.rows[0].message).toContain('按办理步骤');
  });

  it('imports the 说事 log idempotently on its number, linking a case by its number', async () => {
    const header = (await csvOf(coordinator, 'log')).split(/\r?\n/)[0]!;
    const line =
      'SS2021-00009,210114-S01-V002,,2021-03-02,矛盾纠纷,张伟,排水沟改道争议,转人民调解委员会,转人民调解委员会受理,2021-03-02,,TJ2021-0007';
    expect((await upload(mediator, 'log', `${header}\n${line}\n`)).json()).toMatchObject({ imported: 1 });
    expect((await upload(mediator, 'log', `${header}\n${line}\n`)).json()).toMatchObject({ unchanged: 1 });
    const exported = await csvOf(mediator, 'log');
    expect(exported).toContain('SS2021-00009');
    expect(exported).toContain('TJ2021-0007');
    const noCase = await upload(
      mediator,
      'log',
      `${header}\n${line.replace('TJ2021-0007', 'TJ1999-0001')}\n`,
    );
    expect(noCase.json().error.rows[0]).toMatchObject({ column: '调解案件编号' });
  });
});
