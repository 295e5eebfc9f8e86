import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClocksForSubject } from '../../../../platform/clocks/index.js';
import { ImportRejected } from '../../../../platform/io/index.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import type { CaseLedgerRow } from '../io.js';
import { enforcementCases, enforcementFilings, enforcementLegalReviews } from '../schema.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';
import { importCases } from './index.js';

let t: TestDatabase;
let w: EnforcementWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const row = (over: Partial<CaseLedgerRow> = {}): CaseLedgerRow => ({
  caseNumber: '于市监立〔2020〕导1号',
  orgUnit: w.market.name,
  kind: 'penalty',
  powerItemCode: 'SC-T-penalty',
  benchmarkCode: null,
  cause: '销售过期食品',
  source: '日常检查发现',
  partyType: 'natural_person',
  partyName: '李四',
  partyOperatorName: null,
  partyIdNumber: '210114198502021234',
  partyPhone: '13800005678',
  partyAddress: null,
  openedOn: '2020-04-01',
  discoveredOn: '2020-03-25',
  openingExtended: false,
  violationOn: '2020-03-20',
  concernsLifeHealthOrFinance: true,
  handlerCertificates: 'LN-SC-0001、LN-SC-0002',
  isMajor: null,
  state: null,
  reviewedOn: null,
  decidedOn: null,
  decisionNumber: null,
  outcome: null,
  circumstance: null,
  fineAmount: null,
  confiscationAmount: null,
  deviationReason: null,
  decisionText: null,
  decisionBasis: null,
  notifiedKinds: null,
  noticeService: null,
  statement: null,
  penaltyKinds: null,
  servedOn: null,
  closedOn: null,
  publicationState: null,
  publishedOn: null,
  handlingDueOn: null,
  ...over,
});
const parsed = (rows: CaseLedgerRow[]) => ({ rows, rowNumbers: rows.map((_, i) => i + 2), errors: [] });

describe('importing historical cases', () => {
  it('rejects the whole file, listing every bad row as 立案 and 决定 would refuse it', async () => {
    const rows = [
      row(),
      row({ caseNumber: 'B', powerItemCode: 'ZJ-T-penalty' }),
      row({ caseNumber: 'C', handlerCertificates: 'LN-SC-0001、LN-SC-0003', openedOn: '2020-05-01' }),
      row({
        caseNumber: 'D',
        decidedOn: '2020-05-01',
        outcome: 'fine',
        decisionNumber: '罚1号',
        fineAmount: 20000,
      }),
      row({ caseNumber: 'E', decidedOn: '2020-03-01', outcome: 'warning', decisionNumber: '罚2号' }),
    ];
    const error = await importCases(w.as(w.marketOfficer), parsed(rows)).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    const problems = (error as ImportRejected).rows.map((r) => `${r.row}:${r.column}`);
    expect(problems).toEqual(['3:职权编码', '4:执法人员证件号', '5:法制审核通过日期', '6:决定日期']);
    expect((error as ImportRejected).rows[1]!.message).toContain('赵刚');
    expect(await t.db.select().from(enforcementCases)).toHaveLength(0);
  });

  it('writes open and decided cases with their clocks, the review of a major one and its filing', async () => {
    const rows = [
      row(),
      row({
        caseNumber: '于市监立〔2020〕导2号',
        reviewedOn: '2020-05-10',
        decidedOn: '2020-05-12',
        outcome: 'fine',
        decisionNumber: '于市监罚〔2020〕导2号',
        fineAmount: 20000,
        decisionText: '罚款两万元',
        servedOn: '2020-05-13',
      }),
    ];
    expect(await importCases(w.as(w.marketOfficer), parsed(rows))).toMatchObject({
      updated: 0,
      unchanged: 0,
      imported: 2,
      decided: 1,
    });
    const [decided] = await t.db
      .select()
      .from(enforcementCases)
      .where(eq(enforcementCases.caseNumber, '于市监立〔2020〕导2号'));
    expect(decided).toMatchObject({
      state: 'served',
      isMajor: true,
      majorReasons: ['amount_threshold'],
      publicationState: 'pending',
    });
    // Decided Tue 2020-05-12: 7 WD → Wed 05-13 … Thu 05-21.
    expect(decided!.publicationDueOn).toBe('2020-05-21');
    const clocks = await findClocksForSubject(t.db, 'enforcement_case', decided!.id);
    expect(clocks.map((c) => [c.clockKey, c.status])).toEqual([
      ['enforcement.handling_penalty', 'stopped'],
      ['enforcement.publication_penalty', 'running'],
    ]);
    expect(
      await t.db
        .select()
        .from(enforcementLegalReviews)
        .where(eq(enforcementLegalReviews.caseId, decided!.id)),
    ).toMatchObject([{ conclusion: 'lawful', concludedOn: '2020-05-10' }]);
    expect(
      await t.db.select().from(enforcementFilings).where(eq(enforcementFilings.caseId, decided!.id)),
    ).toMatchObject([{ dueOn: '2020-05-27' }]);
  });
});
