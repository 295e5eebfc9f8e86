import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { ensureCalendarSeeded } from '../calendar/load-year.js';
import type { Actor } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import {
  buildFixtureOrg,
  ctxOn,
  type FixtureOrg,
  fixtureModule,
  fixtureReplyClock,
  fixtureWindowClock,
} from './clock-fixtures.js';
import { installModules } from '../install-modules.js';
import { findClocksForSubject } from './clock-record.js';
import { extendClock, pauseClock, resumeClock, startClock, stopClock } from './clock-service.js';
import { findMyDueItems, findNotifications, markNotificationRead } from './notifications.js';
import { sweepClocks } from './sweep.js';

installModules([fixtureModule]);

let t: TestDatabase;
let org: FixtureOrg;

beforeAll(async () => {
  t = await createTestDatabase();
  await ensureCalendarSeeded(t.db);
  org = await buildFixtureOrg(t.db);
});
afterAll(async () => {
  await t.drop();
});

interface StartOpts {
  startedOn: string;
  unit?: 'A' | 'B';
  handler?: Actor | null;
}

function start(subjectId: string, { startedOn, unit = 'A', handler = null }: StartOpts) {
  const ctx = ctxOn(t.db, org.actors.officerA1, startedOn);
  return inTransaction(t.db, (tx) =>
    startClock(tx, ctx, {
      def: fixtureReplyClock,
      subjectType: 'fixture_request',
      subjectId,
      title: `申请 ${subjectId}`,
      orgUnitId: unit === 'A' ? org.deptA : org.deptB,
      districtId: org.districtId,
      handlerUserId: handler?.userId ?? null,
      startedOn,
    }),
  );
}

const as = (actor: Actor | null, today: string) => ctxOn(t.db, actor, today);

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await t.db.execute<{ action: string }>(
    sql`SELECT action FROM audit_events WHERE subject_id = ${subjectId} ORDER BY seq`,
  );
  return rows.rows.map((r) => r.action);
}

describe('clock service', () => {
  it('starts, pauses, resumes and extends a clock, each step audited on the record', async () => {
    const clock = await start('s-1', { startedOn: '2024-09-27', handler: org.actors.officerA1 });
    expect(clock).toMatchObject({ status: 'running', dueOn: '2024-10-30', isProvisional: false });

    const officer = as(org.actors.officerA1, '2024-10-08');
    const paused = await inTransaction(t.db, (tx) => pauseClock(tx, officer, clock.id, '2024-10-08', '补正'));
    expect(paused).toMatchObject({ status: 'paused', dueOn: null, urgency: 'ok' });
    const resumed = await inTransaction(t.db, (tx) =>
      resumeClock(tx, as(org.actors.officerA1, '2024-10-11'), clock.id, '2024-10-11'),
    );
    expect(resumed).toMatchObject({ status: 'running', dueOn: '2024-11-04' });
    expect(resumed.explanation).toContain('其间补正暂停3日（2024-10-08至2024-10-11）');

    const extendAs = (actor: Actor) =>
      inTransaction(t.db, (tx) =>
        extendClock(tx, as(actor, '2024-10-30'), clock.id, { on: '2024-10-30', reason: '需协调多个部门' }),
      );
    await expect(extendAs(org.actors.officerA1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await extendAs(org.actors.leader)).toMatchObject({ dueOn: '2024-12-02' });
    await expect(extendAs(org.actors.leader)).rejects.toMatchObject({
      code: 'EXTENSION_LIMIT_REACHED',
      status: 422,
    });

    expect(await auditActions('s-1')).toEqual([
      'clocks.clock.started',
      'clocks.clock.paused',
      'clocks.clock.resumed',
      'clocks.clock.extended',
    ]);
    const [stored] = await findClocksForSubject(t.db, 'fixture_request', 's-1');
    expect(stored!.events.map((e) => [e.type, e.on, e.by])).toEqual([
      ['start', '2024-09-27', org.actors.officerA1.userId],
      ['pause', '2024-10-08', org.actors.officerA1.userId],
      ['resume', '2024-10-11', org.actors.officerA1.userId],
      ['extend', '2024-10-30', org.actors.leader.userId],
    ]);
  });

  // Decision 0016: an extension approved after the due date does not cure the delay.
  it('refuses an extension approved after the due date, naming it, and changes nothing', async () => {
    const clock = await start('late-1', { startedOn: '2024-09-27' }); // due 2024-10-30
    const extendOn = (on: string) =>
      inTransaction(t.db, (tx) =>
        extendClock(tx, as(org.actors.leader, on), clock.id, { on, reason: '情况复杂' }),
      );
    const refused = extendOn('2024-10-31');
    await expect(refused).rejects.toMatchObject({
      code: 'EXTENSION_AFTER_EXPIRY',
      status: 422,
      fields: [{ path: 'on', message: expect.stringContaining('期满日2024-10-30') }],
    });
    await expect(refused).rejects.toThrow('答复期限已于2024-10-30届满，届满后不得批准延长');
    const [stored] = await findClocksForSubject(t.db, 'fixture_request', 'late-1');
    expect(stored).toMatchObject({
      dueOn: '2024-10-30',
      events: [expect.objectContaining({ type: 'start' })],
    });
    expect(await auditActions('late-1')).toEqual(['clocks.clock.started']);
    // On the due date itself the period has not yet run out.
    expect(await extendOn('2024-10-30')).toMatchObject({ dueOn: '2024-11-27' });
  });

  // Decision 0016 (rule 15): whether the period has run out is not decided on a Monday–Friday guess.
  it('refuses to judge an extension against a due date in a year whose holiday notice is not loaded', async () => {
    const clock = await start('late-3', { startedOn: '2026-12-10' }); // 20 WD run into 2027
    const on = '2027-01-20';
    const refused = inTransaction(t.db, (tx) =>
      extendClock(tx, as(org.actors.leader, on), clock.id, { on, reason: '情况复杂' }),
    );
    await expect(refused).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_LOADED' });
    expect(await auditActions('late-3')).toEqual(['clocks.clock.started']);
    // Approved in 2026, the period reaching into 2027 has certainly not run out: it may be extended.
    const inTime = '2026-12-28';
    const extended = await inTransaction(t.db, (tx) =>
      extendClock(tx, as(org.actors.leader, inTime), clock.id, { on: inTime, reason: '情况复杂' }),
    );
    expect(extended.events.map((e) => e.type)).toEqual(['start', 'extend']);
  });

  it('keeps an imported extension dated after the due date without moving the due date', async () => {
    const clock = await start('late-2', { startedOn: '2024-09-27' });
    const ctx = as(org.actors.leader, '2024-12-01');
    const extended = await inTransaction(t.db, (tx) =>
      extendClock(tx, ctx, clock.id, { on: '2024-11-05', reason: '导入', historical: true }),
    );
    expect(extended).toMatchObject({ dueOn: '2024-10-30', urgency: 'overdue' });
    expect(extended.events.map((e) => e.type)).toEqual(['start', 'extend']);
    expect(extended.explanation).toContain('已超过期满日2024-10-30，不改变期满日');
    expect(await auditActions('late-2')).toEqual(['clocks.clock.started', 'clocks.clock.extended']);
  });

  it('refuses an event dated before the previous one, and anything after the stop', async () => {
    const clock = await start('s-2', { startedOn: '2024-09-27' });
    const ctx = as(org.actors.officerA1, '2024-10-10');
    await expect(
      inTransaction(t.db, (tx) => pauseClock(tx, ctx, clock.id, '2024-09-20', '补正')),
    ).rejects.toMatchObject({ code: 'CLOCK_EVENT_INVALID' });
    await inTransaction(t.db, (tx) => stopClock(tx, ctx, clock.id, '2024-10-10', '作出答复'));
    await expect(
      inTransaction(t.db, (tx) => resumeClock(tx, ctx, clock.id, '2024-10-11')),
    ).rejects.toMatchObject({ code: 'CLOCK_EVENT_INVALID' });
    expect(await auditActions('s-2')).toEqual(['clocks.clock.started', 'clocks.clock.stopped']);
  });
});

describe('daily sweep and notifications', () => {
  const TODAY = '2024-10-28';
  let fresh: TestDatabase;

  it('marks due-soon and overdue clocks, notifies the handler or the unit officers, and is idempotent', async () => {
    // On its own database, so the counts are exactly this scenario's.
    fresh = await createTestDatabase();
    const [saved, savedOrg] = [t, org];
    try {
      t = fresh;
      await ensureCalendarSeeded(t.db);
      org = await buildFixtureOrg(t.db);
      await start('due-soon', { startedOn: '2024-09-27', handler: org.actors.officerA1 }); // due 10-30: 2 WD left
      await start('overdue', { startedOn: '2024-08-01', unit: 'B' }); // due 2024-08-29, no handler
      await start('later', { startedOn: '2024-10-25', handler: org.actors.officerA2 });
      const paused = await start('paused', { startedOn: '2024-09-02', handler: org.actors.officerA2 });
      await inTransaction(t.db, (tx) =>
        pauseClock(tx, as(null, '2024-09-03'), paused.id, '2024-09-03', '征求第三方意见'),
      );

      expect(await sweepClocks(t.db, TODAY)).toEqual({ dueSoon: 1, overdue: 1, notified: 2 });
      expect(await sweepClocks(t.db, TODAY)).toEqual({ dueSoon: 1, overdue: 1, notified: 0 });
      const urgency = await t.db.execute<{ subject_id: string; urgency: string }>(
        sql`SELECT subject_id, urgency FROM clocks ORDER BY subject_id`,
      );
      expect(urgency.rows).toEqual([
        { subject_id: 'due-soon', urgency: 'due_soon' },
        { subject_id: 'later', urgency: 'ok' },
        { subject_id: 'overdue', urgency: 'overdue' },
        { subject_id: 'paused', urgency: 'ok' },
      ]);

      const mine = await findNotifications(as(org.actors.officerA1, TODAY));
      expect(mine.unread).toBe(1);
      expect(mine.items[0]).toMatchObject({
        kind: 'clock.due_soon',
        title: '期限将至：申请 due-soon',
        readAt: null,
      });
      expect(mine.items[0]!.body).toContain('将于2024-10-30届满，还剩2个工作日');
      const officerB = await findNotifications(as(org.actors.officerB, TODAY));
      expect(officerB.items.map((n) => n.kind)).toEqual(['clock.overdue']);
      expect((await findNotifications(as(org.actors.officerA2, TODAY))).items).toEqual([]);

      await expect(
        markNotificationRead(as(org.actors.officerA1, TODAY), officerB.items[0]!.id),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const read = await markNotificationRead(as(org.actors.officerA1, TODAY), mine.items[0]!.id);
      expect(read.readAt).toBe(new Date(`${TODAY}T00:00:00Z`).toISOString());
      expect((await findNotifications(as(org.actors.officerA1, TODAY))).unread).toBe(0);

      // Next day: the due-soon clock is now overdue: a new reminder; the overdue one is not repeated.
      expect(await sweepClocks(t.db, '2024-10-31')).toEqual({ dueSoon: 0, overdue: 2, notified: 1 });

      const deptA = await findMyDueItems(as(org.actors.officerA1, TODAY));
      expect(deptA.map((i) => [i.subjectId, i.urgency])).toEqual([
        ['due-soon', 'due_soon'],
        ['later', 'ok'],
        ['paused', 'ok'],
      ]);
      const district = await findMyDueItems(as(org.actors.coordinator, TODAY));
      expect(district.map((i) => i.subjectId)).toEqual(['overdue', 'due-soon', 'later', 'paused']);
      expect(district[0]).toMatchObject({ urgency: 'overdue', dueOn: '2024-08-29', provisional: false });
      await expect(findMyDueItems(as(null, TODAY))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      [t, org] = [saved, savedOrg];
      await fresh.drop();
    }
  });

  it('closes a lapsing window on its due day instead of marking it overdue, and keeps it when still open', async () => {
    const window = (subjectId: string, startedOn: string) =>
      inTransaction(t.db, (tx) =>
        startClock(tx, as(org.actors.officerA1, startedOn), {
          def: fixtureWindowClock,
          subjectType: 'fixture_request',
          subjectId,
          title: `补正 ${subjectId}`,
          orgUnitId: org.deptA,
          districtId: org.districtId,
          handlerUserId: org.actors.officerA1.userId,
          startedOn,
        }),
      );
    const passed = await window('window-passed', '2024-10-08'); // 7 WD: due 2024-10-17
    const open = await window('window-open', '2024-10-24'); // due 2024-11-04
    await sweepClocks(t.db, TODAY);
    const rows = await t.db.execute<{
      id: string;
      status: string;
      urgency: string;
      events: { type: string; on: string }[];
    }>(
      sql`SELECT id, status, urgency, events FROM clocks WHERE subject_id IN ('window-passed', 'window-open')`,
    );
    const byId = new Map(rows.rows.map((r) => [r.id, r]));
    expect(byId.get(passed.id)).toMatchObject({ status: 'stopped', urgency: 'ok' });
    expect(byId.get(passed.id)!.events.at(-1)).toMatchObject({ type: 'stop', on: passed.dueOn });
    expect(byId.get(open.id)).toMatchObject({ status: 'running' });
    const items = await findMyDueItems(as(org.actors.officerA1, TODAY));
    expect(items.map((i) => i.subjectId)).not.toContain('window-passed');
    expect(await auditActions('window-passed')).toContain('clocks.clock.stopped');
  });
});
