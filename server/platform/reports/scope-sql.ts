import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { MetricScope } from './define-metric.js';

/** The SQL condition restricting a metric's rows to its scope (district, and subtree when set). */
export function metricScopeCondition(
  scope: MetricScope,
  orgUnitColumn: AnyPgColumn,
  districtColumn: AnyPgColumn,
): SQL {
  const district = sql`${districtColumn} = ${scope.districtId}`;
  if (!scope.orgPath) return district;
  return sql`${district} AND ${orgUnitColumn} IN (SELECT id FROM org_units WHERE path LIKE ${`${scope.orgPath}%`})`;
}
