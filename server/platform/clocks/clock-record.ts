import { and, eq, inArray, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../common/calendar/index.js';
import type { Executor } from '../db/client.js';
import { notFound } from '../errors.js';
import type { ClockEvent } from './define-clock.js';
import type { ClockStatus } from './replay-clock.js';
import { clocks } from './schema.js';
import type { Urgency } from './urgency.js';

/** A clock as stored: its record, its events, and the due date they replay to. */
export interface ClockRecord {
  id: string;
  clockKey: string;
  subjectType: string;
  subjectId: string;
  title: string;
  orgUnitId: string;
  districtId: string;
  handlerUserId: string | null;
  status: ClockStatus;
  startedOn: IsoDate;
  dueOn: IsoDate | null;
  isProvisional: boolean;
  explanation: string;
  events: ClockEvent[];
  urgency: Urgency;
  stoppedOn: IsoDate | null;
}

export const clockColumns = {
  id: clocks.id,
  clockKey: clocks.clockKey,
  subjectType: clocks.subjectType,
  subjectId: clocks.subjectId,
  title: clocks.title,
  orgUnitId: clocks.orgUnitId,
  districtId: clocks.districtId,
  handlerUserId: clocks.handlerUserId,
  status: clocks.status,
  startedOn: clocks.startedOn,
  dueOn: clocks.dueOn,
  isProvisional: clocks.isProvisional,
  explanation: clocks.explanation,
  events: clocks.events,
  urgency: clocks.urgency,
  stoppedOn: clocks.stoppedOn,
};

type ClockRow = Pick<typeof clocks.$inferSelect, keyof typeof clockColumns>;

export function toClockRecord(row: ClockRow): ClockRecord {
  return {
    ...row,
    status: row.status as ClockStatus,
    urgency: row.urgency as Urgency,
    events: row.events as ClockEvent[],
  };
}

/** Loads one clock and locks it for the rest of the transaction (events are appended one at a time). */
export async function lockClock(tx: Executor, clockId: string): Promise<ClockRecord> {
  const rows = await tx.select(clockColumns).from(clocks).where(eq(clocks.id, clockId)).for('update');
  if (!rows[0]) throw notFound('期限');
  return toClockRecord(rows[0]);
}

/** Every clock of one record (open and stopped), oldest first. */
export async function findClocksForSubject(
  db: Executor,
  subjectType: string,
  subjectId: string,
): Promise<ClockRecord[]> {
  const rows = await db
    .select(clockColumns)
    .from(clocks)
    .where(sql`${clocks.subjectType} = ${subjectType} AND ${clocks.subjectId} = ${subjectId}`)
    .orderBy(clocks.startedOn, clocks.updatedAt);
  return rows.map(toClockRecord);
}

/** The latest clock under one key of each record (by start, then last change), for list badges. */
export async function findLatestClocks(
  db: Executor,
  subjectType: string,
  clockKey: string,
  subjectIds: readonly string[],
): Promise<Map<string, ClockRecord>> {
  const latest = new Map<string, ClockRecord>();
  if (subjectIds.length === 0) return latest;
  const rows = await db
    .select(clockColumns)
    .from(clocks)
    .where(
      and(
        eq(clocks.subjectType, subjectType),
        eq(clocks.clockKey, clockKey),
        inArray(clocks.subjectId, [...subjectIds]),
      ),
    )
    .orderBy(clocks.startedOn, clocks.updatedAt);
  for (const row of rows) latest.set(row.subjectId, toClockRecord(row));
  return latest;
}
