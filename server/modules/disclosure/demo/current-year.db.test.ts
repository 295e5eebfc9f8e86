import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { urgencyOf } from '../../../platform/clocks/index.js';
import { computeMetric } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import '../metrics/requests.js';
import { loadRequestsDemo } from './requests.js';

/**
 * The demo loaded on 2026-06-15 (the ctx's clock, not the machine's): 2020 exactly as the seed states it,
 * and this year to date with work in every state. The January 5 edge is planned in current-year-plan.test.ts.
 */
const TODAY = '2026-06-15';
let t: TestDatabase;
let w: DistrictWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  await loadRequestsDemo(w.as(null, TODAY));
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

const rows = async <T>(query: ReturnType<typeof sql>) =>
  (await t.db.execute<T & Record<string, unknown>>(query)).rows;

// The generator's output is the same on any PostgreSQL: these two loads run on the embedded server only
// (the 2020 demo tests exercise both databases).
const onEmbedded = inject('dbLabel').startsWith('embedded');

describe.runIf(onEmbedded)('the request demo loaded mid-year', () => {
  it('keeps 2020 exactly as the seed states it: 43 received (35/2/6), 43 concluded in 2020', async () => {
    const y2020 = { from: '2020-01-01', to: '2020-12-31' };
    const received = await computeMetric(t.db, 'system', 'disclosure.requests_received', y2020);
    expect(received.value).toBe(43);
    expect(received.breakdown).toEqual({ in_person: 6, letter: 35, online: 2 });
    const concluded = await computeMetric(t.db, 'system', 'disclosure.requests_concluded', y2020);
    expect(concluded.value).toBe(43);
    const open2020 = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM disclosure_requests
      WHERE received_on <= '2020-12-31' AND (status <> 'concluded' OR concluded_on > '2020-12-31')`);
    expect(open2020[0]?.n).toBe(0);
  });

  it('adds this year to date: concluded ones and open ones in every state', async () => {
    const cal = await loadCalendar(t.db);
    const current = await rows<{
      status: string;
      extended: boolean;
      due_on: string | null;
      clock: string | null;
    }>(sql`
      SELECT r.status, r.extension_approved_on IS NOT NULL AS extended, c.due_on::text AS due_on, c.status AS clock
      FROM disclosure_requests r
      LEFT JOIN clocks c ON c.subject_id = r.id::text AND c.clock_key = 'disclosure.reply'
      WHERE r.received_on >= '2026-01-01'`);
    const urgency = (r: (typeof current)[number]) =>
      urgencyOf(cal, TODAY, { status: r.clock ?? 'none', dueOn: r.due_on });
    const statuses = new Set(current.map((r) => r.status));
    for (const s of ['concluded', 'registered', 'awaiting_correction', 'consulting', 'consulting_organ']) {
      expect(statuses, s).toContain(s);
    }
    const running = current.filter((r) => r.status === 'registered');
    expect(running.filter((r) => urgency(r) === 'ok' && !r.extended).length).toBeGreaterThanOrEqual(2);
    expect(running.filter((r) => urgency(r) === 'due_soon').length).toBeGreaterThanOrEqual(1);
    expect(running.filter((r) => urgency(r) === 'overdue').length).toBeGreaterThanOrEqual(1);
    expect(running.filter((r) => urgency(r) === 'overdue').length).toBeLessThanOrEqual(3);
    expect(running.filter((r) => r.extended && urgency(r) !== 'overdue')).toHaveLength(1);
    // A request waiting for the applicant's correction has no reply clock running: it starts on receipt.
    expect(
      current.filter((r) => r.status === 'awaiting_correction').every((r) => r.clock !== 'running'),
    ).toBe(true);
    expect(current.filter((r) => r.status === 'concluded').length).toBeGreaterThan(10);
  });

  it('dates every step on its own day, none after today, and runs no clock started before this year', async () => {
    const late = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM procedure_steps
      WHERE procedure_key = 'disclosure.request' AND (occurred_at AT TIME ZONE 'Asia/Shanghai')::date > ${TODAY}`);
    expect(late[0]?.n).toBe(0);
    const stepDays = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM procedure_steps
      WHERE procedure_key = 'disclosure.request' AND input ? 'on'
        AND (occurred_at AT TIME ZONE 'Asia/Shanghai')::date <> (input->>'on')::date`);
    expect(stepDays[0]?.n).toBe(0);
    const stale = await rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM clocks c JOIN disclosure_requests r ON c.subject_id = r.id::text
      WHERE c.status IN ('running', 'paused') AND c.started_on < '2026-01-01'`);
    expect(stale[0]?.n).toBe(0);
    const received = await rows<{ last: string }>(
      sql`SELECT max(received_on)::text AS last FROM disclosure_requests`,
    );
    expect(received[0]!.last <= TODAY).toBe(true);
  });
});

describe.runIf(onEmbedded)('the request demo loaded on January 5 (two working days into the year)', () => {
  let jan: TestDatabase;
  beforeAll(async () => {
    jan = await createTestDatabase(DISTRICT_WORLD);
    const world = await buildDistrictWorld(jan.db);
    await loadRequestsDemo(world.as(null, '2026-01-05'));
  }, 300_000);
  afterAll(async () => {
    await jan?.drop();
  });

  it('loads what two working days allow, with no step after the day and 2020 untouched', async () => {
    const current = await jan.db.execute<{ status: string; received_on: string }>(sql`
      SELECT status, received_on::text FROM disclosure_requests WHERE received_on >= '2026-01-01'`);
    expect(current.rows.length).toBeGreaterThan(0);
    expect(current.rows.every((r) => r.received_on <= '2026-01-05')).toBe(true);
    expect(new Set(current.rows.map((r) => r.status))).toContain('awaiting_correction');
    const late = await jan.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM procedure_steps
      WHERE (occurred_at AT TIME ZONE 'Asia/Shanghai')::date > '2026-01-05'`);
    expect(late.rows[0]?.n).toBe(0);
    const y2020 = await jan.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM disclosure_requests
      WHERE received_on BETWEEN '2020-01-01' AND '2020-12-31' AND status = 'concluded'`);
    expect(y2020.rows[0]?.n).toBe(43);
  });
});
