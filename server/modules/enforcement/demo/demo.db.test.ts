import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/audit/index.js';
import { makeCtx } from '../../../platform/context.js';
import { loadDemoOrg } from '../../../platform/org/index.js';
import { computeMetric } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { disclosureModule } from '../../disclosure/index.js';
import { powersModule } from '../../powers/index.js';
import '../metrics.js';
import { loadEnforcementDemo } from './index.js';

const TODAY = '2026-06-17';
let t: TestDatabase;
let loadMs = 0;
const y2020 = { from: '2020-01-01', to: '2020-12-31' };
const metric = (key: string) => computeMetric(t.db, 'system', key, y2020);
const rows = async <T>(query: ReturnType<typeof sql>) =>
  (await t.db.execute<T & Record<string, unknown>>(query)).rows;
const count = async (query: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(query))[0]?.n ?? 0);

beforeAll(async () => {
  t = await createTestDatabase();
  // A fixed today in the middle of a loaded calendar year: the current year is generated up to it.
  const ctx = makeCtx(t.db, null, `demo-${randomUUID()}`, new Date(`${TODAY}T09:30:00+08:00`));
  // The order of server/modules/index.ts: org, powers, disclosure, then enforcement.
  await loadDemoOrg(ctx);
  await powersModule.demo?.(ctx, () => {});
  await disclosureModule.demo?.(ctx, () => {});
  const started = Date.now();
  await loadEnforcementDemo(ctx);
  loadMs = Date.now() - started;
  console.log(`enforcement demo loaded in ${loadMs} ms`);
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

describe('the Yuhong 2020 enforcement demo', () => {
  it('confirms the 23 bodies in 2020 (seed 一(五)三), one of them authorised', async () => {
    expect(await metric('enforcement.bodies_confirmed')).toEqual({
      key: 'enforcement.bodies_confirmed',
      value: 23,
      breakdown: { statutory: 22, authorised: 1 },
    });
  });

  it('decides every major case after a lawful legal review, with collective discussion', async () => {
    expect((await metric('enforcement.legal_review_coverage')).value).toBe(1);
    const major = await metric('enforcement.major_decisions');
    const decided = await metric('enforcement.cases_decided');
    expect(major.value / decided.value).toBeGreaterThan(0.03);
    expect(major.value / decided.value).toBeLessThan(0.08);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE is_major AND decided_on IS NOT NULL
        AND (collective_discussed_on IS NULL OR collective_discussed_on > decided_on)`),
    ).toBe(0);
  });

  it('publishes every decision by its due date (7 or 20 working days) except the few intended late ones', async () => {
    const late = await rows<{ published_on: string }>(sql`SELECT published_on FROM enforcement_cases
      WHERE published_on > publication_due_on`);
    const decided = await count(
      sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE decided_on IS NOT NULL`,
    );
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / decided).toBeLessThan(0.05);
    const lateIn2020 = late.filter((c) => c.published_on <= '2020-12-31').length;
    expect((await metric('enforcement.publications_overdue')).value).toBe(lateIn2020);
    const rate = (await metric('enforcement.publication_on_time_rate')).value;
    expect(rate).toBeGreaterThan(0.95);
    expect(rate).toBeLessThan(1);
    const wrongDue = await count(sql`SELECT count(*)::int AS n FROM enforcement_cases
      WHERE decided_on IS NOT NULL AND (publication_due_on IS NULL OR publication_due_on <= decided_on)`);
    expect(wrongDue).toBe(0);
    expect(
      // No withdrawal period in 2020: 处罚法 (2021) 第四十八条第二款 applies from 2021-07-15 (decision 0015).
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE publication_state = 'withdrawn'
        AND withdrawal_due_on IS NULL AND withdrawn_on > changed_on AND changed_on > published_on`),
    ).toBe(2);
  });

  it('records and publishes the 处罚依据 of every penalty decision (处罚法 第五十九条第一款(三))', async () => {
    const decided = sql`kind = 'penalty' AND decided_on IS NOT NULL`;
    expect(await count(sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE ${decided}`)).toBeGreaterThan(0);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE ${decided}
        AND coalesce(decision_basis, '') NOT LIKE '《%》%'`),
    ).toBe(0);
  });

  it('opens every case under a power of its own body, of the category its kind requires', async () => {
    const wrong =
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases c JOIN power_items p ON p.id = c.power_item_id
      WHERE p.org_unit_id <> c.org_unit_id OR p.category <> c.kind OR p.status <> 'published'`);
    expect(wrong).toBe(0);
  });

  it('names two handlers with a certificate valid on the opening day, of the body, for every case', async () => {
    const wrong = await count(sql`SELECT count(*)::int AS n FROM enforcement_cases c
      CROSS JOIN LATERAL unnest(c.handler_officer_ids) AS h(id)
      LEFT JOIN enforcement_officers o ON o.id = h.id
      WHERE o.id IS NULL OR o.org_unit_id <> c.org_unit_id OR NOT o.is_active
        OR o.certificate_valid_until < c.opened_on OR o.certificate_issued_on > c.opened_on`);
    expect(wrong).toBe(0);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE cardinality(handler_officer_ids) <> 2`,
      ),
    ).toBe(0);
  });

  it('has plausible volumes: most cases in the market, urban, environment, housing and transport bodies', async () => {
    const opened = await metric('enforcement.cases_opened');
    // 775 closed + 10 open, as data/demo/enforcement-yuhong.yaml sets them.
    expect(opened.value).toBe(785);
    expect(opened.breakdown?.penalty).toBeGreaterThan(opened.value * 0.7);
    const big =
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases c JOIN org_units u ON u.id = c.org_unit_id
      WHERE u.code IN ('210114-D22', '210114-D25', '210114-D12', '210114-D13', '210114-D14')`);
    expect(big / opened.value).toBeGreaterThan(0.7);
    const officers = await metric('enforcement.officers_certified');
    expect(Object.keys(officers.breakdown ?? {})).toHaveLength(23);
    for (const n of Object.values(officers.breakdown ?? {})) expect(n).toBeGreaterThanOrEqual(3);
    // Today's certificates: renewed, a few due for renewal within the 30-day reminder window, two just lapsed.
    const expiringSoon = await count(sql`SELECT count(*)::int AS n FROM enforcement_officers
      WHERE certificate_valid_until BETWEEN ${TODAY}::date AND ${TODAY}::date + 30`);
    expect(expiringSoon).toBeGreaterThanOrEqual(3);
    expect(expiringSoon).toBeLessThanOrEqual(8);
    const expired = await count(sql`SELECT count(*)::int AS n FROM enforcement_officers
      WHERE certificate_valid_until < ${TODAY}::date`);
    expect(expired).toBeLessThanOrEqual(2);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enforcement_officers WHERE has_legal_qualification`),
    ).toBe(23);
  });

  it('closes every 2020 case: 775 in the year, the ten open at year end in early 2021 on their own days', async () => {
    const late = await rows<{
      id: string;
      state: string;
      opened_on: string;
      decided_on: string;
      closed_on: string;
    }>(
      sql`SELECT id, state, opened_on, decided_on, closed_on FROM enforcement_cases
        WHERE opened_on <= '2020-12-31' AND (closed_on IS NULL OR closed_on > '2020-12-31')`,
    );
    expect(late).toHaveLength(10);
    for (const c of late) {
      expect(c.state).toBe('closed');
      expect(c.opened_on >= '2020-12-01').toBe(true);
      expect(c.decided_on > '2020-12-31' && c.closed_on <= '2021-03-31').toBe(true);
    }
    expect((await metric('enforcement.cases_closed')).value).toBe(775);
    const decideSteps = await rows<{
      on: string;
    }>(sql`SELECT (s.occurred_at AT TIME ZONE 'Asia/Shanghai')::date::text AS on
      FROM procedure_steps s WHERE s.transition = 'decide' AND s.subject_id IN (${sql.join(
        late.map((c) => sql`${c.id}`),
        sql`, `,
      )})`);
    expect(decideSteps.map((s) => s.on).sort()).toEqual(late.map((c) => c.decided_on).sort());
  });

  it('decides penalty cases within 90 days, after the notice, with steps recorded for each case', async () => {
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE kind = 'penalty' AND decided_on IS NOT NULL
        AND (decided_on > opened_on + 90 OR notified_on IS NULL OR notified_on >= decided_on)`),
    ).toBe(0);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases c WHERE c.decided_on IS NOT NULL AND NOT EXISTS
        (SELECT 1 FROM procedure_steps s WHERE s.subject_id = c.id::text AND s.transition = 'decide')`),
    ).toBe(0);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enforcement_cases c WHERE NOT EXISTS
        (SELECT 1 FROM enforcement_evidence e WHERE e.case_id = c.id)`),
    ).toBe(0);
    expect((await metric('enforcement.hearings_held')).value).toBeGreaterThan(0);
    expect((await metric('enforcement.benchmark_deviations')).value).toBeGreaterThanOrEqual(2);
  });

  it('completes 80–95 % of the inspection plans, with a few unplanned inspections, and files major penalties', async () => {
    const completion = (await metric('enforcement.inspection_plan_completion')).value;
    expect(completion).toBeGreaterThanOrEqual(0.8);
    expect(completion).toBeLessThanOrEqual(0.95);
    expect((await metric('enforcement.inspections_unplanned')).value).toBeGreaterThan(0);
    const filings = await metric('enforcement.filings_on_time_rate');
    expect(filings.breakdown?.late).toBe(2);
  });

  it('is in the audit chain and loads in seconds', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    // About 4 s on an idle machine; the bound only catches an order-of-magnitude regression.
    expect(loadMs).toBeLessThan(60_000);
  });

  it('prints the 2020 figures', async () => {
    const keys = [
      'bodies_confirmed',
      'cases_opened',
      'cases_decided',
      'cases_closed',
      'fines_decided_yuan',
      'major_decisions',
      'legal_review_coverage',
      'publication_on_time_rate',
      'publications_overdue',
      'hearings_held',
      'benchmark_deviations',
      'inspection_plan_completion',
      'inspections_unplanned',
      'filings_on_time_rate',
      'officers_certified',
    ];
    for (const key of keys) console.log(JSON.stringify(await metric(`enforcement.${key}`)));
    const volumes = await rows(sql`SELECT
      (SELECT count(*) FROM enforcement_officers)::int AS officers, (SELECT count(*) FROM enforcement_benchmarks)::int AS benchmarks,
      (SELECT count(*) FROM enforcement_major_catalogue)::int AS catalogue, (SELECT count(*) FROM enforcement_fee_items)::int AS fees,
      (SELECT count(*) FROM enforcement_inspection_plans)::int AS plans, (SELECT count(*) FROM enforcement_inspections)::int AS inspections,
      (SELECT count(*) FROM enforcement_evidence)::int AS evidence, (SELECT count(*) FROM enforcement_legal_reviews)::int AS reviews,
      (SELECT count(*) FROM enforcement_filings)::int AS filings,
      (SELECT count(*) FROM procedure_steps WHERE procedure_key = 'enforcement.case')::int AS steps,
      (SELECT count(*) FROM audit_events WHERE action LIKE 'enforcement.%')::int AS audits`);
    console.log(JSON.stringify(volumes[0]));
  });
});
