/**
 * Figures of the inspection-plan regime (行政检查计划, 于洪区行政检查计划管理办法): completion against the filed
 * plans, and inspections carried out without a plan item — each with the records behind it.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  INSPECTION_FREQUENCIES,
  INSPECTION_RESULTS,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../../platform/reports/index.js';
import { powers } from '../../powers/index.js';
import {
  enforcementInspectionPlanItems as pi,
  enforcementInspectionPlans as p,
  enforcementInspections as i,
} from './schema.js';
import { cellOf, inPeriod, labelsOf, listRows, type PageArgs, rateOf, tally } from '../shared/metrics.js';

const RESULT_LABELS = labelsOf(INSPECTION_RESULTS);
const FREQUENCY_LABELS = labelsOf(INSPECTION_FREQUENCIES);

/**
 * The filed plans of the period's year(s), one row per plan item with the inspections done against it from
 * the plan year's start to the period's end (or the year's end, whichever is first).
 */
function planItems(args: MetricArgs): SQL {
  const { from, to } = args.period;
  return sql`SELECT ${pi.id} AS id, ${p.orgUnitId} AS org_unit_id, ${p.year} AS year, ${pi.powerItemId} AS power_item_id,
      ${pi.frequency} AS frequency, ${pi.targets} AS targets, ${pi.plannedCount} AS planned,
      (SELECT count(*)::int FROM ${i} WHERE ${i.planItemId} = ${pi.id}
        AND ${i.inspectedOn} BETWEEN make_date(${p.year}, 1, 1) AND LEAST(${to}::date, make_date(${p.year}, 12, 31))) AS done
    FROM ${pi} JOIN ${p} ON ${p.id} = ${pi.planId}
    WHERE ${metricScopeCondition(args.scope, p.orgUnitId, p.districtId)} AND ${p.filedOn} IS NOT NULL
      AND ${p.year} BETWEEN extract(year FROM ${from}::date) AND extract(year FROM ${to}::date)`;
}

const ITEM_CELLS: Record<string, SQL> = {
  completed: sql`x.done >= x.planned`,
  incomplete: sql`x.done < x.planned`,
};

/** 行政检查计划完成率: inspections done against plan (each item counted up to its planned number) ÷ planned. */
export const inspectionPlanCompletion = defineMetric({
  key: 'enforcement.inspection_plan_completion',
  label: '行政检查计划完成率',
  unit: 'rate',
  breakdown: { by: 'plan_item', labels: { completed: '已完成的计划事项', incomplete: '未完成的计划事项' } },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{
      planned: number;
      done: number;
      completed: number;
      items: number;
    }>(sql`
      SELECT COALESCE(sum(x.planned), 0)::int AS planned, COALESCE(sum(LEAST(x.done, x.planned)), 0)::int AS done,
        count(*) FILTER (WHERE ${ITEM_CELLS.completed})::int AS completed, count(*)::int AS items
      FROM (${planItems(args)}) x`);
    const row = result.rows[0];
    const completed = Number(row?.completed ?? 0);
    return {
      value: rateOf(Number(row?.done ?? 0), Number(row?.planned ?? 0)),
      breakdown: { completed, incomplete: Number(row?.items ?? 0) - completed },
    };
  },
  records(args: PageArgs) {
    const cell = args.cell && ITEM_CELLS[args.cell] ? sql` AND ${ITEM_CELLS[args.cell]}` : sql``;
    const where = sql`FROM (${planItems(args)}) x JOIN org_units u ON u.id = x.org_unit_id WHERE true${cell}`;
    const power = powers.powerNameSql(sql`x.power_item_id`);
    return listRows(
      args,
      [
        { key: 'body', label: '执法主体' },
        { key: 'year', label: '计划年度' },
        { key: 'power', label: '检查事项' },
        { key: 'frequency', label: '检查频次' },
        { key: 'targets', label: '检查对象' },
        { key: 'planned', label: '计划检查次数' },
        { key: 'done', label: '已检查次数' },
      ],
      sql`SELECT x.id, u.name AS body, x.year, ${power} AS power,
          CASE x.frequency ${sql.join(
            INSPECTION_FREQUENCIES.map((f) => sql`WHEN ${f.code} THEN ${FREQUENCY_LABELS[f.code]}`),
            sql` `,
          )} ELSE x.frequency END AS frequency,
          x.targets, x.planned, x.done
        ${where} ORDER BY u.sort_order, u.code, ${power}, x.id`,
      sql`SELECT count(*)::int AS n ${where}`,
    );
  },
});

const unplannedIn = (
  args: MetricArgs,
): SQL => sql`${metricScopeCondition(args.scope, i.orgUnitId, i.districtId)}
  AND ${inPeriod(args, i.inspectedOn)} AND ${i.planItemId} IS NULL`;

/** 计划外检查: inspections of the period without a plan item (flagged to the coordinator), by result. */
export const inspectionsUnplanned = defineMetric({
  key: 'enforcement.inspections_unplanned',
  label: '计划外行政检查次数',
  unit: 'count',
  breakdown: { by: 'result', labels: RESULT_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; n: number }>(
      sql`SELECT ${i.result} AS k, count(*)::int AS n FROM ${i} WHERE ${unplannedIn(args)} GROUP BY 1`,
    );
    return tally(Object.keys(RESULT_LABELS), result.rows);
  },
  records(args: PageArgs) {
    const where = sql`${unplannedIn(args)}${cellOf(i.result, args.cell)}`;
    return listRows(
      args,
      [
        { key: 'body', label: '执法主体' },
        { key: 'inspectedOn', label: '检查日期' },
        { key: 'power', label: '检查事项' },
        { key: 'target', label: '检查对象' },
        { key: 'result', label: '检查结果' },
        { key: 'note', label: '说明' },
      ],
      sql`SELECT ${i.id} AS id, u.name AS body, ${i.inspectedOn} AS "inspectedOn", ${powers.powerNameSql(i.powerItemId)} AS power,
          ${i.targetName} AS target,
          CASE ${i.result} ${sql.join(
            INSPECTION_RESULTS.map((r) => sql`WHEN ${r.code} THEN ${r.label}`),
            sql` `,
          )} ELSE ${i.result} END AS result, ${i.note} AS note
        FROM ${i} JOIN org_units u ON u.id = ${i.orgUnitId}
        WHERE ${where} ORDER BY ${i.inspectedOn}, u.sort_order, ${i.id}`,
      sql`SELECT count(*)::int AS n FROM ${i} WHERE ${where}`,
    );
  },
});
