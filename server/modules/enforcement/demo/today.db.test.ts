import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeCtx } from '../../../platform/context.js';
import { loadDemoOrg } from '../../../platform/org/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { powersModule } from '../../powers/index.js';
import { loadEnforcementDemo } from './index.js';

/** Loads the enforcement demo (on the demo org and powers) as if today were `today`. */
async function loadOn(today: string): Promise<TestDatabase> {
  const t = await createTestDatabase();
  const ctx = makeCtx(t.db, null, `demo-${randomUUID()}`, new Date(`${today}T09:30:00+08:00`));
  await loadDemoOrg(ctx);
  await powersModule.demo?.(ctx, () => {});
  await loadEnforcementDemo(ctx);
  return t;
}

const count = async (t: TestDatabase, query: ReturnType<typeof sql>) =>
  Number((await t.db.execute<{ n: number }>(query)).rows[0]?.n ?? 0);

/** What holds on any day: nothing dated after today, no clock left running from an earlier year. */
async function expectLivesToday(t: TestDatabase, today: string) {
  const year = `${today.slice(0, 4)}-01-01`;
  expect(
    await count(
      t,
      sql`SELECT count(*)::int AS n FROM clocks WHERE status <> 'stopped' AND started_on < ${year}::date`,
    ),
  ).toBe(0);
  const after = sql`(${today}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;
  expect(
    await count(t, sql`SELECT count(*)::int AS n FROM procedure_steps WHERE occurred_at >= ${after}`),
  ).toBe(0);
  expect(
    await count(
      t,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'enforcement.%' AND occurred_at >= ${after}`,
    ),
  ).toBe(0);
  expect(
    await count(
      t,
      sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE opened_on > ${today}::date
      OR created_at >= ${after} OR (created_at AT TIME ZONE 'Asia/Shanghai')::date <> opened_on`,
    ),
  ).toBe(0);
  // 立案 is the first step of every case: no step before the opening day.
  expect(
    await count(
      t,
      sql`SELECT count(*)::int AS n FROM procedure_steps s JOIN enforcement_cases c ON c.id::text = s.subject_id
      WHERE (s.occurred_at AT TIME ZONE 'Asia/Shanghai')::date < c.opened_on`,
    ),
  ).toBe(0);
}

// The generator's output is the same on any PostgreSQL: these two loads run on the embedded server only
// (the 2020 demo tests exercise both databases).
const onEmbedded = inject('dbLabel').startsWith('embedded');

describe.runIf(onEmbedded)('the enforcement demo in the middle of the year', () => {
  const today = '2026-06-17';
  let t: TestDatabase;
  beforeAll(async () => {
    t = await loadOn(today);
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
  });

  it('dates nothing after today and leaves no clock running from before the year', async () => {
    await expectLivesToday(t, today);
  });

  it('has work running in every state: on time, due soon, overdue, paused, extended, under review', async () => {
    const byUrgency = await t.db.execute<{ urgency: string; n: number }>(
      sql`SELECT urgency, count(*)::int AS n FROM clocks WHERE status = 'running' GROUP BY urgency`,
    );
    const n = Object.fromEntries(byUrgency.rows.map((r) => [r.urgency, r.n]));
    expect(n.ok).toBeGreaterThan(0);
    expect(n.due_soon).toBeGreaterThan(0);
    expect(n.overdue).toBeGreaterThan(0);
    expect(n.overdue).toBeLessThan(10);
    expect(
      await count(t, sql`SELECT count(*)::int AS n FROM clocks WHERE status = 'paused'`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        t,
        sql`SELECT count(*)::int AS n FROM clocks WHERE status = 'running'
        AND events @> '[{"type": "extend"}]'::jsonb`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(
        t,
        sql`SELECT count(*)::int AS n FROM enforcement_legal_reviews r JOIN enforcement_cases c ON c.id = r.case_id
        WHERE r.concluded_on IS NULL AND c.state = 'under_review'`,
      ),
    ).toBeGreaterThan(0);
    for (const state of ['closed', 'hearing', 'decided', 'served'])
      expect(
        await count(
          t,
          sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE opened_on >= '2026-01-01' AND state = ${state}`,
        ),
      ).toBeGreaterThan(0);
  });

  it('generates a plausible share of 2020 and files this year’s inspection plans', async () => {
    const thisYear = await count(
      t,
      sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE opened_on >= '2026-01-01'`,
    );
    expect(thisYear).toBeGreaterThan(150);
    expect(thisYear).toBeLessThan(400);
    expect(
      await count(t, sql`SELECT count(*)::int AS n FROM enforcement_inspection_plans WHERE year = 2026`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        t,
        sql`SELECT count(*)::int AS n FROM enforcement_inspections WHERE inspected_on >= '2026-01-01'`,
      ),
    ).toBeGreaterThan(0);
  });

  it('states no violation on a licence application', async () => {
    expect(
      await count(
        t,
        sql`SELECT count(*)::int AS n FROM enforcement_cases WHERE kind = 'licensing' AND facts LIKE '经查%'`,
      ),
    ).toBe(0);
  });
});

describe.runIf(onEmbedded)('the enforcement demo on 5 January', () => {
  const today = '2026-01-05';
  let t: TestDatabase;
  beforeAll(async () => {
    t = await loadOn(today);
  }, 300_000);
  afterAll(async () => {
    await t?.drop();
  });

  it('loads the year’s first days: plans filed, a few cases opened, nothing after today or from an earlier year', async () => {
    await expectLivesToday(t, today);
    expect(
      await count(t, sql`SELECT count(*)::int AS n FROM enforcement_inspection_plans WHERE year = 2026`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        t,
        sql`SELECT count(*)::int AS n FROM clocks WHERE status = 'running' AND started_on >= '2026-01-01'`,
      ),
    ).toBeGreaterThan(0);
  });
});
