/**
 * Timeliness figures of the three systems' 公示 (国办发〔2018〕118号: 7 WD for 许可/处罚, 20 WD for the others)
 * and of 重大处罚备案 (the filing period set by the coordinator), each with the records behind it.
 */
import { type SQL, sql } from 'drizzle-orm';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../../platform/reports/index.js';
import { enforcementCases as c, enforcementFilings as f } from '../cases/schema.js';
import {
  caseRecords,
  casesInScope,
  inPeriod,
  listRows,
  type PageArgs,
  rateOf,
  tally,
} from '../shared/metrics.js';

/** Decisions that must be published (`not_required` are kept private by law). */
const MUST_PUBLISH = sql`${c.publicationDueOn} IS NOT NULL AND ${c.publicationState} IS DISTINCT FROM 'not_required'`;

const TIMELINESS: Record<string, SQL> = {
  on_time: sql`${c.publishedOn} IS NOT NULL AND ${c.publishedOn} <= ${c.publicationDueOn}`,
  late: sql`${c.publishedOn} > ${c.publicationDueOn}`,
  unpublished: sql`${c.publishedOn} IS NULL`,
};
const TIMELINESS_LABELS = { on_time: '按期公示', late: '逾期公示', unpublished: '尚未公示' };

/** One condition per cell, so a figure and its drill-down count the same rows. */
const cellWhere = (cells: Record<string, SQL>, cell?: string): SQL =>
  cell && cells[cell] ? sql` AND ${cells[cell]}` : sql``;

const kOf = (cells: Record<string, SQL>): SQL =>
  sql`CASE ${sql.join(
    Object.entries(cells).map(([k, cond]) => sql`WHEN ${cond} THEN ${k}`),
    sql` `,
  )} END`;

const dueIn = (args: MetricArgs) => sql`${MUST_PUBLISH} AND ${inPeriod(args, c.publicationDueOn)}`;

/**
 * 公示及时率: decisions whose publication fell due in the period and were published by their due date ÷ those
 * due. A publication later withdrawn (decision changed, 处罚法 第四十八条) still counts by when it went up.
 */
export const publicationOnTimeRate = defineMetric({
  key: 'enforcement.publication_on_time_rate',
  label: '执法决定按期公示率',
  unit: 'rate',
  breakdown: { by: 'timeliness', labels: TIMELINESS_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; n: number }>(sql`
      SELECT ${kOf(TIMELINESS)} AS k, count(*)::int AS n FROM ${c}
      WHERE ${casesInScope(args)} AND ${dueIn(args)} GROUP BY 1`);
    const { value, breakdown } = tally(Object.keys(TIMELINESS_LABELS), result.rows);
    return { value: rateOf(breakdown.on_time ?? 0, value), breakdown };
  },
  records: (args: PageArgs) =>
    caseRecords(args, sql`${dueIn(args)}${cellWhere(TIMELINESS, args.cell)}`, sql`${c.publicationDueOn}`),
});

const overdueCells = (args: MetricArgs): Record<string, SQL> => ({
  // Past its due date on the period's last day and not up by then.
  pending_overdue: sql`${c.publicationDueOn} < ${args.period.to}
    AND (${c.publishedOn} IS NULL OR ${c.publishedOn} > ${args.period.to})`,
  published_late: sql`${inPeriod(args, c.publishedOn)} AND ${c.publishedOn} > ${c.publicationDueOn}`,
});

/** 逾期公示: decisions still unpublished past their due date at the period's end, or published late in it. */
export const publicationsOverdue = defineMetric({
  key: 'enforcement.publications_overdue',
  label: '逾期公示的执法决定数',
  unit: 'count',
  breakdown: { by: 'overdue', labels: { pending_overdue: '期末逾期未公示', published_late: '逾期后公示' } },
  isPublic: true,
  async compute(args) {
    const cells = overdueCells(args);
    const result = await args.db.execute<{ k: string; n: number }>(sql`
      SELECT ${kOf(cells)} AS k, count(*)::int AS n FROM ${c}
      WHERE ${casesInScope(args)} AND ${MUST_PUBLISH} AND (${sql.join(Object.values(cells), sql` OR `)})
      GROUP BY 1`);
    return tally(Object.keys(cells), result.rows);
  },
  records(args: PageArgs) {
    const cells = overdueCells(args);
    const any = sql`(${sql.join(Object.values(cells), sql` OR `)})`;
    return caseRecords(
      args,
      sql`${MUST_PUBLISH} AND ${any}${cellWhere(cells, args.cell)}`,
      sql`${c.publicationDueOn}`,
    );
  },
});

const FILING: Record<string, SQL> = {
  on_time: sql`${f.filedOn} IS NOT NULL AND ${f.filedOn} <= ${f.dueOn}`,
  late: sql`${f.filedOn} > ${f.dueOn}`,
  unfiled: sql`${f.filedOn} IS NULL`,
};
const FILING_LABELS = { on_time: '按期备案', late: '逾期备案', unfiled: '尚未备案' };
const filingsDueIn = (args: MetricArgs) =>
  sql`${metricScopeCondition(args.scope, f.orgUnitId, f.districtId)} AND ${inPeriod(args, f.dueOn)}`;

/** 重大处罚备案及时率: filings falling due in the period that were filed by their due date ÷ those due. */
export const filingsOnTimeRate = defineMetric({
  key: 'enforcement.filings_on_time_rate',
  label: '重大行政处罚按期备案率',
  unit: 'rate',
  breakdown: { by: 'timeliness', labels: FILING_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; n: number }>(sql`
      SELECT ${kOf(FILING)} AS k, count(*)::int AS n FROM ${f} WHERE ${filingsDueIn(args)} GROUP BY 1`);
    const { value, breakdown } = tally(Object.keys(FILING_LABELS), result.rows);
    return { value: rateOf(breakdown.on_time ?? 0, value), breakdown };
  },
  records(args: PageArgs) {
    const where = sql`${filingsDueIn(args)}${cellWhere(FILING, args.cell)}`;
    return listRows(
      args,
      [
        { key: 'caseNumber', label: '案件编号' },
        { key: 'body', label: '执法主体' },
        { key: 'decisionNumber', label: '决定书文号' },
        { key: 'decidedOn', label: '决定日期' },
        { key: 'dueOn', label: '应备案日期' },
        { key: 'filedOn', label: '备案日期' },
        { key: 'timeliness', label: '是否按期' },
      ],
      sql`SELECT ${f.id} AS id, ${c.caseNumber} AS "caseNumber", u.name AS body,
          ${c.decisionNumber} AS "decisionNumber", ${f.decidedOn} AS "decidedOn", ${f.dueOn} AS "dueOn",
          ${f.filedOn} AS "filedOn",
          CASE ${sql.join(
            Object.entries(FILING).map(
              ([k, cond]) => sql`WHEN ${cond} THEN ${FILING_LABELS[k as keyof typeof FILING_LABELS]}`,
            ),
            sql` `,
          )} END AS timeliness
        FROM ${f} JOIN ${c} ON ${c.id} = ${f.caseId} JOIN org_units u ON u.id = ${f.orgUnitId}
        WHERE ${where} ORDER BY ${f.dueOn}, ${c.caseNumber}`,
      sql`SELECT count(*)::int AS n FROM ${f} WHERE ${where}`,
    );
  },
});
