import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context.js';
import { getOrgUnitByCode, loadDemoOrg, type OrgUnit } from '../../../platform/org/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { findCellRecords } from './cell-records.js';
import { computeTable3, type Table3Scope } from './compute.js';
import { TABLE3_COLUMNS, type Table3Format } from './layout.js';
import { insertRequest } from './test-fixtures.js';

let t: TestDatabase;
let market: OrgUnit;
let housing: OrgUnit;
let district: Table3Scope;

beforeAll(async () => {
  t = await createTestDatabase();
  await loadDemoOrg(makeCtx(t.db, null, `test-${randomUUID()}`));
  market = (await getOrgUnitByCode(t.db, '210114-D22')) as OrgUnit;
  housing = (await getOrgUnitByCode(t.db, '210114-D13')) as OrgUnit;
  district = { districtId: market.districtId, orgPath: null };
  const at = (
    unit: OrgUnit,
    applicantType: string,
    receivedOn: string,
    concludedOn?: string,
    outcome?: string,
  ) =>
    insertRequest(t.db, {
      orgUnitId: unit.id,
      districtId: unit.districtId,
      applicantType,
      receivedOn,
      ...(concludedOn ? { concludedOn, outcome } : {}),
    });
  // A: carried over the 2019/2020 year end.
  await at(market, 'natural_person', '2019-12-20', '2020-01-10', 'granted');
  // B: received and concluded in 2020 with 部分公开 — counted once, in （二）.
  await at(housing, 'business', '2020-03-02', '2020-03-20', 'partially_granted');
  // C: still open.
  await at(market, 'natural_person', '2020-12-28');
  await at(market, 'legal_service', '2020-05-06', '2020-05-20', 'other_fee_unpaid');
  await at(housing, 'research', '2019-06-01', '2019-06-10', 'denied_third_party');
  await at(market, 'natural_person', '2020-07-01', '2020-07-15', 'other_no_correction');
  // G: received in 2018, open through the whole of 2019.
  await at(housing, 'other_org', '2018-12-30', '2020-02-01', 'unable_not_held');
  // H: received on the last day, concluded after the year end.
  await at(market, 'public_interest', '2020-12-31', '2021-01-04', 'not_processed_repeat');
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const table = (year: number, format: Table3Format = '2021', scope = district) =>
  computeTable3(t.db, { year, format, scope });
const byLabel = (rows: { label: string; values: number[] }[]) =>
  Object.fromEntries(rows.filter((r) => r.values.some((v) => v !== 0)).map((r) => [r.label, r.values]));

describe('table 三 from hand-made records', () => {
  it('computes 2020 for the district: carried-over requests in 二, partial disclosure once, open ones in 四', async () => {
    const result = await table(2020);
    expect(result.rows).toHaveLength(25);
    expect(byLabel(result.rows)).toEqual({
      '一、本年新收政府信息公开申请数量': [2, 1, 0, 1, 1, 0, 5],
      '二、上年结转政府信息公开申请数量': [1, 0, 0, 0, 0, 1, 2],
      '（一）予以公开': [1, 0, 0, 0, 0, 0, 1],
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': [0, 1, 0, 0, 0, 0, 1],
      '1.本机关不掌握相关政府信息': [0, 0, 0, 0, 0, 1, 1],
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': [1, 0, 0, 0, 0, 0, 1],
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': [0, 0, 0, 0, 1, 0, 1],
      '（七）总计': [2, 1, 0, 0, 1, 1, 5],
      '四、结转下年度继续办理': [1, 0, 0, 1, 0, 0, 2],
    });
    expect(result.checks).toEqual([]);
  });

  it('puts the request received 2019-12-20 and concluded 2020-01-10 in 2019’s 四 and 2020’s 二', async () => {
    const y2019 = byLabel((await table(2019)).rows);
    expect(y2019['四、结转下年度继续办理']).toEqual([1, 0, 0, 0, 0, 1, 2]);
    expect(y2019['一、本年新收政府信息公开申请数量']).toEqual([1, 0, 1, 0, 0, 0, 2]);
    expect(y2019['二、上年结转政府信息公开申请数量']).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(y2019['4.保护第三方合法权益']).toEqual([0, 0, 1, 0, 0, 0, 1]);
    // Last year's 四 is this year's 二 (practice rule, legal-rules §2.3).
    const y2020 = (await table(2020)).rows;
    expect(y2020[1]?.values).toEqual((await table(2019)).rows[24]?.values);
  });

  it('carries 2020’s open requests into 2021', async () => {
    const y2021 = await table(2021);
    expect(y2021.rows[1]?.values).toEqual([1, 0, 0, 1, 0, 0, 2]);
    expect(byLabel(y2021.rows)['2.重复申请']).toEqual([0, 0, 0, 1, 0, 0, 1]);
    expect(y2021.rows[24]?.values).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(y2021.checks).toEqual([]);
  });

  it('in the 2019 trial format counts both 其他处理 reasons in the one （六） row', async () => {
    const result = await table(2020, '2019');
    expect(result.rows).toHaveLength(23);
    expect(byLabel(result.rows)['（六）其他处理']).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(result.rows[21]?.values).toEqual([2, 1, 0, 0, 1, 1, 5]);
    expect(result.checks).toEqual([]);
  });

  it('limits to one unit’s subtree', async () => {
    const result = await table(2020, '2021', { districtId: market.districtId, orgPath: market.path });
    expect(result.rows[0]?.values).toEqual([2, 0, 0, 1, 1, 0, 4]);
    expect(result.rows[1]?.values).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(result.checks).toEqual([]);
  });

  it('drills every cell down to exactly as many requests as the cell says, both formats', async () => {
    for (const format of ['2021', '2019'] as const) {
      const result = await table(2020, format);
      for (const [row, { values }] of result.rows.entries()) {
        for (const [c, column] of TABLE3_COLUMNS.entries()) {
          const page = await findCellRecords(t.db, district, {
            year: 2020,
            format,
            row,
            column: column.key,
            limit: 100,
            offset: 0,
          });
          expect(page?.total, `${format} ${result.rows[row]?.label} ${column.label}`).toBe(values[c]);
          expect(page?.rows).toHaveLength(values[c] ?? -1);
        }
      }
    }
  });

  it('lists a cell’s requests with zh-CN labels and masked personal names', async () => {
    const page = await findCellRecords(t.db, district, {
      year: 2020,
      format: '2021',
      row: 1,
      column: 'natural_person',
      limit: 10,
      offset: 0,
    });
    expect(page?.columns.map((c) => c.label)).toContain('收到申请日期');
    expect(page?.rows[0]).toMatchObject({
      receivedOn: '2019-12-20',
      applicantType: '自然人',
      applicant: '王**',
      outcome: '予以公开',
      department: '区市场监督管理局',
    });
    expect(
      await findCellRecords(t.db, district, {
        year: 2020,
        format: '2019',
        row: 23,
        column: 'total',
        limit: 1,
        offset: 0,
      }),
    ).toBeNull();
  });
});

describe('勾稽 checks on records the procedure could never produce', () => {
  it('reports a concluded request without an outcome and one concluded before it was received', async () => {
    const rollback = new Error('rollback');
    const found = await t.db
      .transaction(async (tx) => {
        // As if imported from an old ledger past the constraints: drop them inside this transaction only.
        await tx.execute(
          sql`ALTER TABLE disclosure_requests DROP CONSTRAINT disclosure_requests_concluded_ck`,
        );
        await tx.execute(sql`ALTER TABLE disclosure_requests DROP CONSTRAINT disclosure_requests_dates_ck`);
        const base = { orgUnitId: market.id, districtId: market.districtId };
        await insertRequest(tx, {
          ...base,
          applicantType: 'business',
          receivedOn: '2020-04-01',
          concludedOn: '2020-04-10',
        });
        await insertRequest(tx, {
          ...base,
          applicantType: 'natural_person',
          receivedOn: '2020-06-01',
          concludedOn: '2019-11-30',
          outcome: 'granted',
        });
        const result = await computeTable3(tx, { year: 2020, format: '2021', scope: district });
        throw Object.assign(rollback, { result });
      })
      .catch((e: unknown) =>
        e === rollback
          ? (e as Error & { result: Awaited<ReturnType<typeof table>> }).result
          : Promise.reject(e),
      );
    const rules = found.checks.map((c) => `${c.rule}:${c.where}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'balance:自然人',
        'balance:商业企业',
        'balance:总计',
        'concluded_without_outcome:商业企业',
      ]),
    );
    // The rollback left the real records alone.
    expect((await table(2020)).checks).toEqual([]);
  });
});
