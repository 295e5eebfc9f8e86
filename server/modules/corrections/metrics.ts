import { type SQL, sql } from 'drizzle-orm';
import { CORRECTIVE_OUTCOMES, REVIEW_SOURCES } from '../../../common/contracts/corrections.js';
import {
  defineMetric,
  type MetricArgs,
  metricScopeCondition,
  type RecordPage,
} from '../../platform/reports/index.js';
import { correctionReviews as r, correctiveTasks as t } from './schema.js';
import { repeatCountSql } from './service/records.js';

const SOURCE_LABELS = Object.fromEntries(REVIEW_SOURCES.map((s) => [s.code, s.label]));
const OUTCOME_LABELS = Object.fromEntries(CORRECTIVE_OUTCOMES.map((o) => [o.code, o.label]));

/** Reviews concluded in the period, in scope. */
function reviewedIn(args: MetricArgs): SQL {
  return sql`${metricScopeCondition(args.scope, r.orgUnitId, r.districtId)}
    AND ${r.decidedOn} BETWEEN ${args.period.from} AND ${args.period.to}`;
}

/** Tasks open at the end of the period (opened by then, not closed by then). */
function openAt(args: MetricArgs): SQL {
  return sql`${t.id} IS NOT NULL AND ${metricScopeCondition(args.scope, t.orgUnitId, t.districtId)}
    AND ${r.decidedOn} <= ${args.period.to}
    AND (${t.closedOn} IS NULL OR ${t.closedOn} > ${args.period.to})`;
}

const REVIEW_COLUMNS = [
  { key: 'source_number', label: '案号' },
  { key: 'source', label: '来源' },
  { key: 'department', label: '作出行为的单位' },
  { key: 'outcome', label: '结果' },
  { key: 'decided_on', label: '决定（判决）日期' },
  { key: 'task_number', label: '整改任务编号' },
];

/** The reviews (with their task, if any) a condition selects: what every figure here drills down to. */
async function reviewRecords(
  args: MetricArgs & { limit: number; offset: number },
  where: SQL,
): Promise<RecordPage> {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${r.id} AS id, ${r.sourceNumber} AS source_number, ${r.sourceKind} AS source, u.name AS department,
        coalesce(${r.correctiveOutcome}, ${r.outcomeCode}) AS outcome, ${r.decidedOn} AS decided_on,
        ${t.number} AS task_number
      FROM ${r} LEFT JOIN ${t} ON ${t.reviewId} = ${r.id} JOIN org_units u ON u.id = ${r.orgUnitId}
      WHERE ${where}
      ORDER BY ${r.decidedOn} DESC, ${r.sourceNumber}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM ${r} LEFT JOIN ${t} ON ${t.reviewId} = ${r.id} WHERE ${where}`),
  ]);
  return {
    columns: REVIEW_COLUMNS,
    rows: rows.rows.map((row) => ({
      ...row,
      source: SOURCE_LABELS[String(row.source)] ?? row.source,
      outcome: OUTCOME_LABELS[String(row.outcome)] ?? row.outcome,
    })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

async function countBy(args: MetricArgs, where: SQL, by: SQL): Promise<Record<string, number>> {
  const result = await args.db.execute<{ k: string; n: number }>(sql`
    SELECT ${by} AS k, count(*)::int AS n FROM ${r} LEFT JOIN ${t} ON ${t.reviewId} = ${r.id}
    WHERE ${where} GROUP BY 1`);
  return Object.fromEntries(result.rows.map((row) => [row.k, Number(row.n)]));
}

const zeroes = (codes: readonly { code: string }[]) => Object.fromEntries(codes.map((c) => [c.code, 0]));
const total = (breakdown: Record<string, number>) => Object.values(breakdown).reduce((a, b) => a + b, 0);
const cellOf = (column: SQL, cell?: string) => (cell ? sql` AND ${column} = ${cell}` : sql``);

/** Acts reviewed (复议 decided, judgments in effect) in the period: the 纠错率's denominator. */
export const reviewedActs = defineMetric({
  key: 'corrections.reviewed_acts',
  label: '经复议、诉讼审查的行政行为数',
  unit: 'count',
  breakdown: { by: 'source', labels: SOURCE_LABELS },
  isPublic: false,
  async compute(args) {
    const breakdown = {
      ...zeroes(REVIEW_SOURCES),
      ...(await countBy(args, reviewedIn(args), sql`${r.sourceKind}`)),
    };
    return { value: total(breakdown), breakdown };
  },
  records: (args) => reviewRecords(args, sql`${reviewedIn(args)}${cellOf(sql`${r.sourceKind}`, args.cell)}`),
});

/** Acts corrected (撤销, 变更, 确认违法, 确认无效, 责令履行) in the period, by outcome. */
export const correctedActs = defineMetric({
  key: 'corrections.corrected_acts',
  label: '被复议、诉讼纠错的行政行为数',
  unit: 'count',
  breakdown: { by: 'outcome', labels: OUTCOME_LABELS },
  isPublic: false,
  async compute(args) {
    const where = sql`${reviewedIn(args)} AND ${r.correctiveOutcome} IS NOT NULL`;
    const breakdown = {
      ...zeroes(CORRECTIVE_OUTCOMES),
      ...(await countBy(args, where, sql`${r.correctiveOutcome}`)),
    };
    return { value: total(breakdown), breakdown };
  },
  records: (args) =>
    reviewRecords(
      args,
      sql`${reviewedIn(args)} AND ${r.correctiveOutcome} IS NOT NULL${cellOf(sql`${r.correctiveOutcome}`, args.cell)}`,
    ),
});

/** 纠错率 = corrected ÷ reviewed, over the period; by source (复议纠错率, 诉讼败诉 by correction). */
export const correctionRate = defineMetric({
  key: 'corrections.correction_rate',
  label: '纠错率',
  unit: 'rate',
  breakdown: { by: 'source', labels: SOURCE_LABELS },
  isPublic: false,
  async compute(args) {
    const all = await countBy(args, reviewedIn(args), sql`${r.sourceKind}`);
    const corrected = await countBy(
      args,
      sql`${reviewedIn(args)} AND ${r.correctiveOutcome} IS NOT NULL`,
      sql`${r.sourceKind}`,
    );
    const rate = (n: number, d: number) => (d ? n / d : 0);
    const breakdown = Object.fromEntries(
      REVIEW_SOURCES.map((s) => [s.code, rate(corrected[s.code] ?? 0, all[s.code] ?? 0)]),
    );
    return { value: rate(total(corrected), total(all)), breakdown };
  },
  records: (args) =>
    reviewRecords(
      args,
      sql`${reviewedIn(args)} AND ${r.correctiveOutcome} IS NOT NULL${cellOf(sql`${r.sourceKind}`, args.cell)}`,
    ),
});

/** Corrective tasks not closed at the end of the period. */
export const tasksOpen = defineMetric({
  key: 'corrections.tasks_open',
  label: '未办结的纠错整改任务',
  unit: 'count',
  isPublic: false,
  async compute(args) {
    return { value: total(await countBy(args, openAt(args), sql`'all'`)) };
  },
  records: (args) => reviewRecords(args, openAt(args)),
});

/** Of those, the ones past their due date at the end of the period. */
export const tasksOverdue = defineMetric({
  key: 'corrections.tasks_overdue',
  label: '逾期未办结的纠错整改任务',
  unit: 'count',
  isPublic: false,
  async compute(args) {
    const where = sql`${openAt(args)} AND ${t.dueOn} < ${args.period.to}`;
    return { value: total(await countBy(args, where, sql`'all'`)) };
  },
  records: (args) => reviewRecords(args, sql`${openAt(args)} AND ${t.dueOn} < ${args.period.to}`),
});

/** Acts corrected in the period on a power already corrected within the look-back window: 重复发生的问题. */
export const repeatedDefects = defineMetric({
  key: 'corrections.repeated_defects',
  label: '同一权责事项重复被纠错',
  unit: 'count',
  isPublic: false,
  async compute(args) {
    const where = sql`${reviewedIn(args)} AND ${r.correctiveOutcome} IS NOT NULL AND ${repeatCountSql} > 0`;
    return { value: total(await countBy(args, where, sql`'all'`)) };
  },
  records: (args) =>
    reviewRecords(
      args,
      sql`${reviewedIn(args)} AND ${r.correctiveOutcome} IS NOT NULL AND ${repeatCountSql} > 0`,
    ),
});

export const correctionMetrics = [
  reviewedActs,
  correctedActs,
  correctionRate,
  tasksOpen,
  tasksOverdue,
  repeatedDefects,
];
