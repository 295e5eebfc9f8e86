import type { SupervisionRowOut } from '../../../common/contracts/workbench.js';
import { type SQL, sql } from 'drizzle-orm';
import { assertCan, orgScope } from '../authz/index.js';
import { clocks } from '../clocks/schema.js';
import type { Actor, Ctx } from '../context.js';
import { findPlacedReminders, urgencyBounds } from './due-items.js';
import { urgencySql } from './urgency-sql.js';

export type SupervisionRow = SupervisionRowOut;
export type Rating = SupervisionRow['rating'];

/**
 * The thresholds of the board, as data (docs/decisions/0027-homes-and-workbench.md; the leaders' overview
 * shows the same, decision 0034): a statutory deadline missed is a breach, so one overdue clock makes a unit
 * red; none overdue but one due within 3 working days, amber; otherwise green.
 */
export const RATING_THRESHOLDS = {
  red: { overdueAtLeast: 1 },
  amber: { dueSoonAtLeast: 1 },
} as const;

/** A unit's red / amber / green by RATING_THRESHOLDS. */
export function rate(row: { overdue: number; dueSoon: number }): Rating {
  if (row.overdue >= RATING_THRESHOLDS.red.overdueAtLeast) return 'red';
  return row.dueSoon >= RATING_THRESHOLDS.amber.dueSoonAtLeast ? 'amber' : 'green';
}

const ORDER: Record<Rating, number> = { red: 0, amber: 1, green: 2 };

/** Red first (most overdue, then highest overdue share), then amber (most due soon), then green. */
export function rankRows(rows: SupervisionRow[]): SupervisionRow[] {
  const share = (r: SupervisionRow) => (r.open ? r.overdue / r.open : 0);
  return [...rows].sort(
    (a, b) =>
      ORDER[a.rating] - ORDER[b.rating] ||
      b.overdue - a.overdue ||
      share(b) - share(a) ||
      b.dueSoon - a.dueSoon ||
      b.open - a.open,
  );
}

/** The first-level unit a unit path rolls up to (the district itself for its own units): `/district/top/…`. */
export function topUnitOf(path: string): string {
  const [, district = '', top] = path.split('/');
  return top || district;
}

/** The actor's reminders that carry a unit, as `(top unit, urgency)` rows to count beside the clocks. */
async function reminderRows(ctx: Ctx, actor: Actor): Promise<SQL | null> {
  const rows = (await findPlacedReminders(ctx, actor, {})).flatMap((r) =>
    r.unitPath ? [sql`(${topUnitOf(r.unitPath)}::text, ${r.urgency}::text)`] : [],
  );
  if (rows.length === 0) return null;
  return sql`UNION ALL SELECT top_id, urgency FROM (VALUES ${sql.join(rows, sql`, `)}) AS r(top_id, urgency)`;
}

/**
 * 督办: overdue and due-soon clocks per first-level unit of the district (its subtree rolled up), ranked
 * red / amber / green. The modules' reminders (an expiring certificate) count under their unit like clocks.
 * Units with nothing open are listed green; the district's own clocks form a row of their own when there are any.
 */
export async function findSupervision(ctx: Ctx): Promise<SupervisionRow[]> {
  const actor = ctx.actor;
  assertCan(actor, 'clocks.supervise');
  const urgency = urgencySql(await urgencyBounds(ctx));
  const reminders = (await reminderRows(ctx, actor)) ?? sql``;
  const result = await ctx.db.execute<{
    unit_id: string;
    unit_name: string;
    unit_type: string;
    open: number;
    overdue: number;
    due_soon: number;
  }>(sql`
    WITH open_clocks AS (
      SELECT coalesce(nullif(split_part(u.path, '/', 3), ''), split_part(u.path, '/', 2)) AS top_id,
             ${urgency} AS urgency
      FROM ${clocks} JOIN org_units u ON u.id = ${clocks.orgUnitId}
      WHERE ${clocks.status} <> 'stopped' AND ${orgScope(actor, clocks.orgUnitId, clocks.districtId)}
      ${reminders}
    )
    SELECT d.id AS unit_id, d.name AS unit_name, d.type AS unit_type,
           count(c.top_id)::int AS open,
           count(*) FILTER (WHERE c.urgency = 'overdue')::int AS overdue,
           count(*) FILTER (WHERE c.urgency = 'due_soon')::int AS due_soon
    FROM org_units d LEFT JOIN open_clocks c ON c.top_id = d.id::text
    WHERE d.district_id = ${actor.districtId} AND (d.parent_id = ${actor.districtId} OR d.id = ${actor.districtId})
    GROUP BY d.id, d.name, d.type, d.sort_order
    HAVING d.id <> ${actor.districtId} OR count(c.top_id) > 0
    ORDER BY d.sort_order, d.name`);
  const rows = result.rows.map((r) => {
    const row = { unitId: r.unit_id, unitName: r.unit_name, unitType: r.unit_type, open: r.open };
    const counts = { overdue: r.overdue, dueSoon: r.due_soon };
    return { ...row, ...counts, rating: rate(counts) };
  });
  return rankRows(rows);
}
