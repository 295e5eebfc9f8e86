import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';
import type { MetricScope, Period } from '../reports/define-metric.js';
import { metricScopeCondition } from '../reports/scope-sql.js';

/** One cell of a leader's overview series: a month and the org unit that owns the records. */
export interface OverviewCell {
  /** YYYY-MM */
  month: string;
  orgUnitId: string;
  value: number;
}

/**
 * A figure the leader's overview charts by month and by department (cases opened, requests received …).
 * The module counts its own records per month and org unit; the kernel rolls units up into departments.
 */
export interface OverviewSeries {
  /** `<module>.<measure>`. */
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  /** The report figure whose records a chart cell drills down to (`/api/v1/metrics/:key/records`). */
  metricKey?: string;
  count(args: { db: Executor; period: Period; scope: MetricScope }): Promise<OverviewCell[]>;
}

const KEY = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;
const registry = new Map<string, OverviewSeries>();

/** Declares an overview series (listed in a manifest's `overview`; registered at boot). */
export function defineOverviewSeries(series: OverviewSeries): OverviewSeries {
  if (!KEY.test(series.key)) throw new Error(`Overview series ${series.key}: use <module>.<measure>`);
  return Object.freeze(series);
}

/** Registers a declared series (kernel boot only); two under one key stop the boot. */
export function registerOverviewSeries(series: OverviewSeries): void {
  const existing = registry.get(series.key);
  if (existing && existing !== series) throw new Error(`Overview series ${series.key} is declared twice`);
  registry.set(series.key, series);
}

export function listOverviewSeries(): OverviewSeries[] {
  return [...registry.values()];
}

interface CountSource {
  table: PgTable;
  /** The date the record counts on (opened_on, received_on …). */
  dateColumn: AnyPgColumn;
  orgUnitColumn: AnyPgColumn;
  districtColumn: AnyPgColumn;
  /** Further condition, e.g. only decided cases. */
  where?: SQL;
}

/**
 * The usual `count` of a series: the module's records per month and org unit, in the scope and period. The
 * module passes its own table, so its SQL names only its tables (scripts/check-sql-walls.mjs).
 */
export function countByMonthAndUnit(source: CountSource): OverviewSeries['count'] {
  return async ({ db, period, scope }) => {
    const { table, dateColumn, orgUnitColumn, districtColumn, where } = source;
    const result = await db.execute<{ month: string; org_unit_id: string; value: number }>(sql`
      SELECT to_char(${dateColumn}, 'YYYY-MM') AS month, ${orgUnitColumn} AS org_unit_id, count(*)::int AS value
      FROM ${table}
      WHERE ${metricScopeCondition(scope, orgUnitColumn, districtColumn)}
        AND ${dateColumn} BETWEEN ${period.from} AND ${period.to}
        ${where ? sql`AND ${where}` : sql``}
      GROUP BY 1, 2`);
    return result.rows.map((r) => ({ month: r.month, orgUnitId: r.org_unit_id, value: Number(r.value) }));
  };
}
