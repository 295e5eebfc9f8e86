import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_POINT_CODES } from '../../../common/contracts/normative-docs.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import type { App } from '../../platform/http/index.js';
import { ImportRejected } from '../../platform/io/index.js';
import { expectAudit } from '../../test/audit.js';
import { ledgerFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { normativeDocsModule } from './index.js';
import { type DocLedgerRow, docLedger, docsLedger } from './ledger.js';
import { cleanupReviewed, disclosureCounts, filingsOnTime } from './metrics.js';

// The journey through the API: draft → … → 备案 with its registration number, repealed in a cleanup and
// gone from the portal's valid list; the gates, scope, the law's citers, the figures and the ledger.
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let reviewer: TestSession;
let market: TestSession;
let housing: TestSession;
const API = '/api/v1/normative-docs';
const DOCS = `${API}/docs`;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [normativeDocsModule] });
  [coord, reviewer, market, housing] = await Promise.all([
    w.login(app, 'coordinator'),
    w.login(app, 'reviewer'),
    w.login(app, 'marketOfficer'),
    w.login(app, 'housingOfficer'),
  ]);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const step = (s: TestSession, id: string, transition: string, body: object) =>
  s.post(`${DOCS}/${id}/transitions/${transition}`, body);
const ALL_PASS = Object.fromEntries(REVIEW_POINT_CODES.map((c) => [c, true]));
const review = (on: string, conclusion: string, checklist = ALL_PASS) => ({
  on,
  conclusion,
  checklist,
  opinion: conclusion === 'lawful' ? '同意提交审议。' : '第五条增加相对人义务，缺乏依据，建议修改。',
  opinionNumber: `于司审〔2026〕${conclusion === 'lawful' ? 2 : 1}号`,
  reviewer: '李审核',
});

describe('a department’s document from draft to 备案, then repealed in a cleanup', () => {
  let id: string;
  let lawId: string;

  it('is drafted by the department, citing a law of the register', async () => {
    const law = await coord.post(`${API}/laws`, {
      title: '中华人民共和国食品安全法',
      issuer: '全国人大常委会',
    });
    expect(law.statusCode, law.body).toBe(201);
    lawId = law.json().id;
    const res = await market.post(DOCS, {
      title: '于洪区农贸市场管理规定',
      issuerLevel: 'department',
      orgUnitId: w.market.id,
      draftingUnit: '区市场监督管理局',
      draftedOn: '2026-09-01',
      citations: [{ lawId, article: '第三十五条' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      state: 'drafting',
      citations: [{ lawTitle: '中华人民共和国食品安全法' }],
    });
    // Another department neither drafts for the market bureau nor sees its documents.
    const other = await housing.post(DOCS, {
      title: '于洪区农贸市场管理规定（代拟）',
      issuerLevel: 'department',
      orgUnitId: w.market.id,
      draftingUnit: '区住房和城乡建设局',
      draftedOn: '2026-09-01',
    });
    expect(other.statusCode).toBe(403);
    expect((await housing.get(`${DOCS}/${id}`)).statusCode).toBe(404);
  });

  it('is evaluated and published for comment for at least the local minimum (30 days), then submitted', async () => {
    expect(
      (await step(market, id, 'evaluate', { on: '2026-09-08', note: '评估认为必要可行。' })).statusCode,
    ).toBe(200);
    const short = await step(market, id, 'open_comment', {
      on: '2026-09-10',
      until: '2026-09-30',
      channel: '区政府网站',
    });
    expect(short.statusCode).toBe(409);
    expect(short.json().error.code).toBe('COMMENT_PERIOD_TOO_SHORT');
    const open = await step(market, id, 'open_comment', {
      on: '2026-09-10',
      until: '2026-10-10',
      channel: '区政府网站',
    });
    expect(open.statusCode, open.body).toBe(200);
    const early = await step(market, id, 'submit_review', {
      on: '2026-10-09',
      commentSummary: '收到意见3条。',
    });
    expect(early.json().error.code).toBe('COMMENT_PERIOD_OPEN');
    const unaccounted = await step(market, id, 'submit_review', { on: '2026-10-12' });
    expect(unaccounted.json().error.code).toBe('COMMENT_ACCOUNT_REQUIRED');
    const sent = await step(market, id, 'submit_review', {
      on: '2026-10-12',
      commentSummary: '收到意见3条，采纳2条。',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    // 15 working days (the Liaoning default) from 2026-10-12.
    expect(sent.json().clocks[0]).toMatchObject({
      key: 'normative_docs.legality_review_15wd',
      dueOn: '2026-11-02',
    });
  });

  it('cannot go to 集体审议 until the review is lawful or the drafter has answered an amend opinion', async () => {
    expect((await step(market, id, 'review', review('2026-10-20', 'amend'))).statusCode).toBe(403);
    const notLawful = await step(
      reviewer,
      id,
      'review',
      review('2026-10-20', 'lawful', { ...ALL_PASS, no_added_powers: false }),
    );
    expect(notLawful.statusCode).toBe(400);
    expect(JSON.stringify(notLawful.json())).toContain('结论不能为合法');
    const amend = await step(
      reviewer,
      id,
      'review',
      review('2026-10-20', 'amend', { ...ALL_PASS, no_reduced_rights: false }),
    );
    expect(amend.statusCode, amend.body).toBe(200);
    const blocked = await step(market, id, 'deliberate', { on: '2026-10-21', meeting: '局长办公会议' });
    expect(blocked.json().error.code).toBe('DRAFTER_RESPONSE_REQUIRED');
    expect((await step(market, id, 'respond', { on: '2026-10-21', response: 'adopted' })).statusCode).toBe(
      200,
    );
    const stillBlocked = await step(market, id, 'deliberate', { on: '2026-10-22', meeting: '局长办公会议' });
    expect(stillBlocked.json().error.code).toBe('LEGALITY_REVIEW_REQUIRED');
    expect(
      (await step(market, id, 'resubmit', { on: '2026-10-22', changes: '删除第五条备案要求。' })).statusCode,
    ).toBe(200);
    expect((await step(reviewer, id, 'review', review('2026-10-26', 'lawful'))).statusCode).toBe(200);
    expect((await step(market, id, 'respond', { on: '2026-10-26', response: 'adopted' })).statusCode).toBe(
      200,
    );
    const ok = await step(market, id, 'deliberate', { on: '2026-10-27', meeting: '局长办公会议' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().reviews.map((r: { conclusion: string }) => r.conclusion)).toEqual(['amend', 'lawful']);
  });

  it('is registered and numbered, published with its 解读 and filed with the government on time', async () => {
    const reg = await step(market, id, 'register', {
      on: '2026-10-28',
      documentNumber: '于市监发〔2026〕7号',
      signer: '张局长',
    });
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json()).toMatchObject({
      registrationNumber: 'YHGS-2026-001',
      documentNumber: '于市监发〔2026〕7号',
    });
    const tooLong = await step(market, id, 'publish', {
      on: '2026-10-30',
      carrier: '区政府网站',
      interpretation: '解读',
      effectiveOn: '2026-10-30',
      validYears: 6,
    });
    expect(tooLong.statusCode).toBe(400);
    const pub = await step(market, id, 'publish', {
      on: '2026-10-30',
      carrier: '区政府网站',
      interpretation: '《于洪区农贸市场管理规定》解读：……',
      effectiveOn: '2026-11-01',
      validYears: 5,
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({
      state: 'published',
      validUntil: '2031-10-31',
      filingDueOn: '2026-11-16',
    });
    const wrong = await step(market, id, 'file', { on: '2026-11-05', recipients: ['superior_government'] });
    expect(wrong.statusCode).toBe(400);
    const filed = await step(market, id, 'file', { on: '2026-11-05', recipients: ['same_level_government'] });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json().filings).toMatchObject([
      { recipient: 'same_level_government', onTime: true, result: 'pending' },
    ]);
    expect(filed.json().clocks.every((c: { state: string }) => c.state !== 'running')).toBe(true);
    await expectAudit(t.db, { action: 'normative_docs.doc.filed', subjectId: id, count: 1 });
    const portal = await app.inject({ method: 'GET', url: '/api/v1/portal/normative-docs' });
    expect(portal.json().items.map((d: { id: string }) => d.id)).toContain(id);
    const detail = await app.inject({ method: 'GET', url: `/api/v1/portal/normative-docs/${id}` });
    expect(detail.json()).toMatchObject({
      registrationNumber: 'YHGS-2026-001',
      interpretation: expect.stringContaining('解读'),
    });
  });

  it('lists the document among the citers when its law is recorded amended', async () => {
    const changed = await reviewer.post(`${API}/laws/${lawId}/changes`, {
      status: 'amended',
      changedOn: '2026-11-10',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().citers).toEqual([
      expect.objectContaining({
        module: 'normative-docs',
        id,
        reference: '于市监发〔2026〕7号 第三十五条',
        inForce: true,
      }),
    ]);
  });

  it('is repealed by a published cleanup and leaves the portal’s valid list', async () => {
    const opened = await coord.post(`${API}/cleanups`, {
      title: '2026年专项清理',
      reason: '上位法修改',
      startedOn: '2026-11-12',
      lawId,
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const cid = opened.json().id;
    expect(opened.json().items.map((i: { docId: string }) => i.docId)).toEqual([id]);
    const early = await coord.post(`${API}/cleanups/${cid}/publication`, { publishedOn: '2026-11-20' });
    expect(early.json().error.code).toBe('CLEANUP_INCOMPLETE');
    const result = await reviewer.put(`${API}/cleanups/${cid}/docs/${id}`, {
      result: 'repeal',
      reason: '与修改后的上位法不一致',
      reviewer: '李审核',
      reviewedOn: '2026-11-16',
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(
      (await reviewer.post(`${API}/cleanups/${cid}/publication`, { publishedOn: '2026-11-20' })).statusCode,
    ).toBe(403);
    const pub = await coord.post(`${API}/cleanups/${cid}/publication`, { publishedOn: '2026-11-20' });
    expect(pub.statusCode, pub.body).toBe(200);
    expect((await coord.get(`${DOCS}/${id}`)).json()).toMatchObject({
      state: 'repealed',
      endedOn: '2026-11-20',
    });
    const portal = await app.inject({ method: 'GET', url: '/api/v1/portal/normative-docs' });
    expect(portal.json().items.map((d: { id: string }) => d.id)).not.toContain(id);
    expect((await app.inject({ method: 'GET', url: `/api/v1/portal/normative-docs/${id}` })).statusCode).toBe(
      404,
    );
    const lists = await app.inject({ method: 'GET', url: '/api/v1/portal/normative-docs/cleanups' });
    expect(lists.json()[0].lists.repeal).toEqual([
      { title: '于洪区农贸市场管理规定', documentNumber: '于市监发〔2026〕7号' },
    ]);
  });

  it('counts the year’s figures from the records', async () => {
    const args = {
      db: t.db,
      period: { from: '2026-01-01', to: '2026-12-31' },
      scope: { districtId: w.district.districtId, orgPath: null },
    };
    expect(await cleanupReviewed.compute(args)).toMatchObject({
      value: 1,
      breakdown: { repeal: 1, continue: 0 },
    });
    expect((await disclosureCounts.compute(args)).breakdown).toEqual({ issued: 1, repealed: 1, in_force: 0 });
    expect(await filingsOnTime.compute(args)).toMatchObject({ value: 1, breakdown: { on_time: 1 } });
    const before = { ...args, period: { from: '2026-01-01', to: '2026-11-19' } };
    expect((await disclosureCounts.compute(before)).breakdown).toEqual({
      issued: 1,
      repealed: 0,
      in_force: 1,
    });
  });
});

describe('the ledger', () => {
  const entry = defineLedgerEntry(docsLedger);
  const row = (over: Partial<DocLedgerRow>): Partial<DocLedgerRow> => ({
    issuer: '于洪区',
    issuerLevel: 'government',
    title: '于洪区历史文件',
    draftingUnit: '区政府办公室',
    documentNumber: '于政发〔2019〕1号',
    publishedOn: '2019-05-01',
    validUntil: '2024-04-30',
    ...over,
  });

  it('imports nothing when one row is bad, lists every bad row, and re-imports unchanged', async () => {
    const bad = await ledgerFile(docLedger, [
      row({}),
      row({ documentNumber: '于政发〔2019〕2号', issuer: '不存在的单位' }),
      row({ documentNumber: '于政发〔2019〕3号', endedOn: '2020-01-01' }),
    ]);
    const error = await entry
      .importFile(w.as(w.coordinator, '2026-12-01'), bad, 'xlsx')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    // Row 3 names no unit of the district; row 4 ends without saying how or why (two problems, one row).
    expect(new Set((error as ImportRejected).rows.map((r) => r.row))).toEqual(new Set([3, 4]));
    const good = await ledgerFile(docLedger, [row({})]);
    expect(await entry.importFile(w.as(w.coordinator, '2026-12-01'), good, 'xlsx')).toMatchObject({
      imported: 1,
    });
    expect(await entry.importFile(w.as(w.coordinator, '2026-12-01'), good, 'xlsx')).toMatchObject({
      imported: 0,
      unchanged: 1,
    });
  });
});
