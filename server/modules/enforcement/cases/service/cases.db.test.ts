import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenCaseBody } from '../../../../../common/contracts/enforcement/cases.js';
import { findClocksForSubject } from '../../../../platform/clocks/index.js';
import { expectAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { enforcementFiles, enforcementFilings } from '../schema.js';
import { enforcementBenchmarks, enforcementMajorCatalogue } from '../../registry/schema.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';
import { findFilings, reviewFiling, submitFiling } from '../../filings/service/index.js';
import {
  addEvidence,
  extendHandlingPeriod,
  findCases,
  findReviewQueue,
  fireCaseTransition,
  getCase,
  getEvidenceFile,
  openCase,
} from './index.js';
import { addTestEvidence, buildOpenCaseInput, openTestCase } from './test-support.js';

let t: TestDatabase;
let w: EnforcementWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const fire = (actor: EnforcementWorld['marketOfficer'], day: string, id: string, step: string, body = {}) =>
  fireCaseTransition(w.as(actor, day), id, step as never, { on: day, ...body });
const officer = () => w.marketOfficer;

describe('立案 (openCase)', () => {
  it('refuses a power of another body, of the wrong category, and an officer whose certificate expired', async () => {
    const open = (over: object) =>
      openCase(w.as(officer(), '2020-06-01'), OpenCaseBody.parse(buildOpenCaseInput(w, over)));
    await expect(open({ powerItemId: w.housingPowers.penalty })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'powerItemId', message: '所选职权不属于该执法主体' }],
    });
    await expect(open({ powerItemId: w.marketPowers.inspection })).rejects.toMatchObject({
      fields: [{ path: 'powerItemId', message: expect.stringContaining('不能据以办理行政处罚案件') }],
    });
    await expect(
      open({ openedOn: '2020-05-06', handlerOfficerIds: [w.marketOfficerIds[0], w.expiredMarketOfficerId] }),
    ).rejects.toMatchObject({
      fields: [
        {
          path: 'handlerOfficerIds.1',
          message: expect.stringContaining('赵刚的执法证（LN-SC-0003）已于 2020-03-31 到期'),
        },
      ],
    });
    await expect(open({ openedOn: '2020-06-02' })).rejects.toMatchObject({
      fields: [{ path: 'openedOn', message: '立案日期不能晚于今天' }],
    });
  });

  it('refuses another body’s case for a department officer, and a duplicate number', async () => {
    await expect(
      openTestCase(w, '2020-06-01', {
        orgUnitId: w.housing.id,
        powerItemId: w.housingPowers.penalty,
        handlerOfficerIds: [...w.housingOfficerIds],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const first = await openTestCase(w, '2020-06-01', { caseNumber: '于市监立〔2020〕重复号' });
    await expect(openTestCase(w, '2020-06-01', { caseNumber: first.caseNumber })).rejects.toMatchObject({
      fields: [{ path: 'caseNumber', message: expect.stringContaining('已存在') }],
    });
  });

  it('starts the 90-day handling clock, audits the opening, and marks a catalogued power major', async () => {
    await t.db.insert(enforcementMajorCatalogue).values({
      districtId: w.market.districtId,
      orgUnitId: w.market.id,
      powerItemId: w.marketPowers.penalty2,
      description: '对销售不符合食品安全标准的食品处以较大数额罚款',
    });
    const row = await openTestCase(w, '2020-06-01', { powerItemId: w.marketPowers.penalty2 });
    expect(row).toMatchObject({ state: 'investigating', isMajor: true, majorReasons: ['catalogue'] });
    const clocks = await findClocksForSubject(t.db, 'enforcement_case', row.id);
    // 2020-05-06 + 90 calendar days = 2020-08-04 (Tue). Basis: 处罚法 第六十条.
    expect(clocks).toMatchObject([
      { clockKey: 'enforcement.handling_penalty', dueOn: '2020-08-04', status: 'running' },
    ]);
    await expectAudit(t.db, { action: 'enforcement.case.opened', subjectId: row.id, count: 1 });
  });
});

describe('the hearing path', () => {
  it('walks 告知 → 申请听证 → 通知 → 听证 → 法制审核 → 决定 → 送达 → 执行 → 结案', async () => {
    const k = await openTestCase(w, '2020-06-01');
    await expect(
      fire(officer(), '2020-06-01', k.id, 'notify', {
        intendedPenalty: '罚款六万元',
        intendedKinds: ['fine'],
      }),
    ).rejects.toMatchObject({ code: 'EVIDENCE_REQUIRED' });
    await addTestEvidence(w, k.id, '2020-05-20');
    // 60,000 yuan against an organisation is 较大数额 (default 50,000): the notice must give the hearing right.
    await expect(
      fire(officer(), '2020-06-01', k.id, 'notify', {
        intendedPenalty: '罚款六万元',
        intendedKinds: ['fine'],
        intendedFineAmount: 60000,
        hearingRight: false,
      }),
    ).rejects.toMatchObject({
      // A 2020 notice: the 2017 text (第四十二条) lists 较大数额罚款.
      fields: [{ path: 'hearingRight', message: expect.stringContaining('第四十二条') }],
    });
    await fire(officer(), '2020-06-01', k.id, 'notify', {
      intendedPenalty: '罚款六万元',
      intendedKinds: ['fine'],
      intendedFineAmount: 60000,
      hearingRight: true,
    });
    await fire(officer(), '2020-06-01', k.id, 'serve_notice', { method: 'direct' });
    await fire(officer(), '2020-06-03', k.id, 'request_hearing');
    // 2017 text: notice at least 7 days before the hearing — noticed 06-04, the hearing no earlier than 06-11.
    await expect(
      fire(officer(), '2020-06-04', k.id, 'schedule_hearing', { hearingOn: '2020-06-08' }),
    ).rejects.toMatchObject({
      fields: [{ path: 'hearingOn', message: expect.stringContaining('不得早于2020-06-11') }],
    });
    await fire(officer(), '2020-06-04', k.id, 'schedule_hearing', { hearingOn: '2020-06-11' });
    const held = await fire(officer(), '2020-06-11', k.id, 'hold_hearing', {
      record: '当事人陈述申辩，承认违法事实',
    });
    expect(held).toMatchObject({
      state: 'ready',
      isMajor: true,
      majorReasons: ['major_rights_after_hearing'],
    });
    const decision = {
      decisionNumber: '于市监罚〔2020〕8号',
      outcome: 'fine',
      fineAmount: 60000,
      decisionText: '罚款六万元',
    };
    await expect(fire(officer(), '2020-06-12', k.id, 'decide', decision)).rejects.toMatchObject({
      code: 'LEGAL_REVIEW_REQUIRED',
    });
    await fire(officer(), '2020-06-12', k.id, 'submit_review');
    await fire(w.reviewer, '2020-06-15', k.id, 'approve_review', { opinion: '事实清楚，证据确凿，程序合法' });
    const decided = await fire(officer(), '2020-06-16', k.id, 'decide', decision);
    expect(decided).toMatchObject({ state: 'decided', decidedOn: '2020-06-16', publicationState: 'pending' });
    const [filing] = await t.db.select().from(enforcementFilings).where(eq(enforcementFilings.caseId, k.id));
    // 2020-06-16 + 15 calendar days = 2020-07-01 (Wed, a working day).
    expect(filing).toMatchObject({ decidedOn: '2020-06-16', dueOn: '2020-07-01', filedOn: null });
    await fire(officer(), '2020-06-18', k.id, 'serve', { method: 'direct' });
    await expect(fire(officer(), '2020-06-19', k.id, 'close')).rejects.toMatchObject({
      code: 'FINE_NOT_SETTLED',
    });
    await fire(officer(), '2020-06-30', k.id, 'record_execution', { note: '已缴纳罚款' });
    const closed = await fire(officer(), '2020-06-30', k.id, 'close');
    expect(closed.state).toBe('closed');
    const detail = await getCase(w.as(officer(), '2020-06-30'), k.id);
    expect(detail.steps.map((s) => s.transition)).toEqual([
      'notify',
      'serve_notice',
      'request_hearing',
      'schedule_hearing',
      'hold_hearing',
      'submit_review',
      'approve_review',
      'decide',
      'serve',
      'record_execution',
      'close',
    ]);
    expect(detail.reviews).toMatchObject([{ conclusion: 'lawful', reviewerName: expect.any(String) }]);
    expect(detail.clocks.find((c) => c.clockKey === 'enforcement.handling_penalty')?.status).toBe('stopped');
    await expect(addTestEvidence(w, k.id, '2020-06-30')).rejects.toMatchObject({ code: 'CASE_CLOSED' });
  });

  it('refuses a step dated before the case’s last step or in the future', async () => {
    const k = await openTestCase(w, '2020-06-01');
    await addTestEvidence(w, k.id, '2020-05-20');
    await fire(officer(), '2020-06-01', k.id, 'notify', {
      intendedPenalty: '警告',
      intendedKinds: ['warning'],
    });
    const decision = { decisionNumber: '于市监罚〔2020〕7号', outcome: 'warning', decisionText: '警告' };
    await expect(
      fire(officer(), '2020-06-10', k.id, 'decide', { ...decision, on: '2020-05-30' }),
    ).rejects.toMatchObject({
      fields: [{ path: 'on', message: expect.stringContaining('上一办理步骤的日期（2020-06-01）') }],
    });
    await expect(
      fireCaseTransition(w.as(officer(), '2020-06-10'), k.id, 'decide', { ...decision, on: '2020-06-11' }),
    ).rejects.toMatchObject({
      fields: [{ path: 'on', message: '办理日期不能晚于今天' }],
    });
  });
});

describe('延长办案期限', () => {
  it('moves the handling due date by 30 days for approvers, then by the period the collective decision set', async () => {
    const k = await openTestCase(w, '2020-06-01');
    await expect(
      extendHandlingPeriod(w.as(officer(), '2020-07-20'), k.id, { reason: '案情复杂' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await extendHandlingPeriod(w.as(w.leader, '2020-07-20'), k.id, { reason: '案情复杂，需补充鉴定' });
    const due = async () => (await getCase(w.as(officer(), '2020-07-20'), k.id)).clocks[0]!;
    // 2020-08-04 + 30 calendar days = 2020-09-03 (Thu).
    expect(await due()).toMatchObject({ dueOn: '2020-09-03', extensionsUsed: 1 });
    await expect(
      extendHandlingPeriod(w.as(w.coordinator, '2020-08-30'), k.id, { reason: '继续延长' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      extendHandlingPeriod(w.as(w.coordinator, '2020-08-30'), k.id, {
        reason: '继续延长',
        collectiveDecidedOn: '2020-08-31',
        furtherDays: 30,
      }),
    ).rejects.toMatchObject({ fields: [{ path: 'collectiveDecidedOn' }] });
    await extendHandlingPeriod(w.as(w.coordinator, '2020-08-30'), k.id, {
      reason: '经负责人集体讨论决定继续延长',
      collectiveDecidedOn: '2020-08-28',
      furtherDays: 60,
    });
    // 2020-09-03 + 60 calendar days = 2020-11-02 (Mon).
    expect(await due()).toMatchObject({ dueOn: '2020-11-02', extensionsUsed: 2 });
    const actions = (await getCase(w.as(w.leader, '2020-09-20'), k.id)).actions;
    expect(actions.find((a) => a.key === 'extend_handling_further')).toMatchObject({ allowed: true });
  });
});

describe('重大执法决定 by amount', () => {
  it('blocks 决定 with LEGAL_REVIEW_REQUIRED until a legal reviewer approves, then files the major penalty', async () => {
    const k = await openTestCase(w, '2020-06-01', {
      partyType: 'natural_person',
      partyName: '张三',
      partyIdNumber: '210114199001011232',
      partyPhone: '13912345678',
    });
    await addTestEvidence(w, k.id, '2020-05-20');
    await fire(officer(), '2020-06-01', k.id, 'notify', {
      intendedPenalty: '罚款两万元',
      intendedKinds: ['fine'],
      intendedFineAmount: 20000,
      hearingRight: true,
    });
    await fire(officer(), '2020-06-01', k.id, 'serve_notice', { method: 'direct' });
    const decision = {
      decisionNumber: '于市监罚〔2020〕9号',
      outcome: 'fine',
      fineAmount: 20000,
      decisionText: '罚款两万元',
    };
    // The 2017 window (3 days) ran out on 06-04; 20,000 yuan ≥ the natural-person threshold of 10,000.
    await expect(fire(officer(), '2020-06-03', k.id, 'decide', decision)).rejects.toMatchObject({
      code: 'HEARING_WINDOW_OPEN',
    });
    const refused = await fire(officer(), '2020-06-08', k.id, 'decide', decision).catch((e) => e);
    expect(refused).toMatchObject({
      code: 'LEGAL_REVIEW_REQUIRED',
      message: expect.stringContaining('须经法制审核'),
      status: 409,
    });
    await fire(officer(), '2020-06-08', k.id, 'submit_review', { note: '罚没金额达到重大标准' });
    const queue = await findReviewQueue(w.as(w.reviewer, '2020-06-09'), {
      queue: 'pending',
      page: 1,
      pageSize: 50,
    });
    expect(queue.items.map((i) => i.kase.id)).toContain(k.id);
    await fire(w.reviewer, '2020-06-10', k.id, 'approve_review', { opinion: '同意' });
    const decided = await fire(officer(), '2020-06-11', k.id, 'decide', decision);
    expect(decided).toMatchObject({ state: 'decided', isMajor: true, majorReasons: ['amount_threshold'] });
    const filings = await findFilings(w.as(officer(), '2020-06-30'), { page: 1, pageSize: 50 });
    const filing = filings.items.find((f) => f.caseId === k.id)!;
    // 2020-06-11 + 15 = 06-26, a Friday but the 端午 break (06-25..27): the last day rolls to Sun 06-28, a make-up working day.
    expect(filing.dueOn).toBe('2020-06-28');
    await submitFiling(w.as(officer(), '2020-06-30'), filing.id, {});
    const reviewed = await reviewFiling(w.as(w.coordinator, '2020-07-02'), filing.id, {
      conclusion: 'approved',
      opinion: '准予备案',
    });
    expect(reviewed).toMatchObject({
      filedOn: '2020-06-30',
      reviewedOn: '2020-07-02',
      conclusion: 'approved',
    });
    const late = await findFilings(w.as(w.coordinator, '2020-07-02'), {
      state: 'late',
      page: 1,
      pageSize: 50,
    });
    expect(late.items.map((f) => f.id)).toContain(filing.id);
  });
});

describe('裁量基准 and the publication clock', () => {
  it('needs a circumstance and a written reason for a fine outside the band, and queues the deviation', async () => {
    const [benchmark] = await t.db
      .insert(enforcementBenchmarks)
      .values({
        districtId: w.market.districtId,
        orgUnitId: w.market.id,
        powerItemId: w.marketPowers.penalty,
        code: 'SC-CJ-001',
        violation: '未取得食品经营许可从事食品经营活动',
        penaltyBasis: '《食品安全法》第一百二十二条',
        ranges: [{ circumstance: 'general', fineMin: 1000, fineMax: 5000, description: '一般' }],
      })
      .returning();
    // Decided under the 2021 text: an ordinary decision needs no 法制审核 (第五十八条), so the writer's checks show.
    const k = await openTestCase(w, '2021-08-02', { benchmarkId: benchmark!.id, openedOn: '2021-07-20' });
    await addTestEvidence(w, k.id, '2021-07-21');
    await fire(officer(), '2021-08-02', k.id, 'notify', {
      intendedPenalty: '罚款八千元',
      intendedKinds: ['fine'],
      intendedFineAmount: 8000,
    });
    await fire(officer(), '2021-08-02', k.id, 'serve_notice', { method: 'direct' });
    const decision = {
      decisionNumber: '于市监罚〔2021〕10号',
      outcome: 'fine',
      fineAmount: 8000,
      decisionText: '罚款八千元',
    };
    // Served Mon 08-02: the 陈述、申辩 window (5 WD) runs to Mon 08-09.
    await expect(fire(officer(), '2021-08-10', k.id, 'decide', decision)).rejects.toMatchObject({
      fields: [{ path: 'circumstance' }],
    });
    await expect(
      fire(officer(), '2021-08-10', k.id, 'decide', { ...decision, circumstance: 'general' }),
    ).rejects.toMatchObject({
      fields: [
        {
          path: 'deviationReason',
          message: expect.stringContaining('超出“一般”情节的裁量幅度 1000–5000 元'),
        },
      ],
    });
    const decided = await fire(officer(), '2021-08-10', k.id, 'decide', {
      ...decision,
      circumstance: 'general',
      deviationReason: '当事人拒不改正，多次违法',
    });
    expect(decided).toMatchObject({ benchmarkDeviation: true, deviationReason: '当事人拒不改正，多次违法' });
    const queue = await findReviewQueue(w.as(w.reviewer, '2021-08-09'), {
      queue: 'deviations',
      page: 1,
      pageSize: 50,
    });
    expect(queue.items.map((i) => i.kase.id)).toContain(k.id);
  });

  it('counts 7 working days from a decision on 2020-09-29 across 国庆 to 2020-10-15', async () => {
    // Decided Tue 09-29. Day 1 Wed 09-30; 10-01..10-08 off (国庆中秋); day 2 Fri 10-09; day 3 Sat 10-10 (make-up
    // working day); Sun 10-11 off; days 4–7 Mon 10-12 … Thu 10-15. Basis: 国办发〔2018〕118号 (7 WD for 许可).
    const k = await openTestCase(w, '2020-09-20', {
      kind: 'licensing',
      powerItemId: w.marketPowers.licensing,
      openedOn: '2020-09-20',
    });
    const decided = await fire(officer(), '2020-09-29', k.id, 'decide', {
      decisionNumber: '于市监许〔2020〕3号',
      outcome: 'licence_granted',
      decisionText: '准予食品经营许可',
    });
    expect(decided.publicationDueOn).toBe('2020-10-15');
    const clocks = await findClocksForSubject(t.db, 'enforcement_case', k.id);
    expect(clocks.find((c) => c.clockKey === 'enforcement.publication_licensing')?.dueOn).toBe('2020-10-15');
    await expect(fire(officer(), '2020-09-30', k.id, 'serve', { method: 'direct' })).resolves.toMatchObject({
      state: 'served',
    });
  });

  it('refuses an outcome the kind cannot have, and a fine decision without an amount', async () => {
    const k = await openTestCase(w, '2020-09-20', {
      kind: 'licensing',
      powerItemId: w.marketPowers.licensing,
      openedOn: '2020-09-20',
    });
    await expect(
      fire(officer(), '2020-09-29', k.id, 'decide', {
        decisionNumber: 'X',
        outcome: 'fine',
        decisionText: '罚款',
      }),
    ).rejects.toMatchObject({
      fields: [{ path: 'outcome' }, { path: 'fineAmount' }],
    });
  });
});

describe('evidence and scope', () => {
  it('stores a file once by its SHA-256, audits the hash, and gives it back', async () => {
    const k = await openTestCase(w, '2020-06-01');
    const a = await addTestEvidence(w, k.id, '2020-05-21', '同一份询问笔录');
    const b = await addTestEvidence(w, k.id, '2020-05-22', '同一份询问笔录');
    expect(a.sha256).toBe(b.sha256);
    const [{ n }] = (await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(enforcementFiles)
      .where(eq(enforcementFiles.sha256, a.sha256))) as [{ n: number }];
    expect(n).toBe(1);
    const events = await expectAudit(t.db, { action: 'enforcement.case.evidence_added', subjectId: k.id });
    expect(events.map((e) => (e.data as { sha256: string }).sha256)).toEqual([a.sha256, a.sha256]);
    const file = await getEvidenceFile(w.as(officer(), '2020-06-01'), k.id, a.id);
    expect(file.content.toString('utf8')).toBe('同一份询问笔录');
  });

  it('hides a market case from the housing officer (404) and lists only the officer’s own cases', async () => {
    const k = await openTestCase(w, '2020-06-01');
    const housing = w.as(w.housingOfficer, '2020-06-02');
    await expect(getCase(housing, k.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(fireCaseTransition(housing, k.id, 'close', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addTestEvidenceAs(w.housingOfficer, k.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const list = await findCases(housing, { page: 1, pageSize: 200 });
    expect(list.items.every((i) => i.orgUnitId === w.housing.id)).toBe(true);
    const mine = await findCases(w.as(officer(), '2020-06-02'), { q: k.caseNumber, page: 1, pageSize: 20 });
    expect(mine).toMatchObject({ total: 1, items: [{ id: k.id, handlingDueOn: '2020-08-04' }] });
    const byParty = await findCases(w.as(w.coordinator, '2020-06-02'), { q: '餐饮', page: 1, pageSize: 1 });
    expect(byParty.total).toBeGreaterThan(1);
    expect(byParty.items).toHaveLength(1);
  });
});

function addTestEvidenceAs(actor: EnforcementWorld['housingOfficer'], caseId: string) {
  return addEvidence(w.as(actor, '2020-06-02'), caseId, {
    evidenceType: '书证',
    description: '越权上传',
    collectedOn: '2020-06-02',
    fileName: 'x.txt',
    contentType: 'text/plain',
    content: Buffer.from('x'),
  });
}
