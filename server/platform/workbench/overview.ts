import type { OverviewOut } from '../../../common/contracts/workbench.js';
import { sql } from 'drizzle-orm';
import { assertCan, isDistrictWide } from '../authz/index.js';
import type { Ctx } from '../context.js';
import type { MetricScope, Period } from '../reports/define-metric.js';
import { listOverviewSeries } from './define-overview.js';
import { findSupervision } from './supervision.js';

export type Overview = OverviewOut;
type OverviewDepartment = OverviewOut['departments'][number];

const ALL_TIME: Period = { from: '1949-10-01', to: '2999-12-31' };

/** Each unit of the district → its first-level unit (the district's own id for the district itself). */
async function topUnits(ctx: Ctx, districtId: string): Promise<Map<string, string>> {
  const result = await ctx.db.execute<{ id: string; top_id: string }>(sql`
    SELECT id, coalesce(nullif(split_part(path, '/', 3), ''), split_part(path, '/', 2)) AS top_id
    FROM org_units WHERE district_id = ${districtId}`);
  return new Map(result.rows.map((r) => [r.id, r.top_id]));
}

/**
 * The leader's overview of a year: each declared series (modules' `overview`) by month and by first-level
 * unit, beside each unit's open and overdue clocks today. Without a year: this year if it has records, else
 * the latest year that has.
 */
export async function findOverview(ctx: Ctx, asked?: number): Promise<Overview> {
  const actor = ctx.actor;
  assertCan(actor, 'clocks.view_overview');
  const scope: MetricScope = {
    districtId: actor.districtId,
    orgPath: isDistrictWide(actor) ? null : actor.orgPath,
  };
  // Every year at once: the selector's years and the chosen year's cells come from the same counts.
  const ever = await Promise.all(
    listOverviewSeries().map(async (s) => ({
      s,
      cells: await s.count({ db: ctx.db, period: ALL_TIME, scope }),
    })),
  );
  const years = [...new Set(ever.flatMap(({ cells }) => cells.map((c) => Number(c.month.slice(0, 4)))))].sort(
    (a, b) => b - a,
  );
  const thisYear = Number(ctx.today.slice(0, 4));
  const year = asked ?? (years.includes(thisYear) ? thisYear : (years[0] ?? thisYear));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const [tops, board] = await Promise.all([topUnits(ctx, actor.districtId), findSupervision(ctx)]);
  const counted = ever.map(({ s, cells }) => ({
    s,
    cells: cells.filter((c) => c.month.startsWith(`${year}-`)),
  }));
  const departments = new Map<string, OverviewDepartment>(
    board.map((r) => [
      r.unitId,
      { unitId: r.unitId, unitName: r.unitName, values: {}, open: r.open, overdue: r.overdue },
    ]),
  );
  const series = counted.map(({ s, cells }) => {
    const byMonth = months.map(() => 0);
    for (const cell of cells) {
      byMonth[months.indexOf(cell.month)]! += cell.value;
      const dept = departments.get(tops.get(cell.orgUnitId) ?? '');
      if (dept) dept.values[s.key] = (dept.values[s.key] ?? 0) + cell.value;
    }
    const total = byMonth.reduce((a, b) => a + b, 0);
    return { key: s.key, label: s.label, metricKey: s.metricKey ?? null, byMonth, total };
  });
  const weight = (d: OverviewDepartment) => Object.values(d.values).reduce((a, b) => a + b, 0) + d.open;
  return {
    year,
    years,
    months,
    series,
    departments: [...departments.values()].filter((d) => weight(d) > 0).sort((a, b) => weight(b) - weight(a)),
  };
}
