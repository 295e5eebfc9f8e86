/**
 * Reconsideration on the district world: the portal journey (file → 补正 → accept → answer → 撤销 → published
 * masked), the law by date on the gates, scope, the ledger round trip, the metrics and table 四 from records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterCaseInput } from '../../../common/contracts/reconsideration.js';
import { chinaDate } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { ImportRejected } from '../../platform/io/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { assembleReport, computeMetric } from '../../platform/reports/index.js';
import { expectAudit } from '../../test/audit.js';
import { ledgerFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { type CaseLedgerRow, caseLedger, casesLedger } from './ledger.js';
import { fireCaseTransition } from './service/fire-transition.js';
import { registerCase } from './service/register-case.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let officer: TestSession;
let housing: TestSession;
const TODAY = chinaDate(new Date());
const BASE = '/api/v1/reconsideration/cases';
const PORTAL = '/api/v1/portal/reconsideration';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db);
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const application = (over: Partial<RegisterCaseInput> = {}) => ({
  applicantType: 'natural_person',
  applicantName: '张建华',
  applicantIdNumber: null,
  applicantPhone: '13900001234',
  respondentUnitId: w.market.id,
  actType: 'penalty',
  actDescription: '对销售过期食品作出的罚款决定',
  actKnownOn: TODAY,
  actAmountYuan: 5000,
  requestText: '请求撤销该罚款决定。',
  ...over,
});
const staffCase = (over: Partial<RegisterCaseInput>) =>
  ({ ...application(), channel: 'in_person', receivedOn: TODAY, ...over }) as RegisterCaseInput;
const fire = (
  day: string,
  id: string,
  transition: Parameters<typeof fireCaseTransition>[2],
  body: object = {},
) => fireCaseTransition(w.as(w.coordinator, day), id, transition, { on: day, ...body });

describe('the portal journey: file → 补正 → accepted → answered → 撤销 → published masked', () => {
  it('runs through the API with the clocks, the respondent’s answer and the masked decision', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: `${PORTAL}/applications`,
      payload: { ...application(), actDescription: '', respondentUnitId: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['body.actDescription', 'body.respondentUnitId']);

    const filed = await app.inject({ method: 'POST', url: `${PORTAL}/applications`, payload: application() });
    expect(filed.statusCode).toBe(201);
    const { trackingCode, caseNumber, reviewDueOn } = filed.json();
    expect(caseNumber).toMatch(/^.+复〔\d{4}〕\d+号$/);
    expect(reviewDueOn > TODAY).toBe(true);

    const list = (await coord.get(`${BASE}?q=${encodeURIComponent(caseNumber)}`)).json();
    const id = list.items[0].id as string;
    expect(list.items[0]).toMatchObject({
      applicantName: '张**',
      status: 'received',
      channel: 'online',
      lawText: '2023',
    });

    const clocksAtFiling = (await coord.get(`${BASE}/${id}`))
      .json()
      .clocks.map((c: { key: string }) => c.key);
    expect(clocksAtFiling).toEqual([
      'reconsideration.acceptance_review',
      'reconsideration.correction_notice',
    ]);
    // 补正 once; the public sees what to correct and by when.
    let res = await coord.post(`${BASE}/${id}/transitions/request_correction`, {
      items: '请补充罚款决定书复印件。',
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await coord.post(`${BASE}/${id}/transitions/request_correction`, { items: '再次补正' })).statusCode,
    ).toBe(409);
    // The review stops; the applicant's 10 WD run (第三十一条).
    expect(res.json().clocks.map((c: { key: string; status: string }) => `${c.key}:${c.status}`)).toEqual([
      'reconsideration.acceptance_review:stopped',
      'reconsideration.correction_notice:stopped',
      'reconsideration.applicant_correction:running',
    ]);
    const tracked = (
      await app.inject({ method: 'GET', url: `${PORTAL}/applications/${trackingCode}` })
    ).json();
    expect(tracked).toMatchObject({
      status: 'awaiting_correction',
      correctionItems: '请补充罚款决定书复印件。',
    });
    expect(JSON.stringify(tracked)).not.toContain('张建华');

    await coord.post(`${BASE}/${id}/transitions/receive_correction`, {});
    res = await coord.post(`${BASE}/${id}/transitions/accept`, { procedureKind: 'ordinary' });
    expect(res.json()).toMatchObject({
      status: 'under_review',
      acceptedOn: TODAY,
      procedureKind: 'ordinary',
    });
    expect(res.json().clocks.map((c: { key: string }) => c.key)).toEqual(
      expect.arrayContaining(['reconsideration.copy', 'reconsideration.decision']),
    );
    await coord.post(`${BASE}/${id}/transitions/send_copy`, {});

    // The respondent's officer answers for its own unit; another department does not even see the case.
    expect((await housing.get(`${BASE}/${id}`)).statusCode).toBe(404);
    expect(
      (await officer.post(`${BASE}/${id}/transitions/decide`, { outcome: 'CHEXIAO', summary: 'x' }))
        .statusCode,
    ).toBe(403);
    res = await officer.post(`${BASE}/${id}/transitions/receive_answer`, { evidence: '答复书及证据目录' });
    expect(res.statusCode).toBe(200);
    expect(res.json().applicantPhone).toBe('139****1234');

    res = await coord.post(`${BASE}/${id}/transitions/decide`, {
      outcome: 'CHEXIAO',
      summary: '主要事实不清，决定撤销。',
      redoWithinDays: 30,
    });
    expect(res.json()).toMatchObject({ status: 'concluded', outcome: 'CHEXIAO', decidedOnTime: true });
    expect(res.json().decisionNumber).toMatch(/复决〔\d{4}〕\d+号$/);
    // 撤销 opens the respondent's corrective task (B7), due by the decision's 30 days.
    expect(res.json().correctiveTask).toMatchObject({ number: expect.any(String) });
    const task = (await officer.get(`/api/v1/corrections/tasks/${res.json().correctiveTask.id}`)).json();
    expect(task).toMatchObject({ orgUnit: { id: w.market.id } });
    await expectAudit(t.db, { action: 'reconsideration.case.decided', subjectId: id, count: 1 });

    const published = (await app.inject({ method: 'GET', url: `${PORTAL}/decisions` })).json();
    expect(published.items.find((d: { id: string }) => d.id === id)).toMatchObject({
      applicantName: '张**',
      outcome: 'CHEXIAO',
    });
    expect(JSON.stringify(published)).not.toContain('13900001234');
  });
});

describe('the law by date on the gates', () => {
  it('2023 text: no answer in 10 WD → the act cannot be upheld (第七十条)', async () => {
    const c = await registerCase(
      w.as(w.coordinator, '2024-09-27'),
      staffCase({ receivedOn: '2024-09-27', actKnownOn: '2024-09-20' }),
    );
    expect(c.lawText).toBe('2023');
    await fire('2024-09-30', c.id, 'accept', { procedureKind: 'ordinary' });
    await fire('2024-10-08', c.id, 'send_copy');
    // 10 WD from 10-08 end on 10-21 (Sat 10-12 worked).
    await expect(fire('2024-10-21', c.id, 'record_no_answer')).rejects.toMatchObject({
      code: 'ANSWER_PERIOD_OPEN',
    });
    await fire('2024-10-22', c.id, 'record_no_answer');
    await expect(
      fire('2024-10-25', c.id, 'decide', { outcome: 'WEICHI', summary: '维持' }),
    ).rejects.toMatchObject({
      code: 'NO_ANSWER_ACT_UNSUPPORTED',
    });
    const decided = await fire('2024-10-25', c.id, 'decide', { outcome: 'QUERENWEIFA', summary: '确认违法' });
    expect(decided).toMatchObject({ outcome: 'QUERENWEIFA', decidedOnTime: true });
  });

  it('2017 text: no simplified procedure; silence accepts from receipt; the answer runs 10 calendar days', async () => {
    const c = await registerCase(
      w.as(w.coordinator, '2020-09-25'),
      staffCase({ receivedOn: '2020-09-25', actKnownOn: '2020-09-01', actAmountYuan: 200 }),
    );
    expect(c.lawText).toBe('2017');
    await expect(
      fire('2020-09-28', c.id, 'accept', { procedureKind: 'simplified', simplifiedGround: 'small_amount' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    // The review's 5 WD end on 10-09 (国庆 2020): deemed accepted only after, and then from receipt.
    await expect(fire('2020-10-09', c.id, 'deem_accepted')).rejects.toMatchObject({
      code: 'ACCEPTANCE_REVIEW_OPEN',
    });
    const accepted = await fire('2020-10-10', c.id, 'deem_accepted');
    expect(accepted).toMatchObject({ acceptedOn: '2020-09-25', acceptanceDeemed: true });
    await fire('2020-10-12', c.id, 'send_copy');
    // 10 calendar days from 10-12 → 10-22.
    await expect(fire('2020-10-22', c.id, 'record_no_answer')).rejects.toMatchObject({
      code: 'ANSWER_PERIOD_OPEN',
    });
    await fire('2020-10-23', c.id, 'record_no_answer');
  });

  it('2023 text: a simplified case for a small amount; the late application is recorded, not refused', async () => {
    const c = await registerCase(
      w.as(w.coordinator, '2024-06-03'),
      staffCase({ receivedOn: '2024-06-03', actKnownOn: '2024-03-01', actAmountYuan: 2000 }),
    );
    expect(c.lateApplication).toBe(true);
    const accepted = await fire('2024-06-04', c.id, 'accept', {
      procedureKind: 'simplified',
      simplifiedGround: 'small_amount',
    });
    expect(accepted.procedureKind).toBe('simplified');
    await expect(fire('2024-06-05', c.id, 'extend_decision', { reason: '复杂' })).rejects.toMatchObject({
      code: 'EXTENSION_NOT_ORDINARY',
    });
    await expect(
      fire('2024-06-05', c.id, 'hold_hearing', {
        noticeOn: '2024-06-04',
        headAttended: false,
        attendee: '科长',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('refuses an oral application without its record, and a respondent outside the district government’s reach', async () => {
    await expect(
      registerCase(w.as(w.coordinator, TODAY), staffCase({ channel: 'oral' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      registerCase(w.as(w.coordinator, TODAY), staffCase({ respondentUnitId: w.district.id })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await officer.post(BASE, staffCase({}))).statusCode).toBe(403);
  });
});

describe('the ledger (行政复议案件台账)', () => {
  const entry = defineLedgerEntry(casesLedger);
  const past = (over: Partial<CaseLedgerRow> = {}): Partial<CaseLedgerRow> => ({
    caseNumber: '于洪复〔2019〕7号',
    receivedOn: '2019-05-06',
    channel: 'letter',
    applicantType: 'natural_person',
    applicantName: '李秀英',
    respondent: '区政府办公室',
    actType: 'disclosure',
    actDescription: '政府信息公开申请答复',
    requestText: '请求撤销答复',
    acceptedOn: '2019-05-08',
    outcome: 'WEICHI',
    concludedOn: '2019-06-20',
    decidedOnTime: true,
    ...over,
  });

  it('imports past years all or nothing, every bad row listed; a second import changes nothing', async () => {
    const ctx = w.as(w.coordinator, TODAY);
    const bad = await entry
      .importFile(
        ctx,
        await ledgerFile(caseLedger, [
          past(),
          past({ caseNumber: 'X-2', respondent: '不存在的局', outcome: 'BUYUSHOULI' }),
        ]),
        'xlsx',
      )
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ImportRejected);
    const fields = (bad as ImportRejected).rows.map((r) => r.column).sort();
    expect(fields).toEqual(['受理日期', '被申请人']);
    const file = await ledgerFile(caseLedger, [past()]);
    expect(await entry.importFile(ctx, file, 'xlsx')).toMatchObject({ imported: 1 });
    expect(await entry.importFile(ctx, file, 'xlsx')).toMatchObject({ imported: 0, unchanged: 1 });
    const changed = await entry
      .importFile(ctx, await ledgerFile(caseLedger, [past({ outcome: 'CHEXIAO' })]), 'xlsx')
      .catch((e: unknown) => e);
    expect(changed).toBeInstanceOf(ImportRejected);
    // The imported year's table 四 group comes from the record.
    const doc = await assembleReport(t.db, 'system', { report: 'disclosure_annual', year: 2019 });
    expect((doc.tables['四']!.rows as { values: Record<string, number> }[])[0]!.values).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
  });
});

describe('metrics', () => {
  it('count 2024’s cases by the same rules as their drill-down', async () => {
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const received = await computeMetric(t.db, 'system', 'reconsideration.cases_received', period);
    expect(received).toMatchObject({ value: 2, breakdown: { in_person: 2 } });
    const byType = await computeMetric(t.db, 'system', 'reconsideration.decisions_by_type', period);
    expect(byType).toMatchObject({ value: 1, breakdown: { QUERENWEIFA: 1 } });
    const correction = await computeMetric(t.db, 'system', 'reconsideration.correction_rate', period);
    expect(correction.value).toBe(1);
    const concluded = await computeMetric(t.db, 'system', 'reconsideration.cases_concluded', period);
    expect(concluded.value).toBe(1);
  });
});
