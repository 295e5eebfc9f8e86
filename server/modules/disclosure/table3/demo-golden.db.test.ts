import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context.js';
import { getOrgUnitByCode, loadDemoOrg } from '../../../platform/org/index.js';
import { computeMetric } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { loadRequestsDemo } from '../demo/requests.js';
import '../metrics/requests.js';
import { findCellRecords } from './cell-records.js';
import { computeTable3, type Table3Scope } from './compute.js';
import { TABLE3_COLUMNS } from './layout.js';

let t: TestDatabase;
let district: Table3Scope;
const y2020 = { from: '2020-01-01', to: '2020-12-31' };

beforeAll(async () => {
  t = await createTestDatabase();
  const ctx = makeCtx(t.db, null, `demo-${randomUUID()}`);
  await loadDemoOrg(ctx);
  await loadRequestsDemo(ctx);
  const unit = await getOrgUnitByCode(t.db, '210114');
  district = { districtId: unit?.id ?? '', orgPath: null };
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

describe('Yuhong 2020 demo (seed 一(六)三): 受理43件，信函35件，网络2件，当面6件，现已全部办结', () => {
  it('table 三 2020 for the district: row 一 总计 = 43, balanced, in both formats', async () => {
    for (const format of ['2021', '2019'] as const) {
      const table = await computeTable3(t.db, { year: 2020, format, scope: district });
      expect(table.rows[0]?.label).toBe('一、本年新收政府信息公开申请数量');
      expect(table.rows[0]?.values[6]).toBe(43);
      expect(table.checks).toEqual([]);
      const total = table.rows.find((r) => r.label === '（七）总计');
      expect((table.rows[1]?.values[6] ?? 0) + 43).toBe(
        (total?.values[6] ?? 0) + (table.rows.at(-1)?.values[6] ?? 0),
      );
    }
  });

  it('the seed figures: 43 received (letter 35, online 2, in person 6), 43 concluded', async () => {
    const received = await computeMetric(t.db, 'system', 'disclosure.requests_received', y2020);
    expect(received.value).toBe(43);
    // Exactly the seed-figures.md answer: the channels that have requests.
    expect(received.breakdown).toEqual({ in_person: 6, letter: 35, online: 2 });
    const concluded = await computeMetric(t.db, 'system', 'disclosure.requests_concluded', y2020);
    expect(concluded.value).toBe(43);
  });

  it('finds a reply clock for every reply made through the procedure', async () => {
    const rate = await computeMetric(t.db, 'system', 'disclosure.reply_on_time_rate', y2020);
    expect(rate.breakdown).not.toHaveProperty('untimed'); // zero cells are left out
    expect((rate.breakdown?.on_time ?? 0) + (rate.breakdown?.late ?? 0)).toBeGreaterThan(30);
    const days = await computeMetric(t.db, 'system', 'disclosure.average_reply_days', y2020);
    expect(days.value).toBeGreaterThan(0);
    expect(days.value).toBeLessThanOrEqual(40);
  });

  it('every non-empty cell of the 2020 table drills down to its requests', async () => {
    const table = await computeTable3(t.db, { year: 2020, format: '2021', scope: district });
    for (const [row, { values }] of table.rows.entries())
      for (const [c, column] of TABLE3_COLUMNS.entries()) {
        if (!values[c]) continue;
        const page = await findCellRecords(t.db, district, {
          year: 2020,
          format: '2021',
          row,
          column: column.key,
          limit: 100,
          offset: 0,
        });
        expect(page?.total).toBe(values[c]);
      }
  });
});
