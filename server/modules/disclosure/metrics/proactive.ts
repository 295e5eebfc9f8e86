import { type SQL, sql } from 'drizzle-orm';
import {
  PROACTIVE_CATEGORIES,
  PROACTIVE_CATEGORY_LABELS,
  type ProactiveCategory,
} from '../../../../common/contracts/disclosure/proactive.js';
import {
  defineMetric,
  type MetricArgs,
  metricScopeCondition,
  type RecordPage,
} from '../../../platform/reports/index.js';
import { disclosureProactiveItems as p } from '../schema/proactive.js';

/**
 * Items disclosed in the period: published within it and not withdrawn by its end (a withdrawal means the
 * item is no longer disclosed; one withdrawn after the period still counted then).
 */
function publishedIn(args: MetricArgs, extra: SQL = sql``): SQL {
  const { from, to } = args.period;
  return sql`${metricScopeCondition(args.scope, p.orgUnitId, p.districtId)}
    AND ${p.publishedOn} BETWEEN ${from} AND ${to}
    AND (${p.withdrawnOn} IS NULL OR ${p.withdrawnOn} > ${to}) ${extra}`;
}

const ITEM_RECORD_COLUMNS = [
  { key: 'title', label: '信息名称' },
  { key: 'document_number', label: '文号' },
  { key: 'category', label: '信息类别' },
  { key: 'department', label: '公开单位' },
  { key: 'formed_on', label: '形成或变更日期' },
  { key: 'published_on', label: '公开日期' },
  { key: 'due_on', label: '应公开日期' },
  { key: 'late', label: '是否逾期' },
];

/** The entries behind a figure or a cell, in one order, with labels instead of codes. */
async function itemRecords(
  args: MetricArgs & { limit: number; offset: number },
  where: SQL,
): Promise<RecordPage> {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${p.id} AS id, ${p.title} AS title, ${p.documentNumber} AS document_number,
        ${p.category} AS category, u.name AS department, ${p.formedOn} AS formed_on,
        ${p.publishedOn} AS published_on, ${p.dueOn} AS due_on, ${p.isLate} AS is_late
      FROM ${p} JOIN org_units u ON u.id = ${p.orgUnitId}
      WHERE ${where}
      ORDER BY ${p.publishedOn}, u.sort_order, u.code, ${p.title}, ${p.id}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${p} WHERE ${where}`),
  ]);
  return {
    columns: ITEM_RECORD_COLUMNS,
    rows: rows.rows.map(({ is_late, ...r }) => ({
      ...r,
      category: PROACTIVE_CATEGORY_LABELS[r.category as ProactiveCategory] ?? r.category,
      late: is_late ? '逾期' : '按期',
    })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

/** 一(六)三 "全年主动公开信息5604条": items published in the period, by category (条例 第二十条、第二十一条). */
export const proactiveItems = defineMetric({
  key: 'disclosure.proactive_items',
  label: '主动公开政府信息数',
  unit: 'count',
  breakdown: { by: 'category', labels: PROACTIVE_CATEGORY_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ category: string; n: number }>(sql`
      SELECT ${p.category} AS category, count(*)::int AS n FROM ${p} WHERE ${publishedIn(args)} GROUP BY 1`);
    const breakdown: Record<string, number> = Object.fromEntries(
      PROACTIVE_CATEGORIES.map((c) => [c.code, 0]),
    );
    let value = 0;
    for (const row of result.rows) {
      breakdown[row.category] = Number(row.n);
      value += Number(row.n);
    }
    return { value, breakdown };
  },
  records: (args) =>
    itemRecords(args, publishedIn(args, args.cell ? sql`AND ${p.category} = ${args.cell}` : sql``)),
});

const ON_TIME_CELLS: Record<string, SQL> = {
  on_time: sql`AND NOT ${p.isLate}`,
  late: sql`AND ${p.isLate}`,
};

/** Share of the period's items published within 20 working days of formation (条例 第二十六条), 0–1. */
export const proactiveOnTimeRate = defineMetric({
  key: 'disclosure.proactive_on_time_rate',
  label: '主动公开信息按期公开率',
  unit: 'rate',
  breakdown: { by: 'timeliness', labels: { on_time: '按期公开', late: '逾期公开' } },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ on_time: number; late: number }>(sql`
      SELECT count(*) FILTER (WHERE NOT ${p.isLate})::int AS on_time, count(*) FILTER (WHERE ${p.isLate})::int AS late
      FROM ${p} WHERE ${publishedIn(args)}`);
    const onTime = Number(result.rows[0]?.on_time ?? 0);
    const late = Number(result.rows[0]?.late ?? 0);
    // No items: nothing was late, so the rate is 1 rather than undefined.
    const value = onTime + late === 0 ? 1 : Math.round((onTime / (onTime + late)) * 10_000) / 10_000;
    return { value, breakdown: { on_time: onTime, late } };
  },
  records: (args) => itemRecords(args, publishedIn(args, (args.cell && ON_TIME_CELLS[args.cell]) || sql``)),
});

/** Items published in the period per unit (breakdown keyed by the unit's code), with each unit's late count. */
export const proactiveItemsByUnit = defineMetric({
  key: 'disclosure.proactive_items_by_unit',
  label: '各单位主动公开政府信息数',
  unit: 'count',
  breakdown: { by: 'org_unit_code', labels: {} },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ code: string; n: number }>(sql`
      SELECT u.code AS code, count(*)::int AS n FROM ${p} JOIN org_units u ON u.id = ${p.orgUnitId}
      WHERE ${publishedIn(args)} GROUP BY u.code ORDER BY u.code`);
    const breakdown = Object.fromEntries(result.rows.map((r) => [r.code, Number(r.n)]));
    return { value: Object.values(breakdown).reduce((a, b) => a + b, 0), breakdown };
  },
  async records(args) {
    if (args.cell) {
      return itemRecords(
        args,
        publishedIn(args, sql`AND ${p.orgUnitId} IN (SELECT id FROM org_units WHERE code = ${args.cell})`),
      );
    }
    const where = publishedIn(args);
    const [rows, total] = await Promise.all([
      args.db.execute<Record<string, unknown>>(sql`
        SELECT u.id AS id, u.code AS code, u.name AS name, count(*)::int AS items,
          count(*) FILTER (WHERE ${p.isLate})::int AS late
        FROM ${p} JOIN org_units u ON u.id = ${p.orgUnitId}
        WHERE ${where}
        GROUP BY u.id, u.code, u.name, u.sort_order
        ORDER BY u.sort_order, u.code
        LIMIT ${args.limit} OFFSET ${args.offset}`),
      args.db.execute<{ n: number }>(
        sql`SELECT count(DISTINCT ${p.orgUnitId})::int AS n FROM ${p} WHERE ${where}`,
      ),
    ]);
    return {
      columns: [
        { key: 'code', label: '机构代码' },
        { key: 'name', label: '单位名称' },
        { key: 'items', label: '主动公开信息数' },
        { key: 'late', label: '其中逾期' },
      ],
      rows: rows.rows,
      total: Number(total.rows[0]?.n ?? 0),
    };
  },
});
