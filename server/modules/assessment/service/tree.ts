/** The district's indicator tree of a version, as stored, presented with each indicator's formula. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { IndicatorNode } from '../../../../common/contracts/assessment.js';
import type { Executor } from '../../../platform/db/index.js';
import { getMetricDef } from '../../../platform/reports/index.js';
import { formulaText } from '../rules.js';
import { assessmentIndicators as ind } from '../schema.js';
import { parentOf, type VersionFile, versionFiles } from './versions.js';

export type IndicatorRow = typeof ind.$inferSelect;

/** The stored indicators of a version, in code order (1, 1.1, 1.1.1, 1.1.2, 2 …). */
export async function indicatorRows(
  db: Executor,
  districtId: string,
  version: string,
): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(ind)
    .where(and(eq(ind.districtId, districtId), eq(ind.versionCode, version)))
    .orderBy(asc(sql`string_to_array(${ind.code}, '.')::int[]`));
}

/** An indicator as the screens show it: its scoring method, metric and formula, no score yet. */
export function presentIndicator(row: IndicatorRow): IndicatorNode {
  const metric = row.metricKey ? getMetricDef(row.metricKey) : undefined;
  const metricLabel = row.metricKey ? (metric?.label ?? null) : null;
  const spec = {
    method: row.method ?? 'hand',
    weight: row.weight,
    target: row.target,
    direction: row.direction,
    perItem: row.perItem,
  };
  return {
    code: row.code,
    parent: parentOf(row.code),
    level: row.level,
    name: row.name,
    confirmed: row.confirmed,
    weight: row.weight,
    method: row.method,
    metric: row.metricKey,
    metricLabel,
    metricUnit: metric?.unit ?? null,
    target: row.target,
    direction: row.direction,
    perItem: row.perItem,
    unitScope: row.unitScope,
    formula:
      row.level === 3
        ? formulaText({ ...spec, metricLabel: metricLabel ?? row.metricKey, metricUnit: metric?.unit })
        : '下级指标得分之和',
  };
}

/** A version as the API states it: the file's facts and how much of the tree the district has loaded. */
export async function presentVersion(db: Executor, districtId: string, file: VersionFile) {
  const counts = await db
    .select({ level: ind.level, n: sql<number>`count(*)::int` })
    .from(ind)
    .where(and(eq(ind.districtId, districtId), eq(ind.versionCode, file.version)))
    .groupBy(ind.level);
  const loaded = (level: number) => Number(counts.find((c) => c.level === level)?.n ?? 0);
  return {
    code: file.version,
    name: file.name,
    issuer: file.issuer,
    appliesFrom: file.appliesFrom,
    appliesTo: file.appliesTo,
    declared: file.declared,
    loaded: { level1: loaded(1), level2: loaded(2), level3: loaded(3) },
    source: file.source,
  };
}

export async function listVersions(db: Executor, districtId: string) {
  return Promise.all(versionFiles().map((f) => presentVersion(db, districtId, f)));
}
