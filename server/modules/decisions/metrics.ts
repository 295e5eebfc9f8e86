/**
 * The figures of 重大行政决策 (docs/decisions/0047-major-decisions.md §7; each definition is in its label). The
 * seed states no number of decisions for 2020: these are the figures the report can state from the records.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { DECISION_STATES, DISPOSITIONS } from '../../../common/contracts/decisions.js';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../platform/reports/index.js';
import { decisionComments as c, decisions as d } from './schema.js';

const labels = (dict: readonly { code: string; label: string }[]) =>
  Object.fromEntries(dict.map((e) => [e.code, e.label]));
const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 0);
const inScope = (args: MetricArgs) => metricScopeCondition(args.scope, d.orgUnitId, d.districtId);
const between = (col: SQL | AnyPgColumn, args: MetricArgs) =>
  sql`${col} BETWEEN ${args.period.from} AND ${args.period.to}`;

async function countBy(args: MetricArgs, from: SQL, where: SQL, by: SQL, codes: readonly string[]) {
  const result = await args.db.execute<{ k: string | null; n: number }>(
    sql`SELECT ${by} AS k, count(*)::int AS n FROM ${from} WHERE ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((k) => [k, 0]));
  for (const row of result.rows)
    if (row.k !== null) breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
  return breakdown;
}
const sum = (b: Record<string, number>, keys: readonly string[]) => keys.reduce((n, k) => n + (b[k] ?? 0), 0);

/** The decisions behind a figure, one row each. */
async function decisionRecords(args: MetricArgs & { limit: number; offset: number }, where: SQL) {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${d.id} AS id, ${d.number} AS number, ${d.title} AS title, u.name AS unit, ${d.state} AS state,
        ${d.launchedOn} AS launched_on, ${d.decidedOn} AS decided_on, ${d.publishedOn} AS published_on,
        CASE ${d.reviewPassedFirst} WHEN true THEN '是' WHEN false THEN '否' END AS first_pass
      FROM ${d} JOIN org_units u ON u.id = ${d.orgUnitId}
      WHERE ${where} ORDER BY ${d.number} LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${d} WHERE ${where}`),
  ]);
  const stateLabel = labels(DECISION_STATES);
  return {
    columns: [
      { key: 'number', label: '决策编号' },
      { key: 'title', label: '决策事项' },
      { key: 'unit', label: '承办单位' },
      { key: 'state', label: '所处环节' },
      { key: 'launched_on', label: '启动日期' },
      { key: 'decided_on', label: '集体讨论日期' },
      { key: 'published_on', label: '公布日期' },
      { key: 'first_pass', label: '合法性审查一次通过' },
    ],
    rows: rows.rows.map((r) => ({ ...r, state: stateLabel[String(r.state)] ?? r.state })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

const STATE_CODES = DECISION_STATES.map((s) => s.code);

/** Decisions launched in the period, by the stage each stands at now. */
export const decisionsByStage = defineMetric({
  key: 'decisions.by_stage',
  label: '重大行政决策事项数（年内启动，按所处环节）',
  unit: 'count',
  breakdown: { by: 'state', labels: labels(DECISION_STATES) },
  isPublic: true,
  async compute(args) {
    const where = sql`${inScope(args)} AND ${between(d.launchedOn, args)}`;
    const breakdown = await countBy(args, sql`${d}`, where, sql`${d.state}`, STATE_CODES);
    return { value: sum(breakdown, STATE_CODES), breakdown };
  },
  records: (args) =>
    decisionRecords(
      args,
      sql`${inScope(args)} AND ${between(d.launchedOn, args)}${args.cell ? sql` AND ${d.state} = ${args.cell}` : sql``}`,
    ),
});

/** Decisions taken by collective discussion (集体讨论决定) in the period. */
export const decisionsDecided = defineMetric({
  key: 'decisions.decided',
  label: '经集体讨论决定的重大行政决策件数（年内）',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const [row] = (
      await args.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${d} WHERE ${inScope(args)} AND ${between(d.decidedOn, args)}`,
      )
    ).rows;
    return { value: Number(row?.n ?? 0) };
  },
  records: (args) => decisionRecords(args, sql`${inScope(args)} AND ${between(d.decidedOn, args)}`),
});

const DISPOSITION_CODES = [...DISPOSITIONS.map((x) => x.code), 'pending'];
const commentScope = (args: MetricArgs) =>
  sql`${metricScopeCondition(args.scope, c.orgUnitId, c.districtId)} AND ${c.submittedOn} BETWEEN ${args.period.from} AND ${args.period.to}`;
const dispositionOf = sql`coalesce(${c.disposition}, 'pending')`;

async function commentRecords(
  args: MetricArgs & { cell?: string; limit: number; offset: number },
  where: SQL,
) {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${c.id} AS id, x.number AS decision, x.title AS title, ${c.submittedOn} AS submitted_on,
        ${c.text} AS text, ${dispositionOf} AS disposition, ${c.reason} AS reason
      FROM ${c} JOIN decisions x ON x.id = ${c.decisionId}
      WHERE ${where} ORDER BY ${c.submittedOn}, ${c.code} LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${c} WHERE ${where}`),
  ]);
  const dl = { ...labels(DISPOSITIONS), pending: '待处理' };
  return {
    columns: [
      { key: 'decision', label: '决策编号' },
      { key: 'title', label: '决策事项' },
      { key: 'submitted_on', label: '提出日期' },
      { key: 'text', label: '意见' },
      { key: 'disposition', label: '采纳情况' },
      { key: 'reason', label: '理由' },
    ],
    rows: rows.rows.map((r) => ({ ...r, disposition: dl[String(r.disposition) as keyof typeof dl] })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

/** Public comments received on drafts in the period, by what became of them. */
export const commentsReceived = defineMetric({
  key: 'decisions.comments_received',
  label: '重大行政决策草案收到公众意见条数（年内，按采纳情况）',
  unit: 'count',
  breakdown: { by: 'disposition', labels: { ...labels(DISPOSITIONS), pending: '待处理' } },
  isPublic: true,
  async compute(args) {
    const breakdown = await countBy(args, sql`${c}`, commentScope(args), dispositionOf, DISPOSITION_CODES);
    return { value: sum(breakdown, DISPOSITION_CODES), breakdown };
  },
  records: (args) =>
    commentRecords(
      args,
      sql`${commentScope(args)}${args.cell ? sql` AND ${dispositionOf} = ${args.cell}` : sql``}`,
    ),
});

/** 采纳率 = (采纳 + 部分采纳) ÷ comments disposed of, among the comments received in the period. */
export const commentAdoptionRate = defineMetric({
  key: 'decisions.comment_adoption_rate',
  label: '公众意见采纳率（采纳和部分采纳的条数 ÷ 已处理条数）',
  unit: 'rate',
  breakdown: { by: 'disposition', labels: labels(DISPOSITIONS) },
  isPublic: true,
  async compute(args) {
    const codes = DISPOSITIONS.map((x) => x.code);
    const b = await countBy(
      args,
      sql`${c}`,
      sql`${commentScope(args)} AND ${c.disposition} IS NOT NULL`,
      sql`${c.disposition}`,
      codes,
    );
    return { value: ratio(sum(b, ['adopted', 'partly_adopted']), sum(b, codes)), breakdown: b };
  },
  records: (args) =>
    commentRecords(
      args,
      sql`${commentScope(args)} AND ${c.disposition} IS NOT NULL${args.cell ? sql` AND ${c.disposition} = ${args.cell}` : sql``}`,
    ),
});

/** Reviews passed first time = decisions found lawful in their first review ÷ decisions whose review ended in the period. */
export const reviewFirstPassRate = defineMetric({
  key: 'decisions.review_first_pass_rate',
  label: '合法性审查一次通过率（首轮审查即合法的决策 ÷ 年内审查有结论的决策）',
  unit: 'rate',
  breakdown: { by: 'first_pass', labels: { first: '一次通过', again: '修改后再审' } },
  isPublic: true,
  async compute(args) {
    const where = sql`${inScope(args)} AND ${between(d.reviewedOn, args)} AND ${d.reviewPassedFirst} IS NOT NULL`;
    const b = await countBy(
      args,
      sql`${d}`,
      where,
      sql`CASE WHEN ${d.reviewPassedFirst} THEN 'first' ELSE 'again' END`,
      ['first', 'again'],
    );
    return { value: ratio(b.first ?? 0, sum(b, ['first', 'again'])), breakdown: b };
  },
  records: (args) =>
    decisionRecords(
      args,
      sql`${inScope(args)} AND ${between(d.reviewedOn, args)} AND ${d.reviewPassedFirst} IS NOT NULL${
        args.cell === 'first'
          ? sql` AND ${d.reviewPassedFirst}`
          : args.cell === 'again'
            ? sql` AND NOT ${d.reviewPassedFirst}`
            : sql``
      }`,
    ),
});

export const DECISION_METRICS = [
  decisionsByStage,
  decisionsDecided,
  commentsReceived,
  commentAdoptionRate,
  reviewFirstPassRate,
];
