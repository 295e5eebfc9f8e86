import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrgUnitByCode, type OrgUnit } from '../../platform/org/index.js';
import { computeMetric, metricRecords } from '../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { DISTRICT_WORLD } from '../../test/world.js';
import {
  enforcementCases,
  enforcementFilings,
  enforcementLegalReviews,
  type NewEnforcementCaseRow,
} from './cases/schema.js';
import {
  enforcementInspectionPlanItems,
  enforcementInspectionPlans,
  enforcementInspections,
} from './inspections/schema.js';
import { enforcementBodies, enforcementOfficers } from './registry/schema.js';
import { buildEnforcementWorld, type EnforcementWorld } from './test-support.js';
import './metrics.js';

let t: TestDatabase;
let w: EnforcementWorld;
const y2020 = { from: '2020-01-01', to: '2020-12-31' };
const metric = (key: string) => computeMetric(t.db, 'system', key, y2020);

type CaseFixture = Partial<NewEnforcementCaseRow> & Pick<NewEnforcementCaseRow, 'caseNumber' | 'openedOn'>;

async function addCase(unit: OrgUnit, f: CaseFixture): Promise<string> {
  const isMarket = unit.id === w.market.id;
  const powers = isMarket ? w.marketPowers : w.housingPowers;
  const kind = (f.kind ?? 'penalty') as 'penalty' | 'licensing' | 'coercion';
  const [row] = await t.db
    .insert(enforcementCases)
    .values({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      kind,
      powerItemId: powers[kind],
      cause: '未取得食品经营许可从事食品经营活动（测试）',
      partyType: 'legal_person',
      partyName: '沈阳测试食品有限公司',
      handlerOfficerIds: isMarket ? w.marketOfficerIds : w.housingOfficerIds,
      state: f.decidedOn ? (f.closedOn ? 'closed' : 'decided') : 'investigating',
      publicationState: f.decidedOn ? (f.publishedOn ? 'published' : 'pending') : null,
      ...f,
    })
    .returning({ id: enforcementCases.id });
  return row!.id;
}

async function addReview(caseId: string, unit: OrgUnit, concludedOn: string, conclusion: 'lawful' | 'amend') {
  await t.db.insert(enforcementLegalReviews).values({
    caseId,
    districtId: unit.districtId,
    orgUnitId: unit.id,
    submittedOn: concludedOn,
    reviewerUserId: w.reviewer.userId,
    concludedOn,
    conclusion,
    opinion: '测试审核意见',
  });
}

async function addFiling(
  caseId: string,
  unit: OrgUnit,
  decidedOn: string,
  dueOn: string,
  filedOn: string | null,
) {
  await t.db
    .insert(enforcementFilings)
    .values({ caseId, districtId: unit.districtId, orgUnitId: unit.id, decidedOn, dueOn, filedOn });
}

/** Bodies: the world's two (2020-03-20) plus one confirmed in 2020 (authorised), one revoked in 2020, one of 2019, one revoked in 2021. */
async function seedBodies() {
  const body = async (code: string, confirmedOn: string, revokedOn: string | null, kind = 'statutory') => {
    const unit = (await getOrgUnitByCode(t.db, code))!;
    await t.db.insert(enforcementBodies).values({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      authorityKind: kind,
      legalBasis: '测试依据',
      scope: '测试范围',
      confirmedOn,
      revokedOn,
    });
  };
  await body('210114-D25', '2020-05-01', null, 'authorised');
  await body('210114-D12', '2020-04-01', '2020-11-30');
  await body('210114-D14', '2019-06-01', null);
  await body('210114-D18', '2020-06-01', '2021-02-01');
}

/** Officers besides the world's: one inactive, one certified only in 2021, one valid to the last day of 2020. */
async function seedOfficers() {
  const officer = (unit: OrgUnit, cert: string, extra: Partial<typeof enforcementOfficers.$inferInsert>) =>
    t.db.insert(enforcementOfficers).values({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      name: '测试',
      certificateNumber: cert,
      certificateIssuer: '沈阳市人民政府',
      certificateIssuedOn: '2019-01-01',
      certificateValidUntil: '2025-12-31',
      ...extra,
    });
  await officer(w.housing, 'T-1', { isActive: false });
  await officer(w.market, 'T-2', { certificateIssuedOn: '2021-01-05' });
  await officer(w.market, 'T-3', { certificateValidUntil: '2020-12-31' });
}

/** The cases; the expected figures in the tests are worked out by hand from these rows. */
async function seedCases() {
  const { market: m, housing: h } = w;
  await addCase(m, {
    caseNumber: 'C1',
    openedOn: '2020-02-03',
    decidedOn: '2020-03-10',
    outcome: 'fine',
    fineAmount: '3000',
    confiscationAmount: '500',
    closedOn: '2020-04-01',
    publicationDueOn: '2020-03-19',
    publishedOn: '2020-03-16',
  });
  // Decided late (beyond 90 days), major, after a hearing, outside the benchmark, published and filed late.
  const c2 = await addCase(m, {
    caseNumber: 'C2',
    openedOn: '2020-01-06',
    decidedOn: '2020-06-15',
    outcome: 'fine',
    fineAmount: '200000',
    isMajor: true,
    hearingRight: true,
    hearingHeldOn: '2020-06-01',
    benchmarkDeviation: true,
    deviationReason: '测试',
    closedOn: '2020-07-20',
    publicationDueOn: '2020-06-24',
    publishedOn: '2020-06-29',
  });
  await addReview(c2, m, '2020-06-10', 'lawful');
  await addFiling(c2, m, '2020-06-15', '2020-06-30', '2020-07-03');
  // Major, reviewed 'lawful' only after the decision; published on time, then withdrawn.
  const c3 = await addCase(h, {
    caseNumber: 'C3',
    openedOn: '2020-08-03',
    decidedOn: '2020-09-15',
    outcome: 'fine',
    partyType: 'natural_person',
    partyName: '张三丰',
    fineAmount: '15000',
    isMajor: true,
    closedOn: '2020-10-20',
    publicationDueOn: '2020-09-24',
    publishedOn: '2020-09-18',
    publicationState: 'withdrawn',
    changedOn: '2020-10-10',
    withdrawnOn: '2020-10-12',
  });
  await addReview(c3, h, '2020-09-01', 'amend');
  await addReview(c3, h, '2020-09-20', 'lawful');
  await addFiling(c3, h, '2020-09-15', '2020-09-30', '2020-09-28');
  await addCase(m, {
    caseNumber: 'C4',
    kind: 'licensing',
    openedOn: '2020-11-02',
    decidedOn: '2020-11-20',
    outcome: 'licence_granted',
    closedOn: '2020-11-25',
    publicationDueOn: '2020-12-01',
  });
  await addCase(m, {
    caseNumber: 'C5',
    kind: 'coercion',
    openedOn: '2020-12-01',
    decidedOn: '2020-12-10',
    outcome: 'coercive_measure',
    publicationDueOn: '2021-01-08',
  });
  await addCase(m, { caseNumber: 'C6', openedOn: '2020-12-20' });
  await addCase(h, {
    caseNumber: 'C7',
    openedOn: '2019-11-04',
    decidedOn: '2020-01-15',
    outcome: 'warning',
    closedOn: '2020-02-10',
    publicationDueOn: '2020-01-22',
    publishedOn: '2020-01-20',
  });
  await addCase(m, {
    caseNumber: 'C8',
    openedOn: '2019-12-02',
    decidedOn: '2019-12-20',
    outcome: 'fine',
    fineAmount: '1000',
    benchmarkDeviation: true,
    deviationReason: '测试',
    closedOn: '2020-01-05',
    publicationDueOn: '2019-12-31',
    publishedOn: '2020-01-10',
  });
  await addCase(h, {
    caseNumber: 'C9',
    openedOn: '2020-10-12',
    decidedOn: '2020-12-28',
    outcome: 'fine',
    fineAmount: '60000',
    hearingRight: true,
    publicationDueOn: '2021-01-07',
    publishedOn: '2021-01-05',
  });
  const c10 = await addCase(h, {
    caseNumber: 'C10',
    openedOn: '2020-11-02',
    decidedOn: '2020-12-10',
    outcome: 'fine',
    fineAmount: '120000',
    isMajor: true,
    publicationDueOn: '2020-12-21',
    publishedOn: '2020-12-21',
  });
  await addReview(c10, h, '2020-12-08', 'lawful');
  await addFiling(c10, h, '2020-12-10', '2020-12-25', null);
  await addCase(m, {
    caseNumber: 'C11',
    openedOn: '2020-04-20',
    decidedOn: '2020-05-10',
    outcome: 'no_penalty',
    publicationState: 'not_required',
    publicationDueOn: '2020-05-19',
  });
}

/** Plans: market 2020 (filed; item A 4 planned / 5 done, item B 6 planned / 3 done + one in 2021), market 2019, housing 2020 draft. */
async function seedInspections() {
  const plan = async (unit: OrgUnit, year: number, filedOn: string | null) =>
    (
      await t.db
        .insert(enforcementInspectionPlans)
        .values({ districtId: unit.districtId, orgUnitId: unit.id, year, filedOn })
        .returning({ id: enforcementInspectionPlans.id })
    )[0]!.id;
  const item = async (planId: string, powerItemId: string, plannedCount: number) =>
    (
      await t.db
        .insert(enforcementInspectionPlanItems)
        .values({ planId, powerItemId, frequency: 'quarterly', targets: '辖区食品经营者', plannedCount })
        .returning({ id: enforcementInspectionPlanItems.id })
    )[0]!.id;
  const inspect = (unit: OrgUnit, planItemId: string | null, inspectedOn: string, result = 'compliant') => {
    const powers = unit.id === w.market.id ? w.marketPowers : w.housingPowers;
    return t.db.insert(enforcementInspections).values({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      planItemId,
      powerItemId: powers.inspection,
      inspectedOn,
      targetName: '测试对象',
      officerIds: w.marketOfficerIds,
      result,
    });
  };
  const m2020 = await plan(w.market, 2020, '2020-01-15');
  const a = await item(m2020, w.marketPowers.inspection, 4);
  const b = await item(m2020, w.marketPowers.inspection, 6);
  for (const d of ['2020-02-10', '2020-04-10', '2020-06-10', '2020-08-10', '2020-10-10'])
    await inspect(w.market, a, d);
  for (const d of ['2020-03-10', '2020-06-11', '2020-09-10', '2021-01-05']) await inspect(w.market, b, d);
  const m2019 = await item(await plan(w.market, 2019, '2019-01-20'), w.marketPowers.inspection, 3);
  for (const d of ['2019-03-01', '2019-06-01', '2019-09-02']) await inspect(w.market, m2019, d);
  const draft = await item(await plan(w.housing, 2020, null), w.housingPowers.inspection, 10);
  for (const d of ['2020-05-01', '2020-07-01']) await inspect(w.housing, draft, d);
  await inspect(w.market, null, '2020-05-06', 'rectification');
  await inspect(w.housing, null, '2020-08-08', 'case_opened');
  await inspect(w.market, null, '2019-08-08', 'rectification');
}

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  await seedBodies();
  await seedOfficers();
  await seedCases();
  await seedInspections();
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

describe('enforcement metrics from hand-made records (2020)', () => {
  it('counts bodies confirmed in 2020 and still confirmed on 31 December, by authority kind', async () => {
    expect(await metric('enforcement.bodies_confirmed')).toEqual({
      key: 'enforcement.bodies_confirmed',
      value: 4,
      breakdown: { statutory: 3, authorised: 1 },
    });
  });

  it('counts active officers with a certificate valid on 31 December, by body code', async () => {
    // Market: the two of the world + T-3 (valid to 12-31); not the expired one, not T-2 (issued 2021). Housing: 2.
    expect(await metric('enforcement.officers_certified')).toEqual({
      key: 'enforcement.officers_certified',
      value: 5,
      breakdown: { '210114-D22': 3, '210114-D13': 2 },
    });
  });

  it('counts cases opened, decided and closed in the period', async () => {
    expect(await metric('enforcement.cases_opened')).toEqual({
      key: 'enforcement.cases_opened',
      value: 9,
      breakdown: { penalty: 7, licensing: 1, coercion: 1 },
    });
    expect(await metric('enforcement.cases_decided')).toEqual({
      key: 'enforcement.cases_decided',
      value: 9,
      breakdown: { fine: 5, licence_granted: 1, coercive_measure: 1, warning: 1, no_penalty: 1 },
    });
    expect(await metric('enforcement.cases_closed')).toEqual({
      key: 'enforcement.cases_closed',
      value: 6,
      breakdown: { penalty: 5, licensing: 1 },
    });
  });

  it('sums fines and confiscations of the cases decided in the period', async () => {
    // C1 3000 + 500, C2 200000, C3 15000, C9 60000, C10 120000 (C8 was decided in 2019).
    expect(await metric('enforcement.fines_decided_yuan')).toEqual({
      key: 'enforcement.fines_decided_yuan',
      value: 398_500,
      breakdown: { penalty: 398_500 },
    });
  });

  it('measures legal-review coverage of major decisions: a review concluded after the decision does not count', async () => {
    expect((await metric('enforcement.major_decisions')).value).toBe(3);
    expect(await metric('enforcement.legal_review_coverage')).toEqual({
      key: 'enforcement.legal_review_coverage',
      value: 0.6667,
      breakdown: { reviewed: 2, not_reviewed: 1 },
    });
  });

  it('counts hearings held and benchmark deviations of the period', async () => {
    expect((await metric('enforcement.hearings_held')).value).toBe(1);
    expect(await metric('enforcement.benchmark_deviations')).toEqual({
      key: 'enforcement.benchmark_deviations',
      value: 1,
      breakdown: { penalty: 1 },
    });
  });

  it('rates publications due in the period: a withdrawn one counts by when it went up, not_required ones are out', async () => {
    // Due in 2020: C1 on time, C2 late, C3 on time (withdrawn later), C4 unpublished, C7 and C10 on time.
    expect(await metric('enforcement.publication_on_time_rate')).toEqual({
      key: 'enforcement.publication_on_time_rate',
      value: 0.6667,
      breakdown: { on_time: 4, late: 1, unpublished: 1 },
    });
  });

  it('counts overdue publications: unpublished past due at year end, or published late in the year', async () => {
    // C4 pending since 12-01; C2 published 5 days late; C8 (due 2019-12-31) published 2020-01-10.
    expect(await metric('enforcement.publications_overdue')).toEqual({
      key: 'enforcement.publications_overdue',
      value: 3,
      breakdown: { pending_overdue: 1, published_late: 2 },
    });
  });

  it('rates major-penalty filings due in the period', async () => {
    expect(await metric('enforcement.filings_on_time_rate')).toEqual({
      key: 'enforcement.filings_on_time_rate',
      value: 0.3333,
      breakdown: { on_time: 1, late: 1, unfiled: 1 },
    });
  });

  it('measures plan completion on filed 2020 plans, each item capped at its planned number', async () => {
    // (min(5, 4) + 3) / (4 + 6): the 2021 inspection, the 2019 plan and the housing draft are out.
    expect(await metric('enforcement.inspection_plan_completion')).toEqual({
      key: 'enforcement.inspection_plan_completion',
      value: 0.7,
      breakdown: { completed: 1, incomplete: 1 },
    });
  });

  it('counts unplanned inspections of the period by result', async () => {
    expect(await metric('enforcement.inspections_unplanned')).toEqual({
      key: 'enforcement.inspections_unplanned',
      value: 2,
      breakdown: { rectification: 1, case_opened: 1 },
    });
  });

  it('drills every breakdown cell down to as many records as it counts', async () => {
    for (const key of [
      'enforcement.bodies_confirmed',
      'enforcement.officers_certified',
      'enforcement.cases_opened',
      'enforcement.cases_decided',
      'enforcement.cases_decided_by_kind',
      'enforcement.cases_closed',
      'enforcement.major_decisions',
      'enforcement.legal_review_coverage',
      'enforcement.hearings_held',
      'enforcement.benchmark_deviations',
      'enforcement.publication_on_time_rate',
      'enforcement.publications_overdue',
      'enforcement.filings_on_time_rate',
      'enforcement.inspection_plan_completion',
      'enforcement.inspections_unplanned',
    ]) {
      const answer = await metric(key);
      let sum = 0;
      for (const [cell, n] of Object.entries(answer.breakdown ?? {})) {
        const page = await metricRecords(t.db, w.coordinator, key, y2020, { cell, limit: 50, offset: 0 });
        expect(page.total, `${key} ${cell}`).toBe(n);
        expect(page.rows, `${key} ${cell}`).toHaveLength(n);
        sum += n;
      }
      const all = await metricRecords(t.db, w.coordinator, key, y2020, { limit: 50, offset: 0 });
      expect(all.total, key).toBe(sum);
    }
  });

  it('lists the cases behind a figure with number, body and dates, a natural person’s name masked', async () => {
    const page = await metricRecords(t.db, w.coordinator, 'enforcement.major_decisions', y2020, {
      limit: 50,
      offset: 0,
    });
    expect(page.rows.map((r) => r.caseNumber)).toEqual(['C2', 'C3', 'C10']);
    const c3 = page.rows.find((r) => r.caseNumber === 'C3')!;
    expect(c3).toMatchObject({
      body: w.housing.name,
      decidedOn: '2020-09-15',
      amountYuan: 15000,
      party: '张**',
    });
    const fines = await metricRecords(t.db, w.coordinator, 'enforcement.fines_decided_yuan', y2020, {
      limit: 50,
      offset: 0,
    });
    expect(fines.rows.reduce((s, r) => s + Number(r.amountYuan), 0)).toBe(398_500);
  });

  it('gives a body’s officer the figures of their own body', async () => {
    const mine = await computeMetric(t.db, w.marketOfficer, 'enforcement.cases_opened', y2020);
    // C1, C2, C4, C5, C6, C11.
    expect(mine.value).toBe(6);
    const page = await metricRecords(t.db, w.housingOfficer, 'enforcement.cases_opened', y2020, {
      limit: 50,
      offset: 0,
    });
    expect(page.rows.map((r) => r.caseNumber).sort()).toEqual(['C10', 'C3', 'C9']);
  });
});
