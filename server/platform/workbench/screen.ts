import type { ScreenOut } from '../../../common/contracts/workbench.js';
import { sql } from 'drizzle-orm';
import { assertCan, orgScope } from '../authz/index.js';
import { clocks } from '../clocks/schema.js';
import type { Actor, Ctx } from '../context.js';
import { computeMetric, getMetricDef, listMetricDefs, resolvePeriod } from '../reports/index.js';
import { urgencyBounds } from './due-items.js';
import { listHeadlines } from './define-headline.js';
import { findOverview } from './overview.js';
import { findReportStatus } from './screen-panels.js';
import { findSupervision, RATING_THRESHOLDS, rate } from './supervision.js';
import { urgencySql } from './urgency-sql.js';

export type Screen = ScreenOut;

/** How far ahead the "due this week" panel looks, in calendar days from today, and how many it lists. */
export const DUE_WINDOW_DAYS = 7;
export const DUE_LIST_LENGTH = 50;

/**
 * The figures of the areas panel (issue #16, 基层法治: 评理说事点, 人民调解), each a metric computed over a
 * street's subtree. A figure whose metric is not installed is named as awaited, so the panel says what is
 * coming instead of staying empty.
 */
const AREA_FIGURES: (Screen['areas']['awaiting'][number] & { metricKey: string })[] = [
  {
    module: 'grassroots',
    metricKey: 'mediation.point_coverage_rate',
    label: { 'zh-CN': '评理说事点覆盖率', 'en-US': 'Mediation point coverage' },
  },
  {
    module: 'grassroots',
    metricKey: 'mediation.cases_registered',
    label: { 'zh-CN': '矛盾纠纷受理数', 'en-US': 'Disputes received' },
  },
  {
    module: 'grassroots',
    metricKey: 'mediation.success_rate',
    label: { 'zh-CN': '人民调解成功率', 'en-US': 'Mediation success rate' },
  },
];

/** The installed area figures of one tile: each metric over the year, scoped to the tile's subtree. */
async function tileFigures(
  ctx: Ctx,
  districtId: string,
  orgPath: string,
  year: number,
): Promise<Screen['areas']['tiles'][number]['figures']> {
  const period = resolvePeriod({ year }, ctx.today);
  const installed = AREA_FIGURES.map((f) => ({ f, def: getMetricDef(f.metricKey) })).filter((x) => x.def);
  return Promise.all(
    installed.map(async ({ f, def }) => ({
      metricKey: f.metricKey,
      label: f.label,
      unit: def!.unit ?? 'count',
      value: (await def!.compute({ db: ctx.db, period, scope: { districtId, orgPath } })).value,
    })),
  );
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Each headline's value over the year and over the year before, exactly as `/api/v1/metrics/:key` answers. */
async function headlines(ctx: Ctx, actor: Actor, year: number): Promise<Screen['headlines']> {
  const period = (y: number) => resolvePeriod({ year: y }, ctx.today);
  return Promise.all(
    listHeadlines().map(async (h) => {
      const [now, before] = await Promise.all([
        computeMetric(ctx.db, actor, h.metricKey, period(year)),
        computeMetric(ctx.db, actor, h.metricKey, period(year - 1)),
      ]);
      const unit = getMetricDef(h.metricKey)?.unit ?? 'count';
      return { metricKey: h.metricKey, label: h.label, unit, value: now.value, lastYear: before.value };
    }),
  );
}

/** The board's departments with their on-time share: open clocks not overdue. */
async function departments(ctx: Ctx): Promise<Screen['departments']> {
  return (await findSupervision(ctx))
    .filter((r) => r.unitType !== 'district' || r.open > 0)
    .map(({ unitType: _, ...r }) => ({ ...r, onTime: r.open - r.overdue }));
}

/**
 * The district's streets as tiles (a district without streets: its first-level units), each with its
 * villages and communities counted and the open and overdue clocks of its whole subtree.
 */
async function areaTiles(
  ctx: Ctx,
  actor: Actor,
  year: number,
): Promise<Pick<Screen['areas'], 'tileType' | 'tiles'>> {
  const urgency = urgencySql(await urgencyBounds(ctx));
  const result = await ctx.db.execute<{
    unit_id: string;
    unit_name: string;
    unit_type: string;
    unit_path: string;
    children: number;
    open: number;
    overdue: number;
    due_soon: number;
  }>(sql`
    WITH tiles AS (
      SELECT s.id, s.name, s.type, s.path, s.sort_order FROM org_units s
      WHERE s.district_id = ${actor.districtId} AND (s.type = 'street' OR (
        s.parent_id = ${actor.districtId} AND NOT EXISTS (
          SELECT 1 FROM org_units x WHERE x.district_id = ${actor.districtId} AND x.type = 'street')))
    ), open_clocks AS (
      SELECT u.path, ${urgency} AS urgency
      FROM ${clocks} JOIN org_units u ON u.id = ${clocks.orgUnitId}
      WHERE ${clocks.status} <> 'stopped' AND ${orgScope(actor, clocks.orgUnitId, clocks.districtId)}
    )
    SELECT t.id AS unit_id, t.name AS unit_name, t.type AS unit_type, t.path AS unit_path,
           (SELECT count(*) FROM org_units v WHERE v.parent_id = t.id)::int AS children,
           count(c.path)::int AS open,
           count(*) FILTER (WHERE c.urgency = 'overdue')::int AS overdue,
           count(*) FILTER (WHERE c.urgency = 'due_soon')::int AS due_soon
    FROM tiles t LEFT JOIN open_clocks c ON c.path LIKE t.path || '%'
    GROUP BY t.id, t.name, t.type, t.path, t.sort_order
    ORDER BY t.sort_order, t.name`);
  const tiles = await Promise.all(
    result.rows.map(async (r) => ({
      unitId: r.unit_id,
      unitName: r.unit_name,
      children: r.children,
      open: r.open,
      overdue: r.overdue,
      rating: rate({ overdue: r.overdue, dueSoon: r.due_soon }),
      figures: await tileFigures(ctx, actor.districtId, r.unit_path, year),
    })),
  );
  return { tileType: result.rows[0]?.unit_type ?? 'street', tiles };
}

/** Running clocks due from today through the next 7 days, the earliest first (overdue ones are the board's). */
async function dueThisWeek(ctx: Ctx, actor: Actor): Promise<Screen['dueThisWeek']> {
  const from = ctx.today;
  const to = addDays(from, DUE_WINDOW_DAYS);
  const where = sql`${clocks.status} = 'running' AND ${clocks.dueOn} BETWEEN ${from} AND ${to}
    AND ${orgScope(actor, clocks.orgUnitId, clocks.districtId)}`;
  const [list, total] = await Promise.all([
    ctx.db.execute<Screen['dueThisWeek']['items'][number]>(sql`
      SELECT ${clocks.id} AS "clockId", ${clocks.clockKey} AS "clockKey", ${clocks.title} AS title,
             ${clocks.subjectType} AS "subjectType", ${clocks.subjectId} AS "subjectId",
             to_char(${clocks.dueOn}, 'YYYY-MM-DD') AS "dueOn", ${clocks.orgUnitId} AS "orgUnitId",
             u.name AS "unitName"
      FROM ${clocks} LEFT JOIN org_units u ON u.id = ${clocks.orgUnitId}
      WHERE ${where}
      ORDER BY ${clocks.dueOn}, ${clocks.title}, ${clocks.id}
      LIMIT ${DUE_LIST_LENGTH}`),
    ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${clocks} WHERE ${where}`),
  ]);
  return { from, to, count: total.rows[0]?.n ?? 0, items: list.rows };
}

/** The figures the areas panel waits for: those whose metric is not installed yet. */
function awaitingFigures(): Screen['areas']['awaiting'] {
  const installed = new Set(listMetricDefs().map((m) => m.key));
  return AREA_FIGURES.filter((f) => !installed.has(f.metricKey)).map(({ module, label }) => ({
    module,
    label,
  }));
}

/**
 * 数据大屏: everything the leaders' overview shows, in one answer — the installed modules' headline figures
 * beside last year's, the monthly trends, the departments' on-time and overdue work rated red / amber /
 * green, the streets as tiles, the clocks due this week and the annual report's status. District-wide roles
 * only (leader, coordinator). Each panel is one round of queries, the panels run side by side.
 */
export async function findScreen(ctx: Ctx, asked?: number): Promise<Screen> {
  const actor = ctx.actor;
  assertCan(actor, 'clocks.view_overview');
  // The overview settles the year (this year if it has records, else the latest that has).
  const overview = await findOverview(ctx, asked);
  const { year } = overview;
  const [figures, units, areas, due, reportStatus] = await Promise.all([
    headlines(ctx, actor, year),
    departments(ctx),
    areaTiles(ctx, actor, year),
    dueThisWeek(ctx, actor),
    findReportStatus(ctx, year),
  ]);
  return {
    year,
    years: overview.years,
    today: ctx.today,
    generatedAt: new Date().toISOString(),
    headlines: figures,
    trends: { months: overview.months, series: overview.series },
    departments: units,
    thresholds: RATING_THRESHOLDS,
    areas: { source: 'org_tree', ...areas, awaiting: awaitingFigures() },
    dueThisWeek: due,
    reportStatus,
  };
}
