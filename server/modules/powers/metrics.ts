import { type SQL, sql } from 'drizzle-orm';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../platform/reports/index.js';
import { CATEGORIES, CATEGORY_LABELS } from './rules.js';
import { powerItemVersions as v } from './schema.js';

/**
 * The versions in force at the end of the period: published on or before `to`, and neither superseded
 * by a revision nor repealed on or before it (rules.ts `isInForceOn`). A list is a state, not a flow:
 * `from` does not matter — an item published in 2019 and still in force counts in 2020.
 */
function inForceAt(args: MetricArgs, cell?: string): SQL {
  const to = args.period.to;
  return sql`${metricScopeCondition(args.scope, v.orgUnitId, v.districtId)}
    AND ${v.publishedOn} <= ${to}
    AND (${v.supersededOn} IS NULL OR ${v.supersededOn} > ${to})
    AND (${v.repealedOn} IS NULL OR ${v.repealedOn} > ${to})
    ${cell ? sql`AND ${v.category} = ${cell}` : sql``}`;
}

function zeroes(): Record<string, number> {
  return Object.fromEntries(CATEGORIES.map((c) => [c.code, 0]));
}

/** 一(五)二 "在网站公示……共计1590项": items of the published list in force at period end, by category. */
export const itemsPublished = defineMetric({
  key: 'powers.items_published',
  label: '公示的行政职权事项数',
  unit: 'count',
  breakdown: { by: 'category', labels: CATEGORY_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ category: string; n: number }>(sql`
      SELECT ${v.category} AS category, count(*)::int AS n FROM ${v} WHERE ${inForceAt(args)} GROUP BY 1`);
    const breakdown = zeroes();
    let value = 0;
    for (const row of result.rows) {
      breakdown[row.category] = Number(row.n);
      value += Number(row.n);
    }
    return { value, breakdown };
  },
  async records(args) {
    const where = inForceAt(args, args.cell);
    const [rows, total] = await Promise.all([
      args.db.execute<Record<string, unknown>>(sql`
        SELECT ${v.itemId} AS id, ${v.code} AS code, ${v.name} AS name, ${v.category} AS category,
          u.name AS department, ${v.version} AS version, ${v.publishedOn} AS published_on
        FROM ${v} JOIN org_units u ON u.id = ${v.orgUnitId}
        WHERE ${where}
        ORDER BY u.sort_order, u.code, ${v.code}
        LIMIT ${args.limit} OFFSET ${args.offset}`),
      args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${v} WHERE ${where}`),
    ]);
    return {
      columns: [
        { key: 'code', label: '事项编码' },
        { key: 'name', label: '事项名称' },
        { key: 'category', label: '职权类别' },
        { key: 'department', label: '实施主体' },
        { key: 'version', label: '版本' },
        { key: 'published_on', label: '发布日期' },
      ],
      rows: rows.rows.map((r) => ({
        ...r,
        category: CATEGORY_LABELS[r.category as keyof typeof CATEGORY_LABELS] ?? r.category,
      })),
      total: Number(total.rows[0]?.n ?? 0),
    };
  },
});

/** 一(五)二 "公示35个部门行政职权": the distinct implementing departments of the items in force at period end. */
export const departmentsPublished = defineMetric({
  key: 'powers.departments_published',
  label: '公示行政职权的部门数',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ n: number }>(
      sql`SELECT count(DISTINCT ${v.orgUnitId})::int AS n FROM ${v} WHERE ${inForceAt(args)}`,
    );
    return { value: Number(result.rows[0]?.n ?? 0) };
  },
  async records(args) {
    const where = inForceAt(args);
    const [rows, total] = await Promise.all([
      args.db.execute<Record<string, unknown>>(sql`
        SELECT u.id AS id, u.code AS code, u.name AS name, count(*)::int AS items
        FROM ${v} JOIN org_units u ON u.id = ${v.orgUnitId}
        WHERE ${where}
        GROUP BY u.id, u.code, u.name, u.sort_order
        ORDER BY u.sort_order, u.code
        LIMIT ${args.limit} OFFSET ${args.offset}`),
      args.db.execute<{ n: number }>(
        sql`SELECT count(DISTINCT ${v.orgUnitId})::int AS n FROM ${v} WHERE ${where}`,
      ),
    ]);
    return {
      columns: [
        { key: 'code', label: '机构代码' },
        { key: 'name', label: '部门名称' },
        { key: 'items', label: '公示事项数' },
      ],
      rows: rows.rows,
      total: Number(total.rows[0]?.n ?? 0),
    };
  },
});
