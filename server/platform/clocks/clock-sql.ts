import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { ClockEvent } from './define-clock.js';
import { clocks } from './schema.js';

// SQL for modules' list and report queries that sort or count by a record's clock: the kernel writes the
// subqueries, so no module names its table (scripts/check-sql-walls.mjs).

/** Which record's clocks: its subject type and the module's id column (cast to text, as clocks key any subject by text). */
interface ClockOfSubject {
  subjectType: string;
  subjectId: SQLWrapper;
}

/** The due day of the record's latest clock under one of the keys (the last one started), or NULL. */
export function latestClockDueOnSql(
  of: ClockOfSubject & { clockKeys: readonly string[] },
): SQL<string | null> {
  return sql<string | null>`(SELECT ${clocks.dueOn} FROM ${clocks}
    WHERE ${clocks.subjectType} = ${of.subjectType} AND ${clocks.subjectId} = ${of.subjectId}::text
      AND ${clocks.clockKey} IN (${sql.join(
        of.clockKeys.map((k) => sql`${k}`),
        sql`, `,
      )})
    ORDER BY ${clocks.startedOn} DESC, ${clocks.updatedAt} DESC LIMIT 1)`;
}

/** The events of each of the record's clocks under one key, oldest clock first (JSON array), or NULL. */
export function clockEventsSql(of: ClockOfSubject & { clockKey: string }): SQL<ClockEvent[][] | null> {
  return sql<
    ClockEvent[][] | null
  >`(SELECT json_agg(${clocks.events} ORDER BY ${clocks.startedOn}) FROM ${clocks}
    WHERE ${clocks.subjectType} = ${of.subjectType} AND ${clocks.subjectId} = ${of.subjectId}::text
      AND ${clocks.clockKey} = ${of.clockKey})`;
}
