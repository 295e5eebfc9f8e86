import { sql } from 'drizzle-orm';
import type { CorrectionRates, CorrectionRatesQuery } from '../../../../common/contracts/corrections.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { powers } from '../../powers/index.js';
import { reviewScope } from '../policy.js';
import { correctionReviews as r, correctiveTasks as t } from '../schema.js';
import { repeatCountSql } from './records.js';

type Row = CorrectionRates['rows'][number];

/**
 * The 纠错率 per unit or per power for a year: reviews concluded in the year (复议 decided, judgments in
 * effect), how many corrected the act, and the tasks still open or overdue today (decision 0043).
 */
export async function correctionRates(ctx: Ctx, query: CorrectionRatesQuery): Promise<CorrectionRates> {
  assertCan(ctx.actor, 'corrections.view');
  const year = query.year ?? Number(ctx.today.slice(0, 4));
  const byUnit = query.by === 'unit';
  const key = byUnit ? sql`u.id::text` : sql`${r.powerId}::text`;
  const name = byUnit ? sql`u.name` : powers.powerNameSql(r.powerId);
  const result = await ctx.db.execute<Record<string, unknown>>(sql`
    SELECT ${key} AS id, ${name} AS name,
      count(*)::int AS reviewed,
      count(${r.correctiveOutcome})::int AS corrected,
      count(*) FILTER (WHERE ${t.state} IN ('open', 'returned', 'submitted'))::int AS open,
      count(*) FILTER (WHERE ${t.state} IN ('open', 'returned') AND ${t.dueOn} < ${ctx.today})::int AS overdue,
      coalesce(bool_or(${r.correctiveOutcome} IS NOT NULL AND ${repeatCountSql} > 0), false) AS repeated
    FROM ${r} LEFT JOIN ${t} ON ${t.reviewId} = ${r.id}
    JOIN org_units u ON u.id = ${r.orgUnitId}
    WHERE ${reviewScope(ctx.actor!)} AND extract(year from ${r.decidedOn}) = ${year}
      ${byUnit ? sql`` : sql`AND ${r.powerId} IS NOT NULL`}
    GROUP BY ${byUnit ? sql`u.id, u.name, u.sort_order, u.code` : sql`${r.powerId}`}
    ORDER BY corrected DESC, reviewed DESC, name`);
  const rows: Row[] = result.rows.map((row) => {
    const reviewed = Number(row.reviewed);
    const corrected = Number(row.corrected);
    return {
      id: String(row.id),
      name: String(row.name ?? ''),
      reviewed,
      corrected,
      rate: reviewed ? corrected / reviewed : null,
      open: Number(row.open),
      overdue: Number(row.overdue),
      repeated: Boolean(row.repeated),
    };
  });
  const sum = (k: 'reviewed' | 'corrected' | 'open' | 'overdue') => rows.reduce((a, row) => a + row[k], 0);
  const reviewed = sum('reviewed');
  return {
    by: query.by,
    year,
    total: {
      reviewed,
      corrected: sum('corrected'),
      rate: reviewed ? sum('corrected') / reviewed : null,
      open: sum('open'),
      overdue: sum('overdue'),
    },
    rows,
  };
}
