import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tx } from '../../../common/text/localized.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { ensureCalendarSeeded, loadCalendar } from '../calendar/index.js';
import {
  buildFixtureOrg,
  ctxOn,
  type FixtureOrg,
  fixtureModule,
  fixtureReplyClock,
} from '../clocks/clock-fixtures.js';
import { pauseClock, startClock, stopClock } from '../clocks/clock-service.js';
import { urgencyOf } from '../clocks/urgency.js';
import { type Actor, makeCtx } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { installModules } from '../install-modules.js';
import { defineReminderSource, type Reminder, registerReminderSource } from '../reminders/index.js';
import { countDueItems, findDueItems } from './due-items.js';
import { findSupervision } from './supervision.js';

installModules([fixtureModule]);

const TODAY = '2024-11-15';
let t: TestDatabase;
let org: FixtureOrg;
/** Every clock the test started, as the database holds it after the test's pauses and stops. */
const started: { id: string; unit: string; status: string; dueOn: string | null }[] = [];

async function start(i: number, unit: string, startedOn: string) {
  const ctx = ctxOn(t.db, org.actors.coordinator, startedOn);
  const clock = await inTransaction(t.db, (tx) =>
    startClock(tx, ctx, {
      def: fixtureReplyClock,
      subjectType: 'fixture_request',
      subjectId: `wb-${i}`,
      title: `申请 ${String(i).padStart(3, '0')}`,
      orgUnitId: unit,
      districtId: org.districtId,
      startedOn,
    }),
  );
  started.push({ id: clock.id, unit, status: clock.status, dueOn: clock.dueOn });
  return clock;
}

function dayOf(offset: number): string {
  const d = new Date('2024-09-02T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestDatabase();
  await ensureCalendarSeeded(t.db);
  org = await buildFixtureOrg(t.db);
  // 70 clocks in A and 30 in B, started on every day from September to mid-November: some overdue, some
  // due soon, most on time; a few paused and a few stopped.
  for (let i = 0; i < 100; i += 1) {
    const clock = await start(i, i % 10 < 7 ? org.deptA : org.deptB, dayOf(i % 74));
    const ctx = ctxOn(t.db, org.actors.coordinator, TODAY);
    if (i % 17 === 0) {
      const paused = await inTransaction(t.db, (tx) => pauseClock(tx, ctx, clock.id, TODAY, '补正'));
      Object.assign(started.at(-1)!, { status: paused.status, dueOn: paused.dueOn });
    } else if (i % 13 === 0) {
      await inTransaction(t.db, (tx) => stopClock(tx, ctx, clock.id, TODAY));
      started.at(-1)!.status = 'stopped';
    }
  }
});
afterAll(async () => {
  await t.drop();
});

/** The counts computed the slow way: each open clock in scope, judged by `urgencyOf`. */
async function expectedCounts(units: string[]) {
  const cal = await loadCalendar(t.db);
  const open = started.filter((c) => c.status !== 'stopped' && units.includes(c.unit));
  const counts = { overdue: 0, due_soon: 0, ok: 0, paused: 0, total: open.length };
  for (const c of open) {
    counts[urgencyOf(cal, TODAY, c)] += 1;
    if (c.status === 'paused') counts.paused += 1;
  }
  return counts;
}

const as = (actor: Actor) => ctxOn(t.db, actor, TODAY);

describe('workbench counts', () => {
  it('count every open clock in the district for the coordinator, not a first page', async () => {
    const expected = await expectedCounts([org.deptA, org.deptB]);
    expect(expected.total).toBeGreaterThan(80);
    expect(expected.overdue).toBeGreaterThan(0);
    expect(expected.due_soon).toBeGreaterThan(0);
    expect(await countDueItems(as(org.actors.coordinator))).toEqual(expected);
  });

  it('count only the officer’s own unit', async () => {
    expect(await countDueItems(as(org.actors.officerA1))).toEqual(await expectedCounts([org.deptA]));
    expect(await countDueItems(as(org.actors.officerB))).toEqual(await expectedCounts([org.deptB]));
  });

  it('narrow to a unit, but never beyond the actor’s own scope', async () => {
    const coordinatorOnB = await countDueItems(as(org.actors.coordinator), { unitId: org.deptB });
    expect(coordinatorOnB).toEqual(await expectedCounts([org.deptB]));
    const officerAOnB = await countDueItems(as(org.actors.officerA1), { unitId: org.deptB });
    expect(officerAOnB.total).toBe(0);
  });
});

describe('workbench due-item pages', () => {
  it('page through every open clock once, most urgent first, the total matching the counts', async () => {
    const ctx = as(org.actors.officerA1);
    const counts = await countDueItems(ctx);
    const seen: string[] = [];
    const urgencies: string[] = [];
    for (let page = 1; ; page += 1) {
      const { items, total } = await findDueItems(ctx, {}, { page, pageSize: 20 });
      expect(total).toBe(counts.total);
      if (items.length === 0) break;
      seen.push(...items.map((i) => i.clockId));
      urgencies.push(...items.map((i) => i.urgency));
      expect(items.every((i) => i.orgUnitId === org.deptA)).toBe(true);
    }
    expect(new Set(seen).size).toBe(counts.total);
    const rank = urgencies.map((u) => ['overdue', 'due_soon', 'ok'].indexOf(u));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
  });

  it('filter to what needs attention', async () => {
    const ctx = as(org.actors.coordinator);
    const counts = await countDueItems(ctx);
    const page = await findDueItems(ctx, { urgency: 'attention' }, { page: 1, pageSize: 100 });
    expect(page.total).toBe(counts.overdue + counts.due_soon);
    expect(page.items.every((i) => i.urgency !== 'ok')).toBe(true);
    const none = await findDueItems(ctx, { module: 'powers' }, { page: 1, pageSize: 10 });
    expect(none.total).toBe(0);
  });
});

describe('supervision board', () => {
  it('rolls each department up, red before amber before green, and is not for officers', async () => {
    const rows = await findSupervision(as(org.actors.coordinator));
    const a = await expectedCounts([org.deptA]);
    const rowA = rows.find((r) => r.unitId === org.deptA)!;
    expect(rowA).toMatchObject({ open: a.total, overdue: a.overdue, dueSoon: a.due_soon, rating: 'red' });
    expect(rows.map((r) => r.unitId).sort()).toEqual([org.deptA, org.deptB].sort());
    const order = rows.map((r) => ['red', 'amber', 'green'].indexOf(r.rating));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    await expect(findSupervision(as(org.actors.officerA1))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('reminders on the board', () => {
  // A module's reminders (an expiring certificate), listed only while this block runs so the counts above
  // stay the clocks' alone: one overdue on B, one due soon on A, one that names no unit.
  let listed = false;
  const reminder = (key: string, urgency: Reminder['urgency'], orgUnitId?: string): Reminder => ({
    key,
    title: tx(`证件到期 ${key}`, `Certificate expiring ${key}`),
    subjectType: 'fixture_licence',
    subjectId: key,
    orgUnitId,
    dueOn: TODAY,
    urgency,
    explanation: tx('证件到期', 'Certificate expiring'),
  });
  registerReminderSource(
    defineReminderSource({
      key: 'fixture.licence_expiry',
      load: async (_db, actor) =>
        listed && actor.role === 'coordinator'
          ? [
              reminder('on-b', 'overdue', org.deptB),
              reminder('on-a', 'due_soon', org.deptA),
              reminder('nowhere', 'overdue'),
            ]
          : [],
    }),
  );
  beforeAll(() => {
    listed = true;
  });
  afterAll(() => {
    listed = false;
  });

  it('counts a reminder under the department that owns it', async () => {
    const rows = await findSupervision(as(org.actors.coordinator));
    const [a, b] = [await expectedCounts([org.deptA]), await expectedCounts([org.deptB])];
    expect(rows.find((r) => r.unitId === org.deptB)).toMatchObject({
      open: b.total + 1,
      overdue: b.overdue + 1,
      dueSoon: b.due_soon,
      rating: 'red',
    });
    expect(rows.find((r) => r.unitId === org.deptA)).toMatchObject({
      open: a.total + 1,
      overdue: a.overdue,
      dueSoon: a.due_soon + 1,
    });
    // The one without a unit is counted in the totals only, as before.
    expect(rows.map((r) => r.unitId).sort()).toEqual([org.deptA, org.deptB].sort());
    expect((await countDueItems(as(org.actors.coordinator))).total).toBe(a.total + b.total + 3);
  });

  it('keeps a unit’s reminders when the workbench narrows to that unit, named by the unit', async () => {
    const b = await expectedCounts([org.deptB]);
    const onB = await countDueItems(as(org.actors.coordinator), { unitId: org.deptB });
    expect(onB).toEqual({ ...b, overdue: b.overdue + 1, total: b.total + 1 });
    const page = await findDueItems(
      as(org.actors.coordinator),
      { unitId: org.deptB },
      { page: 1, pageSize: 200 },
    );
    const item = page.items.find((i) => i.clockId === 'fixture.licence_expiry:on-b');
    const [unitB] = (
      await t.db.execute<{ name: string }>(sql`SELECT name FROM org_units WHERE id = ${org.deptB}`)
    ).rows;
    expect(item).toMatchObject({ orgUnitId: org.deptB, unitName: unitB!.name, title: '证件到期 on-b' });
    expect(page.items.some((i) => i.clockId === 'fixture.licence_expiry:nowhere')).toBe(false);
  });

  it('speaks the reader’s language', async () => {
    const english = makeCtx(
      t.db,
      org.actors.coordinator,
      randomUUID(),
      new Date(`${TODAY}T00:00:00Z`),
      'en-US',
    );
    const page = await findDueItems(
      english,
      { module: 'fixture', urgency: 'overdue' },
      { page: 1, pageSize: 200 },
    );
    const item = page.items.find((i) => i.clockId === 'fixture.licence_expiry:on-b');
    expect(item).toMatchObject({ title: 'Certificate expiring on-b', explanation: 'Certificate expiring' });
  });
});
