import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCtx } from '../../platform/context.js';
import { verifyAuditChain } from '../../platform/audit/index.js';
import { actingUser, loadDemoOrg } from '../../platform/org/index.js';
import { computeMetric, metricRecords } from '../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { loadPowersDemo } from './demo.js';
import './metrics.js';

let t: TestDatabase;
const year2020 = { from: '2020-01-01', to: '2020-12-31' };

beforeAll(async () => {
  t = await createTestDatabase();
  const ctx = makeCtx(t.db, null, `demo-${randomUUID()}`);
  await loadDemoOrg(ctx);
  const started = Date.now();
  await loadPowersDemo(ctx);
  console.log(`powers demo loaded in ${Date.now() - started} ms`);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

describe('powers metrics on the demo data set (seed 一(五)二)', () => {
  it('counts 1590 items in force at the end of 2020, by category', async () => {
    const answer = await computeMetric(t.db, null, 'powers.items_published', year2020);
    expect(answer.value).toBe(1590);
    const breakdown = answer.breakdown ?? {};
    expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(1590);
    expect(Object.keys(breakdown).sort()).toHaveLength(10);
    // Real lists lean on penalties and inspections.
    expect(breakdown.penalty).toBeGreaterThan(breakdown.licensing ?? 0);
    expect(breakdown.penalty).toBeGreaterThan(breakdown.inspection ?? 0);
  });

  it('counts 35 departments', async () => {
    const answer = await computeMetric(t.db, null, 'powers.departments_published', year2020);
    expect(answer).toEqual({ key: 'powers.departments_published', value: 35 });
  });

  it('keeps drafts, repealed items and superseded versions out of the figure', async () => {
    const counts = await t.db.execute<{ status: string; n: number }>(
      sql`SELECT status, count(*)::int AS n FROM power_items GROUP BY status ORDER BY status`,
    );
    const byStatus = Object.fromEntries(counts.rows.map((r) => [r.status, r.n]));
    expect(byStatus.draft).toBeGreaterThan(0);
    expect(byStatus.repealed).toBeGreaterThan(0);
    expect(byStatus.published).toBe(1590);
    const revised = await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM power_item_versions WHERE status = 'revised' AND superseded_on <= '2020-12-31'`,
    );
    expect(revised.rows[0]?.n).toBeGreaterThan(0);
  });

  it('lists exactly the records behind one category cell', async () => {
    const answer = await computeMetric(t.db, null, 'powers.items_published', year2020);
    const coordinator = await actingUser(t.db, { role: 'coordinator' });
    const page = await metricRecords(t.db, coordinator, 'powers.items_published', year2020, {
      cell: 'licensing',
      limit: 1000,
      offset: 0,
    });
    expect(page.total).toBe(answer.breakdown?.licensing);
    expect(page.rows).toHaveLength(answer.breakdown?.licensing ?? -1);
    expect(new Set(page.rows.map((r) => r.category))).toEqual(new Set(['行政许可']));
    expect(page.columns.map((c) => c.label)).toContain('事项编码');
  });

  it('lists the 35 departments behind the department figure', async () => {
    const coordinator = await actingUser(t.db, { role: 'coordinator' });
    const page = await metricRecords(t.db, coordinator, 'powers.departments_published', year2020, {
      limit: 100,
      offset: 0,
    });
    expect(page.total).toBe(35);
    expect(page.rows.reduce((n, r) => n + Number(r.items), 0)).toBe(1590);
  });

  it('answers as of a day: before the website publication nothing was in force', async () => {
    const june = await computeMetric(t.db, null, 'powers.items_published', {
      from: '2020-01-01',
      to: '2020-06-29',
    });
    expect(june.value).toBe(0);
  });

  it('keeps an intact audit chain', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
