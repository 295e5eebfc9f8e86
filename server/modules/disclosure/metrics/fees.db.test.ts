import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleReport, getMetricDef, metricRecords } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildDistrictWorld, type DistrictWorld } from '../../../test/world.js';
import { disclosureRequests } from '../schema/requests.js';
import { insertRequest } from '../table3/test-fixtures.js';

let t: TestDatabase;
let w: DistrictWorld;
const y2021 = { from: '2021-01-01', to: '2021-12-31' };

/** A request whose fee notice said `amount` yuan, paid on `paidOn` (or never). */
async function withFee(unit: 'market' | 'housing', amount: string, method: string, paidOn: string | null) {
  const id = await insertRequest(t.db, {
    orgUnitId: w[unit].id,
    districtId: w[unit].districtId,
    applicantType: 'natural_person',
    receivedOn: '2021-02-01',
  });
  await t.db
    .update(disclosureRequests)
    .set({ feeAmount: amount, feeMethod: method, feeNoticeOn: '2021-02-05', feePaidOn: paidOn })
    .where(eq(disclosureRequests.id, id));
}

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildDistrictWorld(t.db);
  await withFee('market', '100.00', 'per_application', '2021-02-20');
  await withFee('market', '350.50', 'per_page', '2021-12-31');
  await withFee('housing', '200.00', 'per_application', '2021-03-01');
  await withFee('market', '100.00', 'per_application', null); // notified, never paid: lapsed, not collected
  await withFee('market', '100.00', 'per_application', '2022-01-04'); // paid next year
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const scope = (orgPath: string | null) => ({ districtId: w.district.id, orgPath });

describe('信息处理费 collected (disclosure.fees_collected_yuan, disclosure.fee_requests)', () => {
  it('sums the fees paid in the year by method, and counts the requests', async () => {
    const args = { db: t.db, period: y2021, scope: scope(null) };
    expect(await getMetricDef('disclosure.fees_collected_yuan')!.compute(args)).toEqual({
      value: 650.5,
      breakdown: { per_application: 300, per_page: 350.5 },
    });
    expect((await getMetricDef('disclosure.fee_requests')!.compute(args)).value).toBe(3);
    const market = { ...args, scope: scope(w.market.path) };
    expect((await getMetricDef('disclosure.fees_collected_yuan')!.compute(market)).value).toBe(450.5);
  });

  it('drills down to the requests the fees were paid on', async () => {
    const page = await metricRecords(t.db, w.coordinator, 'disclosure.fee_requests', y2021, {
      cell: 'per_application',
      limit: 10,
      offset: 0,
    });
    expect(page.total).toBe(2);
  });

  it('is stated in 其他需要报告的事项 of the 2021 report', async () => {
    const doc = await assembleReport(t.db, 'system', { report: 'disclosure_annual', year: 2021 });
    const six = doc.sections.find((s) => s.no === 6)!;
    expect(six.paragraphs.map((p) => p.text)).toContain('本年度收取信息处理费650.5元，涉及3件申请。');
  });
});
