import { sql } from 'drizzle-orm';
import {
  countWorkingDaysBetween,
  daysBetween,
  type IsoDate,
  type WorkCalendar,
} from '../../../common/calendar/index.js';
import { loadCalendar } from '../calendar/calendar-store.js';
import type { Db, Tx } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import { type ClockRecord, clockColumns, toClockRecord } from './clock-record.js';
import { stopClock } from './clock-service.js';
import { getClockDef } from './define-clock.js';
import { makeCtx } from '../context.js';
import { clocks } from './schema.js';
import { type Urgency, urgencyOf } from './urgency.js';

export interface SweepResult {
  /** Open clocks due within 3 working days (today included). */
  dueSoon: number;
  overdue: number;
  /** Notifications created by this run (0 on a second run the same day). */
  notified: number;
}

// Two sweeps at once (the schedule and `fazhi jobs run`) would only duplicate work; serialize them.
const SWEEP_LOCK = 71_042_015;

interface Reminder {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string;
}

function reminderText(cal: WorkCalendar, today: IsoDate, clock: ClockRecord, urgency: Urgency) {
  const label = getClockDef(clock.clockKey)?.label ?? '期限';
  const dueOn = clock.dueOn!;
  if (urgency === 'overdue') {
    const late = daysBetween(dueOn, today);
    return {
      title: `已超期：${clock.title}`,
      body: `${label}已于${dueOn}届满，已超期${late}日。${clock.explanation}`,
    };
  }
  const left = countWorkingDaysBetween(cal, today, dueOn);
  const when = left === 0 ? '今日届满' : `将于${dueOn}届满，还剩${left}个工作日`;
  return { title: `期限将至：${clock.title}`, body: `${label}${when}。${clock.explanation}` };
}

/** Department officers of each org unit: who is told when a clock has no handler. */
async function officersByUnit(tx: Tx, unitIds: string[]): Promise<Map<string, string[]>> {
  const byUnit = new Map<string, string[]>();
  if (!unitIds.length) return byUnit;
  const rows = await tx.execute<{ id: string; org_unit_id: string }>(sql`
    SELECT id, org_unit_id FROM users
    WHERE role = 'department_officer' AND is_active
      AND org_unit_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(unitIds)}::jsonb)::uuid)`);
  for (const r of rows.rows) byUnit.set(r.org_unit_id, [...(byUnit.get(r.org_unit_id) ?? []), r.id]);
  return byUnit;
}

async function storeUrgencies(tx: Tx, changes: { id: string; urgency: Urgency }[]): Promise<void> {
  if (!changes.length) return;
  await tx.execute(sql`
    UPDATE clocks SET urgency = v.urgency, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) AS v(id uuid, urgency text)
    WHERE clocks.id = v.id`);
}

async function insertReminders(tx: Tx, reminders: Reminder[]): Promise<number> {
  if (!reminders.length) return 0;
  // One statement for the whole batch; the rows travel as one JSON parameter.
  const inserted = await tx.execute(sql`
    INSERT INTO notifications (user_id, kind, title, body, link, dedupe_key)
    SELECT r."userId", r.kind, r.title, r.body, r.link, r."dedupeKey"
    FROM jsonb_to_recordset(${JSON.stringify(reminders)}::jsonb)
      AS r("userId" uuid, kind text, title text, body text, link text, "dedupeKey" text)
    ON CONFLICT (user_id, dedupe_key) DO NOTHING
    RETURNING id`);
  return inserted.rowCount ?? inserted.rows.length;
}

const LAPSED = '窗口期届满未使用，自动关闭';

/** Stops the windows declared `lapses` whose due day has passed (on that day); returns the clocks still open. */
async function closeLapsedWindows(
  tx: Tx,
  db: Db,
  today: IsoDate,
  running: ClockRecord[],
): Promise<ClockRecord[]> {
  const lapsed = running.filter(
    (c) => c.status === 'running' && c.dueOn !== null && c.dueOn < today && getClockDef(c.clockKey)?.lapses,
  );
  if (!lapsed.length) return running;
  const ctx = makeCtx(db, null, `sweep-${today}`);
  for (const clock of lapsed) await stopClock(tx, ctx, clock.id, clock.dueOn!, LAPSED);
  const closed = new Set(lapsed.map((c) => c.id));
  return running.filter((c) => !closed.has(c.id));
}

/**
 * The daily sweep: marks open clocks due soon (≤ 3 working days left) or overdue, and tells their handler
 * (or the unit's department officers). Idempotent: one notification per clock, urgency and due date.
 */
export async function sweepClocks(db: Db, today: IsoDate): Promise<SweepResult> {
  const cal = await loadCalendar(db);
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SWEEP_LOCK})`);
    const running = (
      await tx.select(clockColumns).from(clocks).where(sql`${clocks.status} <> 'stopped'`)
    ).map(toClockRecord);
    const open = await closeLapsedWindows(tx, db, today, running);
    const changes: { id: string; urgency: Urgency }[] = [];
    const urgent: { clock: ClockRecord; urgency: Urgency }[] = [];
    for (const clock of open) {
      const urgency = urgencyOf(cal, today, clock);
      if (urgency !== clock.urgency) changes.push({ id: clock.id, urgency });
      if (urgency !== 'ok') urgent.push({ clock, urgency });
    }
    await storeUrgencies(tx, changes);
    const officers = await officersByUnit(tx, [
      ...new Set(urgent.filter((u) => !u.clock.handlerUserId).map((u) => u.clock.orgUnitId)),
    ]);
    const reminders = urgent.flatMap(({ clock, urgency }) => {
      const text = reminderText(cal, today, clock, urgency);
      const recipients = clock.handlerUserId ? [clock.handlerUserId] : (officers.get(clock.orgUnitId) ?? []);
      return recipients.map((userId) => ({
        userId,
        kind: `clock.${urgency}`,
        ...text,
        link: `/due-items?clock=${clock.id}`,
        dedupeKey: `clock:${clock.id}:${urgency}:${clock.dueOn}`,
      }));
    });
    return {
      dueSoon: urgent.filter((u) => u.urgency === 'due_soon').length,
      overdue: urgent.filter((u) => u.urgency === 'overdue').length,
      notified: await insertReminders(tx, reminders),
    };
  });
}
