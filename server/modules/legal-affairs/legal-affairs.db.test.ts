import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClocksForSubject } from '../../platform/clocks/index.js';
import { makeCtx } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { computeMetric } from '../../platform/reports/index.js';
import { expectAudit } from '../../test/audit.js';
import { docxParagraphs } from '../../test/docx.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { loadLegalAffairsDemo } from './demo/index.js';
import { legalAffairs, legalAffairsModule } from './index.js';
import { matterLedger } from './ledgers.js';
import { createAdviser } from './service/advisers.js';
import { createMatter } from './service/matters.js';
import { fireMatterTransition } from './service/transitions.js';

/**
 * The legal-affairs module end to end on the district world: a unit's request through assignment, the
 * adviser's opinion and the conclusion (gates, clocks, audit), the routes' walk, the ledgers, the figures, the
 * legality-review hook for other modules. One file, one world (CI time, decision 0035).
 */
let t: TestDatabase;
let w: DistrictWorld;
let app: App;
let coord: TestSession;
let officer: TestSession;
let housing: TestSession;
let adviserSession: TestSession;
let leader: TestSession;
let chenId: string;
let linId: string;
const BASE = '/api/v1/legal-affairs';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [legalAffairsModule] });
  [coord, officer, housing, adviserSession, leader] = await Promise.all([
    w.login(app, 'coordinator'),
    w.login(app, 'marketOfficer'),
    w.login(app, 'housingOfficer'),
    w.login(app, 'adviser'),
    w.login(app, 'leader'),
  ]);
  const roster = { orgUnitId: w.district.id, kind: 'retained' as const, phone: null, unitsServed: [] };
  chenId = (
    await createAdviser(
      w.as(w.coordinator, '2024-01-02'),
      { ...roster, name: '陈志远', firm: '辽宁正则律师事务所', licenceNumber: 'L-001', fields: ['contract'] },
      { userId: w.adviser.userId },
    )
  ).id;
  linId = (
    await createAdviser(w.as(w.coordinator, '2024-01-02'), {
      ...roster,
      name: '林晓雯',
      firm: '辽宁正则律师事务所',
      licenceNumber: 'L-002',
      fields: ['civil'],
    })
  ).id;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const contractRequest = () => ({
  orgUnitId: w.market.id,
  kind: 'contract_review',
  category: 'procurement',
  subject: '食品快检设备采购合同合法性审查',
  counterparty: '辽宁某科技有限公司',
  amountAtStake: 860000,
  requestedOn: '2024-09-27',
});

describe('a unit asks for a contract review and gets the adviser’s opinion', () => {
  let id: string;

  it('walks POST 401 → 400 (naming the field) → 403 → 201, and starts the 3-WD assignment clock', async () => {
    expect(
      (await app.inject({ method: 'POST', url: `${BASE}/matters`, payload: contractRequest() })).statusCode,
    ).toBe(401);
    const bad = await officer.post(`${BASE}/matters`, { ...contractRequest(), counterparty: null });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'counterparty', message: '合同审查须填写合同相对方' }]);
    expect((await leader.post(`${BASE}/matters`, contractRequest())).statusCode).toBe(403);
    const otherUnit = await officer.post(`${BASE}/matters`, {
      ...contractRequest(),
      orgUnitId: w.housing.id,
    });
    expect(otherUnit.statusCode).toBe(403);
    const res = await officer.post(`${BASE}/matters`, contractRequest());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      state: 'requested',
      matterNumber: '法务〔2024〕0001号',
      kind: 'contract_review',
    });
    // Requested Friday 27 September 2024: 3 WD → Sun 29 (worked), Mon 30 September, Tue 8 October.
    expect(res.json().clocks).toEqual([
      expect.objectContaining({ key: 'legal_affairs.assignment', dueOn: '2024-10-08' }),
    ]);
    await expectAudit(t.db, { action: 'legal_affairs.matter.requested', subjectId: id, count: 1 });
  });

  it('keeps the matter from another department and from the anonymous', async () => {
    expect((await app.inject({ method: 'GET', url: `${BASE}/matters/${id}` })).statusCode).toBe(401);
    expect((await officer.get(`${BASE}/matters/not-a-uuid`)).statusCode).toBe(400);
    expect((await housing.get(`${BASE}/matters/${id}`)).statusCode).toBe(404);
    expect((await officer.get(`${BASE}/matters/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await officer.get(`${BASE}/matters/${id}`)).statusCode).toBe(200);
    expect((await housing.get(`${BASE}/matters`)).json().total).toBe(0);
  });

  it('is assigned by the 司法局, which stops the assignment clock and starts the 5-WD review clock', async () => {
    const res = await coord.post(`${BASE}/matters/${id}/transitions/assign`, { adviserIds: [chenId, linId] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().advisers).toEqual([
      { id: chenId, name: '陈志远', role: 'lead' },
      { id: linId, name: '林晓雯', role: 'assist' },
    ]);
    const clocks = await findClocksForSubject(t.db, 'legal_matter', id);
    expect(clocks.map((c) => [c.clockKey, c.status])).toEqual([
      ['legal_affairs.assignment', 'stopped'],
      ['legal_affairs.contract_review', 'running'],
    ]);
  });

  it('cannot be concluded before the opinion is issued; the signer must be on the matter', async () => {
    expect((await adviserSession.post(`${BASE}/matters/${id}/transitions/start`, {})).statusCode).toBe(200);
    const early = await adviserSession.post(`${BASE}/matters/${id}/transitions/conclude`, {
      concludedOn: '2024-10-08',
      outcome: 'approved',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('OPINION_REQUIRED');
    const opinion = {
      opinionNumber: '于法顾意〔2024〕1号',
      issuedOn: '2024-10-08',
      signerAdviserId: UNKNOWN,
      title: '关于食品快检设备采购合同的合法性审查意见书',
      body: '建议修改违约责任条款后签订。',
    };
    const stranger = await adviserSession.post(`${BASE}/matters/${id}/transitions/issue_opinion`, opinion);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields[0].path).toBe('signerAdviserId');
    const issued = await adviserSession.post(`${BASE}/matters/${id}/transitions/issue_opinion`, {
      ...opinion,
      signerAdviserId: chenId,
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().opinionList).toEqual([
      expect.objectContaining({
        opinionNumber: '于法顾意〔2024〕1号',
        signer: { id: chenId, name: '陈志远' },
      }),
    ]);
    const again = await adviserSession.post(`${BASE}/matters/${id}/transitions/issue_opinion`, {
      ...opinion,
      signerAdviserId: linId,
    });
    expect(again.json().error.fields[0]).toEqual({
      path: 'opinionNumber',
      message: '意见书编号 于法顾意〔2024〕1号 已被使用',
    });
    const wrongOutcome = await adviserSession.post(`${BASE}/matters/${id}/transitions/conclude`, {
      concludedOn: '2024-10-09',
      outcome: 'won',
    });
    expect(wrongOutcome.json().error.fields).toEqual([
      { path: 'outcome', message: '办理结果与事项类型不符' },
    ]);
    const done = await adviserSession.post(`${BASE}/matters/${id}/transitions/conclude`, {
      concludedOn: '2024-10-09',
      outcome: 'approved_with_changes',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      state: 'concluded',
      outcome: 'approved_with_changes',
      concludedOn: '2024-10-09',
    });
    await expectAudit(t.db, { action: 'legal_affairs.opinion.issued', subjectId: id, count: 1 });
    await expectAudit(t.db, { action: 'legal_affairs.matter.concluded', subjectId: id, count: 1 });
  });

  it('prints the opinion as an official document, for those who may see the matter', async () => {
    const opinionId = (await officer.get(`${BASE}/matters/${id}`)).json().opinionList[0].id;
    const url = `${BASE}/opinions/${opinionId}/document.docx`;
    expect((await housing.get(url)).statusCode).toBe(404);
    const doc = await officer.get(url);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    const paragraphs = await docxParagraphs(doc.rawPayload);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        '于洪区人民政府法律顾问团',
        '于法顾意〔2024〕1号',
        '关于食品快检设备采购合同的合法性审查意见书',
        '区市场监督管理局：',
        '法律顾问：陈志远（辽宁正则律师事务所）',
      ]),
    );
  });
});

describe('the figures of 一(二)二 come from the records', () => {
  it('counts lawsuits taken on, opinions issued and the loss avoided with its reckoning; returned ones do not count', async () => {
    const ctx = (day: string) => w.as(w.coordinator, day);
    const lawsuit = await createMatter(ctx('2024-03-01'), {
      orgUnitId: w.housing.id,
      kind: 'litigation',
      category: 'civil',
      subject: '某公司诉区住建局建设工程施工合同纠纷案',
      keyProject: null,
      counterparty: '沈阳某建筑工程有限公司',
      partyRole: 'defendant',
      amountAtStake: 3_200_000,
      requestedOn: '2024-03-01',
    });
    const returned = await createMatter(ctx('2024-03-04'), {
      orgUnitId: w.housing.id,
      kind: 'litigation',
      category: 'civil',
      subject: '自行委托律师的案件',
      keyProject: null,
      counterparty: null,
      partyRole: 'defendant',
      requestedOn: '2024-03-04',
    });
    await fireMatterTransition(ctx('2024-03-05'), returned.id, 'return', { reason: '单位自行委托律师' });
    await fireMatterTransition(ctx('2024-03-04'), lawsuit.id, 'assign', { adviserIds: [chenId] });
    await fireMatterTransition(w.as(w.adviser, '2024-03-05'), lawsuit.id, 'start');
    await expect(
      fireMatterTransition(w.as(w.adviser, '2024-06-28'), lawsuit.id, 'conclude', {
        concludedOn: '2024-06-28',
        outcome: 'partly_won',
        lossAvoidedYuan: 2_700_000,
      }),
    ).rejects.toMatchObject({
      fields: [{ path: 'lossReckoning', message: '填写减损金额的，须说明计算方法' }],
    });
    await fireMatterTransition(w.as(w.adviser, '2024-06-28'), lawsuit.id, 'conclude', {
      concludedOn: '2024-06-28',
      outcome: 'partly_won',
      lossAvoidedYuan: 2_700_000,
      lossReckoning: '对方诉请3200000元，判决支付500000元，减损2700000元',
    });
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const figure = async (key: string) => (await computeMetric(t.db, w.coordinator, key, period)).value;
    expect(await figure('legal_affairs.litigation_matters')).toBe(1);
    expect(await figure('legal_affairs.loss_avoided_yuan')).toBe(2_700_000);
    expect(await figure('legal_affairs.legal_opinions')).toBe(1);
    const roster = await coord.get(`${BASE}/advisers?year=2024`);
    const chen = roster.json().advisers.find((a: { id: string }) => a.id === chenId);
    expect(chen.workload).toMatchObject({ matters: 2, open: 0, opinions: 1, lossAvoidedYuan: 2_700_000 });
    expect(chen.workload.byKind).toEqual({ contract_review: 1, litigation: 1 });
  });
});

describe('other modules assign a legality review to an adviser', () => {
  it('opens one review matter per record, assigned at once; its opinion counts as the adviser’s', async () => {
    const ctx = w.as(w.reviewer, '2024-11-04');
    const request = {
      sourceModule: 'decisions',
      sourceId: 'decision-42',
      category: 'major_decision' as const,
      orgUnitId: w.housing.id,
      subject: '《老旧小区改造实施方案》合法性审查',
      adviserIds: [linId],
    };
    const first = await legalAffairs.requestLegalityReview(ctx, request);
    expect(first.created).toBe(true);
    expect(await legalAffairs.requestLegalityReview(ctx, request)).toEqual({
      matterId: first.matterId,
      created: false,
    });
    const clocks = await findClocksForSubject(t.db, 'legal_matter', first.matterId);
    // 7 WD from Monday 4 November 2024 → Wednesday 13 November.
    expect(clocks.find((c) => c.clockKey === 'legal_affairs.legality_review')?.dueOn).toBe('2024-11-13');
    await fireMatterTransition(w.as(w.adviser, '2024-11-05'), first.matterId, 'start');
    await fireMatterTransition(w.as(w.adviser, '2024-11-08'), first.matterId, 'issue_opinion', {
      opinionNumber: '于法顾意〔2024〕2号',
      issuedOn: '2024-11-08',
      signerAdviserId: linId,
      title: '关于《老旧小区改造实施方案》的合法性审查意见',
      body: '方案主体适格、程序完备，内容不违反法律法规规定。',
    });
    expect(await legalAffairs.legalityReviewOf(ctx, 'decisions', 'decision-42')).toMatchObject({
      state: 'in_progress',
      opinions: [{ opinionNumber: '于法顾意〔2024〕2号', signer: '林晓雯' }],
    });
    expect(await legalAffairs.legalityReviewOf(ctx, 'decisions', 'decision-43')).toBeNull();
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const opinions = await computeMetric(t.db, w.coordinator, 'legal_affairs.legal_opinions', period);
    expect(opinions).toMatchObject({ value: 2, breakdown: { contract_review: 1, legality_review: 1 } });
  });
});

describe('the matters ledger', () => {
  it('exports what the actor sees and re-imports it unchanged', async () => {
    const csv = await coord.get(`${BASE}/matters/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('食品快检设备采购合同合法性审查');
    const back = await coord.request({
      method: 'POST',
      url: `${BASE}/matters/import`,
      ...multipartFile(csv.body.replace(/^\uFEFF/, ''), 'm.csv'),
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 4 });
    const opinions = await coord.get(`${BASE}/opinions/export?format=csv`);
    const again = await coord.request({
      method: 'POST',
      url: `${BASE}/opinions/import`,
      ...multipartFile(opinions.body.replace(/^\uFEFF/, ''), 'o.csv'),
    });
    expect(again.json()).toMatchObject({ imported: 0, unchanged: 2 });
  });

  it('imports last year’s matters all or nothing, listing every bad row, idempotent on the number', async () => {
    const row = {
      matterNumber: '法务〔2023〕0001号',
      kind: 'litigation',
      category: 'administrative',
      unit: '区住房和城乡建设局',
      subject: '某公司诉区住建局行政处罚案',
      partyRole: 'defendant',
      requestedOn: '2023-03-01',
      assignedOn: '2023-03-02',
      advisers: '陈志远、林晓雯',
      state: 'concluded',
      concludedOn: '2023-05-30',
      outcome: 'won',
      lossAvoidedYuan: 500000,
      lossReckoning: '对方诉请500000元，判决驳回，减损500000元',
    };
    const bad = await ledgerFile(matterLedger, [
      row,
      { ...row, matterNumber: '法务〔2023〕0002号', advisers: '不存在的人', outcome: 'approved' },
      { ...row, matterNumber: '法务〔2023〕0003号', lossReckoning: null },
    ]);
    const refused = await coord.request({
      method: 'POST',
      url: `${BASE}/matters/import`,
      ...multipartFile(bad, 'm.xlsx'),
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [3, '承办法律顾问'],
      [3, '办理结果'],
      [4, '减损计算方法'],
    ]);
    const ok = await ledgerFile(matterLedger, [row]);
    const first = await coord.request({
      method: 'POST',
      url: `${BASE}/matters/import`,
      ...multipartFile(ok, 'm.xlsx'),
    });
    expect(first.json()).toMatchObject({ imported: 1 });
    const second = await coord.request({
      method: 'POST',
      url: `${BASE}/matters/import`,
      ...multipartFile(ok, 'm.xlsx'),
    });
    expect(second.json()).toMatchObject({ imported: 0, unchanged: 1 });
    const changed = await ledgerFile(matterLedger, [{ ...row, outcome: 'lost' }]);
    const refusedChange = await coord.request({
      method: 'POST',
      url: `${BASE}/matters/import`,
      ...multipartFile(changed, 'm.xlsx'),
    });
    expect(refusedChange.statusCode).toBe(422);
    const period = { from: '2023-01-01', to: '2023-12-31' };
    expect((await computeMetric(t.db, w.coordinator, 'legal_affairs.loss_avoided_yuan', period)).value).toBe(
      500_000,
    );
    expect((await officer.post(`${BASE}/matters/import`, {})).statusCode).toBe(403);
  });
});

describe('the roster', () => {
  it('records a contract and an evaluation, ends a member, and no longer assigns them', async () => {
    const contract = await coord.post(`${BASE}/advisers/${linId}/contracts`, {
      contractNumber: '于司顾聘〔2024〕02号',
      startsOn: '2024-01-01',
      endsOn: '2023-12-31',
    });
    expect(contract.json().error.fields).toEqual([
      { path: 'body.endsOn', message: '合同终止日期不能早于起始日期' },
    ]);
    const ok = await coord.post(`${BASE}/advisers/${linId}/contracts`, {
      contractNumber: '于司顾聘〔2024〕02号',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      feeYuan: 60000,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().contractEndsOn).toBe('2024-12-31');
    const evaluation = { year: 2024, grade: 'excellent', score: 96, evaluatedOn: '2025-01-20' };
    expect((await officer.post(`${BASE}/advisers/${linId}/evaluations`, evaluation)).statusCode).toBe(403);
    const graded = await coord.post(`${BASE}/advisers/${linId}/evaluations`, evaluation);
    expect(graded.json().evaluations).toEqual([expect.objectContaining({ year: 2024, grade: 'excellent' })]);
    const again = await coord.post(`${BASE}/advisers/${linId}/evaluations`, {
      year: 2024,
      grade: 'competent',
      evaluatedOn: '2025-01-21',
    });
    expect(again.json().error.fields).toEqual([{ path: 'year', message: '2024年度已有考评' }]);
    const ended = await coord.post(`${BASE}/advisers/${linId}/end`, {
      endedOn: '2024-12-31',
      reason: '合同期满',
    });
    expect(ended.json().status).toBe('ended');
    await expectAudit(t.db, { action: 'legal_affairs.adviser.ended', subjectId: linId, count: 1 });
    const matter = await createMatter(w.as(w.coordinator, '2025-01-06'), {
      orgUnitId: w.market.id,
      kind: 'legal_opinion',
      category: 'on_letter',
      subject: '来函法律意见',
      keyProject: null,
      counterparty: null,
      requestedOn: '2025-01-06',
    });
    await expect(
      fireMatterTransition(w.as(w.coordinator, '2025-01-06'), matter.id, 'assign', { adviserIds: [linId] }),
    ).rejects.toMatchObject({ fields: [{ path: 'adviserIds', message: '所选法律顾问不在本区在册名单中' }] });
  });
});

describe('the demo', () => {
  let demo: TestDatabase;
  afterAll(async () => {
    await demo?.drop();
  });

  it('loads on 5 January: 2020 is the seed’s 一(二)二, this year has only what January allows', async () => {
    demo = await createTestDatabase(DISTRICT_WORLD);
    const world = await buildDistrictWorld(demo.db);
    await loadLegalAffairsDemo(makeCtx(demo.db, null, 'demo-test', new Date('2026-01-05T10:00:00+08:00')));
    const figure = async (key: string, year: number) =>
      (await computeMetric(demo.db, world.coordinator, key, { from: `${year}-01-01`, to: `${year}-12-31` }))
        .value;
    expect(await figure('legal_affairs.litigation_matters', 2020)).toBe(602);
    expect(await figure('legal_affairs.non_litigation_matters', 2020)).toBe(45);
    expect(await figure('legal_affairs.legal_opinions', 2020)).toBe(398);
    expect(await figure('legal_affairs.loss_avoided_yuan', 2020)).toBe(180_000_000);
    // On 5 January only the matters requested since New Year's Day are live; none is concluded yet.
    expect(await figure('legal_affairs.legal_opinions', 2026)).toBe(0);
    const { rows } = await demo.db.execute<{ state: string }>(
      sql`SELECT state FROM legal_matters WHERE requested_on >= '2026-01-01'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.state !== 'concluded')).toBe(true);
  }, 120_000);
});
