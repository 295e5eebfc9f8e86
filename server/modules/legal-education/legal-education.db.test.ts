import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { expectAudit } from '../../test/audit.js';
import { multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { inTransaction } from '../../platform/db/index.js';
import { givePowersInForce } from '../../test/powers-in-force.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { educationMetrics } from './metrics.js';

// The module through its API: study and a leader's record, activities counted, a list generated from powers, 述法.
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let market: TestSession;
let leader: TestSession;
const API = '/api/v1/legal-education';
const thisYear = new Date().getFullYear();

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  await inTransaction(t.db, (tx) => givePowersInForce(tx, w.as(w.coordinator, '2020-01-02'), w.market, 'SC'));
  app = await buildTestApp(t.db);
  [coord, market, leader] = await Promise.all([
    w.login(app, 'coordinator'),
    w.login(app, 'marketOfficer'),
    w.login(app, 'leader'),
  ]);
  // The market bureau confirmed as an enforcement body (through the enforcement module's API).
  const body = await coord.post('/api/v1/enforcement/bodies', {
    orgUnitId: w.market.id,
    authorityKind: 'statutory',
    legalBasis: '《中华人民共和国行政处罚法》及有关法律法规',
    scope: '市场监管领域行政执法',
    confirmedOn: '2020-03-20',
  });
  if (body.statusCode !== 201) throw new Error(`body not confirmed: ${body.body}`);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const value = async (key: string, from: string, to: string, orgPath: string | null = null) =>
  (
    await educationMetrics
      .find((m) => m.key === key)!
      .compute({ db: t.db, period: { from, to }, scope: { districtId: w.district.districtId, orgPath } })
  ).value;

let mayor: string;
let deputy: string;
let head: string;

describe('law study: a session with attendance → the leader’s record', () => {
  it('keeps a roster of leaders', async () => {
    const add = (code: string, name: string, post: string, orgUnitId: string, principal: boolean) =>
      coord.post(`${API}/leaders`, { code, name, post, orgUnitId, principal });
    const a = await add('T01', '刘国庆', '区长', w.district.id, true);
    expect(a.statusCode, a.body).toBe(201);
    mayor = a.json().id;
    deputy = (await add('T02', '赵宏伟', '常务副区长', w.district.id, false)).json().id;
    head = (await add('T03', '宋佳', '区市场监管局局长', w.market.id, true)).json().id;
    const dup = await add('T01', '某人', '副区长', w.district.id, false);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields).toEqual([expect.objectContaining({ path: 'code' })]);
  });

  it('records a 常务会议会前学法 with who attended; a department officer may not', async () => {
    const body = {
      code: 'T-XF-01',
      kind: 'standing_meeting',
      heldOn: '2020-03-12',
      topic: '《中华人民共和国民法典》',
      speaker: '区司法局局长',
      hours: 0.5,
      attendance: [
        { leaderId: mayor, present: true },
        { leaderId: deputy, present: false },
      ],
    };
    expect((await market.post(`${API}/sessions`, body)).statusCode).toBe(403);
    const res = await coord.post(`${API}/sessions`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ present: 1, invited: 2, kind: 'standing_meeting' });
    await expectAudit(t.db, {
      action: 'legal_education.session.recorded',
      subjectId: res.json().id,
      count: 1,
    });
    const exam = await coord.post(`${API}/sessions`, {
      ...body,
      code: 'T-XF-02',
      kind: 'exam',
      heldOn: '2020-12-04',
      topic: '2020年度学法考试',
      hours: 1.5,
      attendance: [{ leaderId: mayor, present: true, score: 92 }],
    });
    expect(exam.statusCode, exam.body).toBe(201);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const before = await t.db.execute(sql`SELECT count(*)::int AS n FROM legal_education_sessions`);
    const bad = await coord.post(`${API}/sessions`, {
      code: 'T-XF-03',
      kind: 'lecture',
      heldOn: '2020-06-18',
      topic: '讲座',
      hours: 2,
      attendance: [{ leaderId: mayor, present: true, score: 80 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([expect.objectContaining({ path: 'attendance.0.score' })]);
    const noHours = await coord.post(`${API}/sessions`, {
      code: 'T-XF-04',
      kind: 'lecture',
      heldOn: '2020-06-18',
      topic: '讲座',
      hours: 0,
    });
    expect(noHours.statusCode).toBe(400);
    const after = await t.db.execute(sql`SELECT count(*)::int AS n FROM legal_education_sessions`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('shows each leader’s year: sessions, attended, hours, exam score', async () => {
    const rec = (await leader.get(`${API}/leaders/${mayor}/record?year=2020`)).json();
    expect(rec).toMatchObject({ sessions: 2, attended: 2, hours: 2 });
    expect(rec.exams).toEqual([expect.objectContaining({ score: 92 })]);
    const all = (await coord.get(`${API}/leaders/records?year=2020`)).json().items;
    expect(all.find((r: { leaderId: string }) => r.leaderId === deputy)).toMatchObject({
      sessions: 1,
      attended: 0,
      hours: 0,
    });
    expect(await value('legal_education.study_sessions', '2020-01-01', '2020-12-31')).toBe(2);
    expect(await value('legal_education.study_attendance_rate', '2020-01-01', '2020-12-31')).toBeCloseTo(
      2 / 3,
      4,
    );
  });

  it('corrects a session only on the version the user saw', async () => {
    const list = (await coord.get(`${API}/sessions?year=2020&kind=standing_meeting`)).json().items;
    const s = list[0];
    const body = {
      code: s.code,
      kind: 'standing_meeting',
      heldOn: '2020-03-12',
      topic: '民法典总则编',
      hours: 1,
      attendance: [{ leaderId: mayor, present: true }],
    };
    const stale = await coord.request({
      method: 'PUT',
      url: `${API}/sessions/${s.id}`,
      headers: { 'if-match': '"99"' },
      payload: body,
    });
    expect(stale.statusCode).toBe(409);
    const ok = await coord.request({
      method: 'PUT',
      url: `${API}/sessions/${s.id}`,
      headers: { 'if-match': `"${s.version}"` },
      payload: body,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ topic: '民法典总则编', invited: 1, version: s.version + 1 });
  });
});

describe('普法: responsibility lists and activities', () => {
  it('generates the market bureau’s list from its powers and its enforcement body, idempotently', async () => {
    const res = await market.post(`${API}/duties/generate`, { orgUnitId: w.market.id });
    expect(res.statusCode, res.body).toBe(200);
    const laws = res
      .json()
      .items.map((d: { law: string }) => d.law)
      .sort();
    // The powers cite 食品安全法; the body's confirmation cites 行政处罚法.
    expect(laws).toEqual(['中华人民共和国行政处罚法', '中华人民共和国食品安全法']);
    expect(
      res.json().items.find((d: { law: string }) => d.law.includes('食品安全法')).powers,
    ).toBeGreaterThan(0);
    const again = (await market.post(`${API}/duties/generate`, { orgUnitId: w.market.id })).json();
    expect(again).toMatchObject({ created: 0, kept: 2 });
    // A unit outside the officer's scope is refused with the field named.
    const other = await market.post(`${API}/duties/generate`, { orgUnitId: w.housing.id });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields[0].path).toBe('orgUnitId');
    expect(
      await value('legal_education.units_with_duty_lists', `${thisYear}-01-01`, `${thisYear}-12-31`),
    ).toBe(1);
  });

  it('logs an activity and counts it with its audience', async () => {
    const res = await market.post(`${API}/activities`, {
      code: 'T-PF-01',
      heldOn: '2020-12-04',
      theme: 'constitution_week',
      venue: 'enterprise',
      title: '宪法进企业',
      audience: 120,
      orgUnitId: w.market.id,
      photos: ['a.jpg'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await value('legal_education.activities', '2020-01-01', '2020-12-31')).toBe(1);
    expect(await value('legal_education.activity_audience', '2020-01-01', '2020-12-31')).toBe(120);
    expect(await value('legal_education.activities', '2020-01-01', '2020-12-31', w.housing.path)).toBe(0);
    const chart = (await coord.get(`${API}/activities/chart?year=2020`)).json();
    expect(chart.byMonth[11]).toEqual({ month: 12, activities: 1, audience: 120 });
    const future = await market.post(`${API}/activities`, {
      ...(res.json() as object),
      code: 'T-PF-02',
      heldOn: '2099-01-01',
      orgUnitId: w.market.id,
    });
    expect(future.statusCode).toBe(400);
  });

  it('exports the activities and takes the file back unchanged; a bad row refuses the file whole', async () => {
    const csv = (await coord.get(`${API}/activities/export?format=csv`)).body.replace(/^\uFEFF/, '');
    const again = await coord.request({
      method: 'POST',
      url: `${API}/activities/import`,
      ...multipartFile(csv, 'a.csv'),
    });
    expect(again.json(), again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    const lines = csv.trim().split('\n');
    const bad = [
      lines[0],
      lines[1]!.replace('T-PF-01', 'T-PF-09').replace('区市场监督管理局', '不存在局'),
    ].join('\n');
    const res = await coord.request({
      method: 'POST',
      url: `${API}/activities/import`,
      ...multipartFile(bad, 'a.csv'),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows).toEqual([expect.objectContaining({ column: '主办单位' })]);
  });
});

describe('第一责任人: a 述法 is submitted, reviewed and evaluated', () => {
  let id: string;
  const step = (s: TestSession, transition: string, body: object) =>
    s.post(`${API}/reports/${id}/transitions/${transition}`, { transition, ...body });

  it('opens only for a principal leader, with the duty list in force that year', async () => {
    const no = await coord.post(`${API}/reports`, { leaderId: deputy, year: 2020 });
    expect(no.statusCode).toBe(400);
    const res = await coord.post(`${API}/reports`, { leaderId: mayor, year: 2020 });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().duties[0].code).toBe('D1');
    const later = (await coord.post(`${API}/reports`, { leaderId: head, year: 2024 })).json();
    expect(later.duties[0].code).toBe('L1');
  });

  it('refuses a submission before 1 December of its year', async () => {
    const res = await step(coord, 'submit', { on: '2020-11-20', body: '述法报告' });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('REPORT_NOT_YET_OPEN');
  });

  it('moves through submit → review → evaluate, each step audited, and is counted', async () => {
    const sub = await step(leader, 'submit', {
      on: '2020-12-20',
      body: '2020年度述法报告',
      duties: [{ code: 'D4', done: '主持常务会议会前学法11次' }],
    });
    expect(sub.statusCode, sub.body).toBe(200);
    expect(sub.json().clocks.length).toBe(1);
    expect((await step(leader, 'review', { on: '2021-01-08' })).statusCode).toBe(403);
    expect((await step(coord, 'review', { on: '2021-01-08' })).statusCode).toBe(200);
    const ev = await step(leader, 'evaluate', { on: '2021-01-22', grade: 'excellent' });
    expect(ev.statusCode, ev.body).toBe(200);
    expect(ev.json()).toMatchObject({ status: 'evaluated', grade: 'excellent' });
    expect(ev.json().duties.find((d: { code: string }) => d.code === 'D4').done).toContain('会前学法');
    await expectAudit(t.db, { action: 'legal_education.report.evaluated', subjectId: id, count: 1 });
    expect(await value('legal_education.duty_reports_submitted', '2020-01-01', '2020-12-31')).toBe(1);
    expect(await value('legal_education.duty_reports_evaluated', '2020-01-01', '2020-12-31')).toBe(1);
  });
});
