import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import {
  buildFixtureOrg,
  ctxOn,
  type FixtureOrg,
  fixtureModule,
  fixtureReplyClock,
} from '../clocks/clock-fixtures.js';
import { installModules } from '../install-modules.js';
import { pauseClock, startClock, stopClock } from '../clocks/clock-service.js';
import { findClocksForSubject } from '../clocks/clock-record.js';
import { inTransaction } from '../db/transaction.js';
import { loadCalendar } from './calendar-store.js';
import { findCalendarYears, getCalendarYear } from './calendar-years.js';
import { ensureCalendarSeeded, loadCalendarYear } from './load-year.js';

installModules([fixtureModule]);

let t: TestDatabase;
let org: FixtureOrg;

beforeAll(async () => {
  t = await createTestDatabase();
  org = await buildFixtureOrg(t.db);
});
afterAll(async () => {
  await t.drop();
});

/** The years data/calendar/holidays.yaml carries: the notices of 2013–2026. */
const BUNDLED = Array.from({ length: 14 }, (_, i) => 2013 + i);

const Y2027 = {
  year: 2027,
  source: 'https://www.gov.cn/test-2027',
  days: [
    { day: '2027-01-01', kind: 'off' as const, holiday: '元旦' },
    { day: '2027-01-02', kind: 'off' as const, holiday: '元旦' },
    { day: '2027-01-03', kind: 'off' as const, holiday: '元旦' },
  ],
};

async function startOn(subjectId: string, startedOn: string) {
  const ctx = ctxOn(t.db, org.actors.officerA1, startedOn);
  return inTransaction(t.db, (tx) =>
    startClock(tx, ctx, {
      def: fixtureReplyClock,
      subjectType: 'fixture_request',
      subjectId,
      title: `申请 ${subjectId}`,
      orgUnitId: org.deptA,
      districtId: org.districtId,
      handlerUserId: org.actors.officerA1.userId,
      startedOn,
    }),
  );
}

describe('calendar tables', () => {
  it('seeds the bundled years once, audited, and a second run loads nothing', async () => {
    expect(await ensureCalendarSeeded(t.db)).toEqual({ loaded: BUNDLED });
    expect(await ensureCalendarSeeded(t.db)).toEqual({ loaded: [] });
    const years = await findCalendarYears(t.db);
    expect(years.map((y) => y.year)).toEqual(BUNDLED);
    expect(years.find((y) => y.year === 2020)).toMatchObject({ offDays: 30, workDays: 6 });
    const audit = await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'calendar.year.loaded'`,
    );
    expect(audit.rows[0]!.n).toBe(BUNDLED.length);
    const y2020 = await getCalendarYear(t.db, 2020);
    expect(y2020.days).toContainEqual({ day: '2020-01-19', kind: 'work', holiday: '春节' });
    await expect(getCalendarYear(t.db, 2027)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('loading a year recomputes the open clocks reaching it, and only those', async () => {
    const reaching = await startOn('r-2026-12', '2026-12-20');
    expect(reaching).toMatchObject({ dueOn: '2027-01-15', isProvisional: true });
    const paused = await startOn('r-paused', '2026-12-01');
    await inTransaction(t.db, (tx) =>
      pauseClock(tx, ctxOn(t.db, org.actors.officerA1, '2026-12-03'), paused.id, '2026-12-03', '补正'),
    );
    const earlier = await startOn('r-2024', '2024-09-27');
    const stopped = await startOn('r-stopped', '2026-12-21');
    await inTransaction(t.db, (tx) =>
      stopClock(tx, ctxOn(t.db, null, '2026-12-22'), stopped.id, '2026-12-22'),
    );

    const coordinator = ctxOn(t.db, org.actors.coordinator, '2026-12-28');
    expect(await loadCalendarYear(coordinator, Y2027)).toEqual({
      year: 2027,
      recomputedClocks: 2,
      version: 1,
    });

    const [after] = await findClocksForSubject(t.db, 'fixture_request', 'r-2026-12');
    // 2027-01-01 is now a holiday: the 20th working day moves from 01-15 to 01-18.
    expect(after).toMatchObject({ dueOn: '2027-01-18', isProvisional: false });
    expect(after!.explanation).toContain('不计元旦放假日');
    const [untouched] = await findClocksForSubject(t.db, 'fixture_request', 'r-2024');
    expect(untouched!.dueOn).toBe(earlier.dueOn);
    const [stillStopped] = await findClocksForSubject(t.db, 'fixture_request', 'r-stopped');
    // Stopped clocks keep the due date they had (a replay with 2027 would give 01-19).
    expect(stillStopped).toMatchObject({ dueOn: '2027-01-18', isProvisional: true });
    expect((await loadCalendar(t.db)).hasYear(2027)).toBe(true);
  });

  it('replacing a year audits before and after', async () => {
    const coordinator = ctxOn(t.db, org.actors.coordinator, '2026-12-29');
    const days = [...Y2027.days, { day: '2027-01-15', kind: 'off' as const, holiday: '测试调整' }];
    await loadCalendarYear(coordinator, { ...Y2027, days });
    const [clock] = await findClocksForSubject(t.db, 'fixture_request', 'r-2026-12');
    expect(clock!.dueOn).toBe('2027-01-19');
    const audit = await t.db.execute<{ before: { days: string[] }; after: { days: string[] } }>(sql`
      SELECT before, after FROM audit_events WHERE action = 'calendar.year.loaded' AND subject_id = '2027'
      ORDER BY seq DESC LIMIT 1`);
    expect(audit.rows[0]!.before.days).toHaveLength(3);
    expect(audit.rows[0]!.after.days).toContain('2027-01-15 off 测试调整');
  });

  it('refuses a non-coordinator and a day outside the year', async () => {
    await expect(
      loadCalendarYear(ctxOn(t.db, org.actors.officerA1, '2026-12-28'), Y2027),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const coordinator = ctxOn(t.db, org.actors.coordinator, '2026-12-28');
    const bad = { ...Y2027, days: [{ day: '2026-12-31', kind: 'off' as const }] };
    await expect(loadCalendarYear(coordinator, bad)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'days.0.day', message: '2026-12-31 不在 2027 年内' }],
    });
  });
});
