import { type SQL, sql } from 'drizzle-orm';
import {
  defineMetric,
  type MetricArgs,
  metricScopeCondition,
  type RecordPage,
} from '../../platform/reports/index.js';
import { CASE_CATEGORIES, CASE_RESULTS, WARNING_RULES } from './rules.js';
import { mediationCases as c, mediationPoints as p } from './schema.js';

type PageArgs = MetricArgs & { limit: number; offset: number };

/** One page of a figure's records and their total, from a select list and its FROM … WHERE. */
async function page(args: PageArgs, select: SQL, from: SQL, order: SQL, columns: RecordPage['columns']) {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(
      sql`SELECT ${select} FROM ${from} ORDER BY ${order} LIMIT ${args.limit} OFFSET ${args.offset}`,
    ),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${from}`),
  ]);
  return { columns, rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

/** Points established on or before the period's last day: a register is a state, so `from` does not matter. */
function pointsAt(args: MetricArgs): SQL {
  return sql`${metricScopeCondition(args.scope, p.orgUnitId, p.districtId)} AND ${p.establishedOn} <= ${args.period.to}`;
}

/** The villages and communities in scope: the units a point should cover. */
function villages(args: MetricArgs): SQL {
  const under = args.scope.orgPath ? sql` AND v.path LIKE ${`${args.scope.orgPath}%`}` : sql``;
  return sql`org_units v LEFT JOIN org_units s ON s.id = v.parent_id
    WHERE v.district_id = ${args.scope.districtId} AND v.type = 'village'${under}`;
}

const POINT_COLUMNS = [
  { key: 'street', label: '街道' },
  { key: 'unit', label: '村（社区）' },
  { key: 'established_on', label: '建成日期' },
  { key: 'lawyer', label: '法律顾问' },
];

/** 一(三)一 "186个行政村及社区": the 评理说事点 established by the period's end (seed: by 2020-04-30). */
export const pointsEstablished = defineMetric({
  key: 'mediation.points_established',
  label: '已建成村(居)民评理说事点数',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${p} WHERE ${pointsAt(args)}`,
    );
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) =>
    page(
      args,
      sql`${p.id} AS id, s.name AS street, u.name AS unit, ${p.establishedOn} AS established_on, ${p.lawyerName} AS lawyer`,
      sql`${p} JOIN org_units u ON u.id = ${p.orgUnitId} LEFT JOIN org_units s ON s.id = u.parent_id WHERE ${pointsAt(args)}`,
      sql`s.sort_order, u.sort_order, u.code`,
      POINT_COLUMNS,
    ),
});

/** 一(三)一 "建成率达100%": established points over the villages and communities in scope. */
export const pointCoverageRate = defineMetric({
  key: 'mediation.point_coverage_rate',
  label: '村(居)民评理说事点建成率',
  unit: 'rate',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ units: number; covered: number }>(sql`
      SELECT count(*)::int AS units,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${p} WHERE ${p.orgUnitId} = v.id AND ${pointsAt(args)}))::int AS covered
      FROM ${villages(args)}`);
    const units = Number(r.rows[0]?.units ?? 0);
    return { value: units ? Number(r.rows[0]?.covered) / units : 0 };
  },
  // The records are the villages and communities, each with its point's date (empty = not covered yet).
  records: (args) =>
    page(
      args,
      sql`v.id AS id, s.name AS street, v.name AS unit,
        (SELECT ${p.establishedOn} FROM ${p} WHERE ${p.orgUnitId} = v.id AND ${pointsAt(args)}) AS established_on`,
      villages(args),
      sql`s.sort_order, v.sort_order, v.code`,
      [
        { key: 'street', label: '街道' },
        { key: 'unit', label: '村（社区）' },
        { key: 'established_on', label: '建成日期' },
      ],
    ),
});

/** Cases registered in the period, scoped. */
function registeredIn(args: MetricArgs, extra: SQL = sql``): SQL {
  return sql`${metricScopeCondition(args.scope, c.orgUnitId, c.districtId)}
    AND ${c.registeredOn} BETWEEN ${args.period.from} AND ${args.period.to} ${extra}`;
}

const CASE_COLUMNS = [
  { key: 'number', label: '案件编号' },
  { key: 'unit', label: '调解组织所在村（社区）' },
  { key: 'category', label: '纠纷类型' },
  { key: 'registered_on', label: '受理日期' },
  { key: 'result', label: '调解结果' },
];

function casePage(args: PageArgs, where: SQL) {
  return page(
    args,
    sql`${c.id} AS id, ${c.number} AS number, u.name AS unit, ${c.category} AS category,
      ${c.registeredOn} AS registered_on, ${c.result} AS result`,
    sql`${c} JOIN org_units u ON u.id = ${c.orgUnitId} WHERE ${where}`,
    sql`${c.registeredOn}, ${c.number}`,
    CASE_COLUMNS,
  ).then((r) => ({
    ...r,
    rows: r.rows.map((row) => ({
      ...row,
      category: CASE_CATEGORIES[row.category as keyof typeof CASE_CATEGORIES] ?? row.category,
      result: CASE_RESULTS[row.result as keyof typeof CASE_RESULTS] ?? '',
    })),
  }));
}

/** 人民调解案件: the disputes the committees registered in the period, by the provincial categories. */
export const casesRegistered = defineMetric({
  key: 'mediation.cases_registered',
  label: '受理人民调解案件数',
  unit: 'count',
  breakdown: { by: 'category', labels: CASE_CATEGORIES },
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ category: string; n: number }>(
      sql`SELECT ${c.category} AS category, count(*)::int AS n FROM ${c} WHERE ${registeredIn(args)} GROUP BY 1`,
    );
    const breakdown: Record<string, number> = Object.fromEntries(
      Object.keys(CASE_CATEGORIES).map((k) => [k, 0]),
    );
    for (const row of r.rows) breakdown[row.category] = Number(row.n);
    return { value: Object.values(breakdown).reduce((a, b) => a + b, 0), breakdown };
  },
  records: (args) =>
    casePage(args, registeredIn(args, args.cell ? sql`AND ${c.category} = ${args.cell}` : sql``)),
});

/** Cases concluded in the period (a result recorded), scoped. */
function concludedIn(args: MetricArgs, extra: SQL = sql``): SQL {
  return sql`${metricScopeCondition(args.scope, c.orgUnitId, c.districtId)} AND ${c.result} IS NOT NULL
    AND ${c.concludedOn} BETWEEN ${args.period.from} AND ${args.period.to} ${extra}`;
}

/** 调解成功率: successful mediations over the cases concluded in the period. */
export const successRate = defineMetric({
  key: 'mediation.success_rate',
  label: '人民调解成功率',
  unit: 'rate',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ n: number; ok: number }>(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE ${c.result} = 'success')::int AS ok
      FROM ${c} WHERE ${concludedIn(args)}`);
    const n = Number(r.rows[0]?.n ?? 0);
    return { value: n ? Number(r.rows[0]?.ok) / n : 0 };
  },
  records: (args) => casePage(args, concludedIn(args)),
});

/** 司法确认: agreements the court confirmed in the period (人民调解法 第三十三条). */
export const agreementsConfirmed = defineMetric({
  key: 'mediation.agreements_confirmed',
  label: '经人民法院司法确认的调解协议数',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${c} WHERE ${confirmedIn(args)}`,
    );
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) => casePage(args, confirmedIn(args)),
});

function confirmedIn(args: MetricArgs): SQL {
  return sql`${metricScopeCondition(args.scope, c.orgUnitId, c.districtId)}
    AND ${c.confirmedOn} BETWEEN ${args.period.from} AND ${args.period.to}`;
}

/**
 * How many other cases registered within the window before this one name one of its parties: the same name and
 * telephone (the ledger keeps no ID numbers; a common name alone is not the same person).
 */
export function sameParty(): SQL {
  const { repeated } = WARNING_RULES;
  return sql`(SELECT count(DISTINCT o.id)::int FROM mediation_cases o, jsonb_array_elements(o.parties) op,
      jsonb_array_elements(${c.parties}) cp
    WHERE o.district_id = ${c.districtId} AND o.id <> ${c.id} AND op->>'name' = cp->>'name'
      AND coalesce(op->>'phone', '') = coalesce(cp->>'phone', '')
      AND o.registered_on BETWEEN ${c.registeredOn} - ${repeated.withinDays}::int AND ${c.registeredOn})`;
}

/** The early-warning condition of rules.ts WARNING_RULES in SQL (`warningReasons` in rules.ts, for one case). */
export function warningCondition(): SQL {
  const { repeated, manyPeople } = WARNING_RULES;
  return sql`(${c.atRisk} OR ${c.peopleInvolved} >= ${manyPeople.people} OR ${sameParty()} >= ${repeated.cases - 1})`;
}

/** 矛盾纠纷预警: cases registered in the period that raised an early warning to the street and the bureau. */
export const warningsRaised = defineMetric({
  key: 'mediation.warnings_raised',
  label: '矛盾纠纷预警数',
  unit: 'count',
  isPublic: false,
  async compute(args) {
    const r = await args.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${c} WHERE ${registeredIn(args, sql`AND ${warningCondition()}`)}`,
    );
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) => casePage(args, registeredIn(args, sql`AND ${warningCondition()}`)),
});

export const mediationMetrics = [
  pointsEstablished,
  pointCoverageRate,
  casesRegistered,
  successRate,
  agreementsConfirmed,
  warningsRaised,
];
