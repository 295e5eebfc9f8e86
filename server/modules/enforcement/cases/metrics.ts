/**
 * Figures of the case ledger (行政执法案件): opened, decided, closed, fines, major decisions and their legal
 * review, hearings, benchmark deviations — each with the cases behind it (issue #3 "Metrics").
 */
import { type SQL, sql } from 'drizzle-orm';
import { defineMetric, type MetricArgs } from '../../../platform/reports/index.js';
import { enforcementCases as c, enforcementLegalReviews as lr } from './schema.js';
import {
  caseRecords,
  casesInScope,
  cellOf,
  countCasesBy,
  inPeriod,
  KIND_LABELS,
  OUTCOME_LABELS,
  type PageArgs,
  rateOf,
} from '../shared/metrics.js';

const KINDS = Object.keys(KIND_LABELS);
const decidedIn = (args: MetricArgs) => inPeriod(args, c.decidedOn);

/** A count of cases by one dictionary column, drilled down to the cases (optionally one cell). */
function caseCount(def: {
  key: string;
  label: string;
  by: 'kind' | 'outcome';
  where: (args: MetricArgs) => SQL;
  orderBy: SQL;
}) {
  const column = def.by === 'kind' ? c.kind : c.outcome;
  const labels = def.by === 'kind' ? KIND_LABELS : OUTCOME_LABELS;
  return defineMetric({
    key: def.key,
    label: def.label,
    unit: 'count',
    breakdown: { by: def.by, labels },
    isPublic: true,
    compute: (args) => countCasesBy(args, sql`${column}`, def.where(args), Object.keys(labels)),
    records: (args: PageArgs) =>
      caseRecords(args, sql`${def.where(args)}${cellOf(column, args.cell)}`, def.orderBy),
  });
}

/** 立案: cases opened in the period, by kind (行政处罚 / 行政强制 / 行政许可). */
export const casesOpened = caseCount({
  key: 'enforcement.cases_opened',
  label: '立案（受理）的执法案件数',
  by: 'kind',
  where: (args) => inPeriod(args, c.openedOn),
  orderBy: sql`${c.openedOn}`,
});

/** 作出决定: cases decided in the period, by outcome. */
export const casesDecided = caseCount({
  key: 'enforcement.cases_decided',
  label: '作出执法决定的案件数',
  by: 'outcome',
  where: decidedIn,
  orderBy: sql`${c.decidedOn}`,
});

/**
 * 作出决定, by kind: the disclosure report's table 二 (第二十条第（六）项 本年处理决定数量) counts the 行政处罚 and
 * 行政强制 decisions of the year — `cases_decided` is by outcome, and 移送 is an outcome of both kinds.
 */
export const casesDecidedByKind = caseCount({
  key: 'enforcement.cases_decided_by_kind',
  label: '作出执法决定的案件数（按案件类别）',
  by: 'kind',
  where: decidedIn,
  orderBy: sql`${c.decidedOn}`,
});

/** 结案: cases closed in the period, by kind. */
export const casesClosed = caseCount({
  key: 'enforcement.cases_closed',
  label: '结案的执法案件数',
  by: 'kind',
  where: (args) => inPeriod(args, c.closedOn),
  orderBy: sql`${c.closedOn}`,
});

/** 重大执法决定: major cases decided in the period, by kind. */
export const majorDecisions = caseCount({
  key: 'enforcement.major_decisions',
  label: '作出的重大执法决定数',
  by: 'kind',
  where: (args) => sql`${decidedIn(args)} AND ${c.isMajor}`,
  orderBy: sql`${c.decidedOn}`,
});

/** 听证: hearings held in the period (处罚法 第六十四条), by kind. */
export const hearingsHeld = caseCount({
  key: 'enforcement.hearings_held',
  label: '举行听证的案件数',
  by: 'kind',
  where: (args) => inPeriod(args, c.hearingHeldOn),
  orderBy: sql`${c.hearingHeldOn}`,
});

/** 裁量基准: decisions of the period outside the benchmark, with a written reason (处罚法 第三十四条), by kind. */
export const benchmarkDeviations = caseCount({
  key: 'enforcement.benchmark_deviations',
  label: '偏离裁量基准作出的决定数',
  by: 'kind',
  where: (args) => sql`${decidedIn(args)} AND ${c.benchmarkDeviation}`,
  orderBy: sql`${c.decidedOn}`,
});

const AMOUNT = sql`COALESCE(${c.fineAmount}, 0) + COALESCE(${c.confiscationAmount}, 0)`;

/** 罚没金额: fines plus confiscations of the cases decided in the period (yuan), by kind. */
export const finesDecidedYuan = defineMetric({
  key: 'enforcement.fines_decided_yuan',
  label: '决定罚没金额（元）',
  unit: 'yuan',
  breakdown: { by: 'kind', labels: KIND_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; n: string }>(sql`
      SELECT ${c.kind} AS k, sum(${AMOUNT})::text AS n FROM ${c}
      WHERE ${casesInScope(args)} AND ${decidedIn(args)} GROUP BY 1`);
    const breakdown: Record<string, number> = Object.fromEntries(KINDS.map((k) => [k, 0]));
    for (const row of result.rows) breakdown[row.k] = Number(row.n);
    const value = Math.round(Object.values(breakdown).reduce((a, b) => a + b, 0) * 100) / 100;
    return { value, breakdown };
  },
  records: (args: PageArgs) =>
    caseRecords(
      args,
      sql`${decidedIn(args)} AND ${AMOUNT} > 0${cellOf(c.kind, args.cell)}`,
      sql`${c.decidedOn}`,
    ),
});

/** A concluded 'lawful' 法制审核 on or before the decision day (处罚法 第五十八条). */
const REVIEWED_BEFORE_DECISION = sql`EXISTS (SELECT 1 FROM ${lr} WHERE ${lr.caseId} = ${c.id}
  AND ${lr.conclusion} = 'lawful' AND ${lr.concludedOn} <= ${c.decidedOn})`;
const COVERAGE: Record<string, SQL> = {
  reviewed: REVIEWED_BEFORE_DECISION,
  not_reviewed: sql`NOT ${REVIEWED_BEFORE_DECISION}`,
};

/** 重大执法决定法制审核 coverage: major decisions of the period reviewed 'lawful' before the decision ÷ all. */
export const legalReviewCoverage = defineMetric({
  key: 'enforcement.legal_review_coverage',
  label: '重大执法决定法制审核率',
  unit: 'rate',
  breakdown: { by: 'review', labels: { reviewed: '经法制审核（合法）后决定', not_reviewed: '未经法制审核' } },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ reviewed: number; total: number }>(sql`
      SELECT count(*) FILTER (WHERE ${REVIEWED_BEFORE_DECISION})::int AS reviewed, count(*)::int AS total
      FROM ${c} WHERE ${casesInScope(args)} AND ${decidedIn(args)} AND ${c.isMajor}`);
    const reviewed = Number(result.rows[0]?.reviewed ?? 0);
    const total = Number(result.rows[0]?.total ?? 0);
    return { value: rateOf(reviewed, total), breakdown: { reviewed, not_reviewed: total - reviewed } };
  },
  records: (args: PageArgs) =>
    caseRecords(
      args,
      sql`${decidedIn(args)} AND ${c.isMajor}${args.cell && COVERAGE[args.cell] ? sql` AND ${COVERAGE[args.cell]}` : sql``}`,
      sql`${c.decidedOn}`,
    ),
});
