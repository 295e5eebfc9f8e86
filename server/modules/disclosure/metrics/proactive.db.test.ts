import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/audit/index.js';
import { chinaDate, makeCtx } from '../../../platform/context.js';
import { findUsersOfDistrict, getOrgUnit, loadDemoOrg } from '../../../platform/org/index.js';
import type { Actor } from '../../../platform/context.js';
import { computeMetric, metricRecords } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { loadProactiveDemo } from '../demo/proactive.js';
import './proactive.js';

let t: TestDatabase;
let coordinator: Actor;
const year2020 = { from: '2020-01-01', to: '2020-12-31' };

beforeAll(async () => {
  t = await createTestDatabase();
  const ctx = makeCtx(t.db, null, `demo-${randomUUID()}`);
  await loadDemoOrg(ctx);
  const started = Date.now();
  await loadProactiveDemo(ctx);
  console.log(`proactive demo loaded in ${Date.now() - started} ms`);
  const district = await getOrgUnit(
    t.db,
    (await t.db.execute<{ id: string }>(sql`SELECT id FROM org_units WHERE type = 'district'`)).rows[0]!.id,
  );
  const user = (await findUsersOfDistrict(t.db, district.id)).find((u) => u.role === 'coordinator')!;
  const unit = await getOrgUnit(t.db, user.orgUnitId);
  coordinator = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: unit.id,
    orgPath: unit.path,
    districtId: district.id,
  };
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

describe('proactive disclosure metrics on the demo data set (seed 一(六)三)', () => {
  it('counts 5604 items published in 2020, by category', async () => {
    const answer = await computeMetric(t.db, null, 'disclosure.proactive_items', year2020);
    expect(answer.value).toBe(5604);
    const breakdown = answer.breakdown ?? {};
    expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(5604);
    expect(Object.keys(breakdown)).toHaveLength(22);
    expect(breakdown.licensing_results).toBeGreaterThan(breakdown.civil_service ?? 0);
  });

  it('spreads them over the 35 departments, each formed and published on working days of one year', async () => {
    const byUnit = await computeMetric(t.db, null, 'disclosure.proactive_items_by_unit', year2020);
    expect(byUnit.value).toBe(5604);
    expect(Object.keys(byUnit.breakdown ?? {})).toHaveLength(35);
    const outside = await t.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM disclosure_proactive_items i
      WHERE i.formed_on < '2020-01-01' OR extract(year FROM i.formed_on) <> extract(year FROM i.published_on)
        OR i.published_on < i.formed_on
        OR EXISTS (SELECT 1 FROM calendar_days d WHERE d.kind = 'off' AND d.day IN (i.formed_on, i.published_on))
        OR (extract(isodow FROM i.published_on) > 5
          AND NOT EXISTS (SELECT 1 FROM calendar_days d WHERE d.kind = 'work' AND d.day = i.published_on))`);
    expect(outside.rows[0]?.n).toBe(0);
  });

  it('has mostly on-time items and a few late ones, consistent with the late flags', async () => {
    const rate = await computeMetric(t.db, null, 'disclosure.proactive_on_time_rate', year2020);
    expect(rate.value).toBeGreaterThan(0.95);
    expect(rate.value).toBeLessThan(1);
    const late = rate.breakdown?.late ?? 0;
    expect(late).toBeGreaterThan(0);
    expect((rate.breakdown?.on_time ?? 0) + late).toBe(5604);
    expect(rate.value).toBeCloseTo(1 - late / 5604, 4);
    const flagged = await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM disclosure_proactive_items
        WHERE published_on > due_on AND published_on BETWEEN '2020-01-01' AND '2020-12-31'`,
    );
    expect(flagged.rows[0]?.n).toBe(late);
  });

  it('lists exactly the records behind one category cell and behind the late cell', async () => {
    const answer = await computeMetric(t.db, null, 'disclosure.proactive_items', year2020);
    const page = await metricRecords(t.db, coordinator, 'disclosure.proactive_items', year2020, {
      cell: 'laws_and_documents',
      limit: 2000,
      offset: 0,
    });
    expect(page.total).toBe(answer.breakdown?.laws_and_documents);
    expect(page.rows).toHaveLength(page.total);
    expect(new Set(page.rows.map((r) => r.category))).toEqual(new Set(['规范性文件']));
    const late = await metricRecords(t.db, coordinator, 'disclosure.proactive_on_time_rate', year2020, {
      cell: 'late',
      limit: 500,
      offset: 0,
    });
    expect(new Set(late.rows.map((r) => r.late))).toEqual(new Set(['逾期']));
  });

  it('lists the 35 units behind the unit figure', async () => {
    const page = await metricRecords(t.db, coordinator, 'disclosure.proactive_items_by_unit', year2020, {
      limit: 100,
      offset: 0,
    });
    expect(page.total).toBe(35);
    expect(page.rows.reduce((n, r) => n + Number(r.items), 0)).toBe(5604);
  });

  it('counts nothing in 2019 and a guide per department', async () => {
    const y2019 = await computeMetric(t.db, null, 'disclosure.proactive_items', {
      from: '2019-01-01',
      to: '2019-12-31',
    });
    expect(y2019.value).toBe(0);
    const guides = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM disclosure_guides`);
    expect(guides.rows[0]?.n).toBe(35);
  });

  it('keeps an intact audit chain with one event per item', async () => {
    const events = await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'disclosure.proactive_item.registered'`,
    );
    const items = await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM disclosure_proactive_items`,
    );
    expect(events.rows[0]?.n).toBe(items.rows[0]?.n);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('dates each annual report on the year before by January 31 of the following year (条例 第五十条)', async () => {
    const reports = await t.db.execute<{ title: string; published_on: string }>(sql`
      SELECT title, published_on::text FROM disclosure_proactive_items WHERE title LIKE '%政府信息公开工作年度报告'`);
    expect(reports.rows.length).toBeGreaterThanOrEqual(35);
    for (const r of reports.rows) {
      const year = Number(/(\d{4})年政府信息公开工作年度报告$/.exec(r.title)?.[1]);
      expect(r.published_on <= `${year + 1}-01-31` && r.published_on >= `${year + 1}-01-01`, r.title).toBe(
        true,
      );
    }
  });

  it('has each body publish in its own field: 低保 from 民政 and 医保 only, road works not from the justice bureau', async () => {
    const byUnit = await t.db.execute<{ code: string; n: number }>(sql`
      SELECT u.code, count(*)::int AS n FROM disclosure_proactive_items i JOIN org_units u ON u.id = i.org_unit_id
      WHERE i.category = 'social_assistance' GROUP BY u.code`);
    expect(new Set(byUnit.rows.map((r) => r.code))).toEqual(new Set(['210114-D07', '210114-D24']));
    const justice = await t.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM disclosure_proactive_items i JOIN org_units u ON u.id = i.org_unit_id
      WHERE u.code = '210114-D08' AND (i.title LIKE '%低保%' OR i.title LIKE '%道路%'
        OR i.category IN ('social_assistance', 'municipal_construction'))`);
    expect(justice.rows[0]?.n).toBe(0);
  });

  it("adds this year's items up to the day it loads, none published later", async () => {
    const today = chinaDate(new Date());
    const thisYear = await t.db.execute<{ n: number; last: string | null }>(sql`
      SELECT count(*)::int AS n, max(published_on)::text AS last FROM disclosure_proactive_items
      WHERE published_on >= ${`${today.slice(0, 4)}-01-01`}`);
    expect(thisYear.rows[0]?.n).toBeGreaterThan(0);
    expect(thisYear.rows[0]!.last! <= today).toBe(true);
  });

  it('loads once: a second run changes nothing', async () => {
    await loadProactiveDemo(makeCtx(t.db, null, `demo-${randomUUID()}`));
    const answer = await computeMetric(t.db, null, 'disclosure.proactive_items', year2020);
    expect(answer.value).toBe(5604);
  });
});
