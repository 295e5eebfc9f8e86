/**
 * The figures of 规范性文件 (seed 一(二)三; definitions in docs/decisions/0048-normative-documents.md §7, shown in
 * each label). "In force on a day": published by then and neither ended (废止 / 失效) nor past its validity.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  CLEANUP_RESULTS,
  ISSUER_LEVELS,
  REVIEW_CONCLUSIONS,
} from '../../../common/contracts/normative-docs.js';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../platform/reports/index.js';
import {
  normativeCleanupItems as ci,
  normativeCleanups as c,
  normativeDocReviews as r,
  normativeDocs as d,
} from './schema.js';
import { settingsOf } from './service/records.js';

const labels = (dict: readonly { code: string; label: string }[]) =>
  Object.fromEntries(dict.map((e) => [e.code, e.label]));
const LEVELS = ISSUER_LEVELS.map((l) => l.code);
const inScope = (args: MetricArgs) => metricScopeCondition(args.scope, d.orgUnitId, d.districtId);
/** The first day a document is no longer in force: its 废止 / 失效, or the day after its validity, whichever first. */
const endDay = sql`least(${d.endedOn}, (${d.validUntil} + 1))`;
const publishedBy = (day: string) => sql`${d.publishedOn} IS NOT NULL AND ${d.publishedOn} <= ${day}`;

const issuedIn = (a: MetricArgs) =>
  sql`${inScope(a)} AND ${d.publishedOn} BETWEEN ${a.period.from} AND ${a.period.to}`;
const ceasedIn = (a: MetricArgs) =>
  sql`${inScope(a)} AND ${publishedBy(a.period.to)} AND ${endDay} BETWEEN ${a.period.from} AND ${a.period.to}`;
const inForceAt = (a: MetricArgs) =>
  sql`${inScope(a)} AND ${publishedBy(a.period.to)} AND (${endDay} IS NULL OR ${endDay} > ${a.period.to})`;

async function countBy(args: MetricArgs, from: SQL, where: SQL, by: SQL, codes: readonly string[]) {
  const result = await args.db.execute<{ k: string | null; n: number }>(
    sql`SELECT ${by} AS k, count(*)::int AS n FROM ${from} WHERE ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((code) => [code, 0]));
  for (const row of result.rows)
    if (row.k !== null) breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
  return breakdown;
}
const total = (b: Record<string, number>) => Object.values(b).reduce((n, v) => n + v, 0);

const DOC_COLUMNS = [
  { key: 'issuer', label: '制定机关' },
  { key: 'title', label: '文件名称' },
  { key: 'document_number', label: '发文字号' },
  { key: 'registration_number', label: '登记编号' },
  { key: 'published_on', label: '公布日期' },
  { key: 'valid_until', label: '有效期至' },
  { key: 'ended_on', label: '废止/失效日期' },
  { key: 'status', label: '状态' },
];

/** The documents behind a figure, one row each. */
async function docRecords(
  args: MetricArgs & { limit: number; offset: number },
  where: SQL,
  extraFrom = sql``,
) {
  const [rows, n] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${d.id} AS id, u.name AS issuer, ${d.title} AS title, ${d.documentNumber} AS document_number,
        ${d.registrationNumber} AS registration_number, ${d.publishedOn} AS published_on,
        ${d.validUntil} AS valid_until, ${d.endedOn} AS ended_on, ${d.status} AS status
      FROM ${d} JOIN org_units u ON u.id = ${d.orgUnitId} ${extraFrom}
      WHERE ${where}
      ORDER BY ${d.publishedOn} NULLS LAST, ${d.documentNumber}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${d} ${extraFrom} WHERE ${where}`),
  ]);
  return { columns: DOC_COLUMNS, rows: rows.rows, total: Number(n.rows[0]?.n ?? 0) };
}

/** A count of documents by issuer level (区政府 / 部门). */
function byLevel(key: string, label: string, where: (a: MetricArgs) => SQL) {
  return defineMetric({
    key,
    label,
    unit: 'count',
    breakdown: { by: 'issuer_level', labels: labels(ISSUER_LEVELS) },
    isPublic: true,
    async compute(args) {
      const b = await countBy(args, sql`${d}`, where(args), sql`${d.issuerLevel}`, LEVELS);
      return { value: total(b), breakdown: b };
    },
    records: (args) =>
      docRecords(args, sql`${where(args)}${args.cell ? sql` AND ${d.issuerLevel} = ${args.cell}` : sql``}`),
  });
}

export const docsIssued = byLevel(
  'normative_docs.docs_issued',
  '本年制发规范性文件件数（年内公布）',
  issuedIn,
);
export const docsRepealed = byLevel(
  'normative_docs.docs_repealed',
  '本年废止规范性文件件数（年内废止、宣布失效或有效期届满）',
  ceasedIn,
);
export const docsInForce = byLevel(
  'normative_docs.docs_in_force',
  '现行有效规范性文件件数（期末）',
  inForceAt,
);

const TABLE2 = { issued: issuedIn, repealed: ceasedIn, in_force: inForceAt } as const;
/**
 * The 规范性文件 row of table 二 of the disclosure report (本年制发 / 本年废止 / 现行有效), read by the disclosure
 * module from the registry by key. By construction 现行有效 = last year's + 制发 − 废止.
 */
export const disclosureCounts = defineMetric({
  key: 'normative_docs.disclosure_counts',
  label: '行政规范性文件本年制发、本年废止、现行有效件数（政府信息公开年报表二）',
  unit: 'count',
  breakdown: {
    by: 'column',
    labels: { issued: '本年制发件数', repealed: '本年废止件数', in_force: '现行有效件数' },
  },
  isPublic: true,
  async compute(args) {
    const breakdown: Record<string, number> = {};
    for (const [k, where] of Object.entries(TABLE2)) {
      const res = await args.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${d} WHERE ${where(args)}`,
      );
      breakdown[k] = Number(res.rows[0]?.n ?? 0);
    }
    return { value: breakdown.in_force ?? 0, breakdown };
  },
  records: (args) =>
    docRecords(args, TABLE2[(args.cell ?? 'in_force') as keyof typeof TABLE2]?.(args) ?? sql`false`),
});

const cleanupIn = (a: MetricArgs) =>
  sql`${inScope(a)} AND ${ci.reviewedOn} BETWEEN ${a.period.from} AND ${a.period.to} AND ${ci.result} IS NOT NULL`;
const CLEANUP_FROM = sql`JOIN ${ci} ON ${ci.docId} = ${d.id} JOIN ${c} ON ${c.id} = ${ci.cleanupId}`;

/** 一(二)三 "审查相关文件38份": the documents reviewed in cleanups in the period (a result recorded), by result. */
export const cleanupReviewed = defineMetric({
  key: 'normative_docs.cleanup_reviewed',
  label: '清理审查规范性文件件数（年内作出清理结论）',
  unit: 'count',
  breakdown: { by: 'result', labels: labels(CLEANUP_RESULTS) },
  isPublic: true,
  async compute(args) {
    const b = await countBy(
      args,
      sql`${d} ${CLEANUP_FROM}`,
      cleanupIn(args),
      sql`${ci.result}`,
      CLEANUP_RESULTS.map((x) => x.code),
    );
    return { value: total(b), breakdown: b };
  },
  records: (args) =>
    docRecords(
      args,
      sql`${cleanupIn(args)}${args.cell ? sql` AND ${ci.result} = ${args.cell}` : sql``}`,
      CLEANUP_FROM,
    ),
});

const REVIEW_FROM = sql`JOIN ${r} ON ${r.docId} = ${d.id}`;
const reviewedIn = (a: MetricArgs) =>
  sql`${inScope(a)} AND ${r.reviewedOn} BETWEEN ${a.period.from} AND ${a.period.to}`;

/** Legality reviews concluded in the period, by conclusion (合法 / 修改 / 不合法); a document reviewed twice counts twice. */
export const reviewOutcomes = defineMetric({
  key: 'normative_docs.review_outcomes',
  label: '规范性文件合法性审核件次（按审核结论）',
  unit: 'count',
  breakdown: { by: 'conclusion', labels: labels(REVIEW_CONCLUSIONS) },
  isPublic: true,
  async compute(args) {
    const b = await countBy(
      args,
      sql`${d} ${REVIEW_FROM}`,
      reviewedIn(args),
      sql`${r.conclusion}`,
      REVIEW_CONCLUSIONS.map((x) => x.code),
    );
    return { value: total(b), breakdown: b };
  },
  records: (args) =>
    docRecords(
      args,
      sql`${reviewedIn(args)}${args.cell ? sql` AND ${r.conclusion} = ${args.cell}` : sql``}`,
      REVIEW_FROM,
    ),
});

/**
 * On time, late, or unfiled past its day (at period end), for documents published in the period; a document
 * imported with no filing day on record is not judged.
 */
const filingTimeliness = (a: MetricArgs) => sql`CASE
  WHEN ${d.filingDueOn} IS NULL THEN NULL
  WHEN ${d.filedOn} IS NOT NULL AND ${d.filedOn} <= ${d.filingDueOn} THEN 'on_time'
  WHEN ${d.filedOn} IS NOT NULL THEN 'late'
  WHEN ${d.filingDueOn} < ${a.period.to} THEN 'overdue' END`;

/** 按时备案率 = filed within the period ÷ documents published in the period that are filed or past their day. */
export const filingsOnTime = defineMetric({
  key: 'normative_docs.filings_on_time',
  label: '规范性文件按时备案率（按时报备件数 ÷ 已报备或已逾期件数）',
  unit: 'rate',
  breakdown: { by: 'timeliness', labels: { on_time: '按时报备', late: '逾期报备', overdue: '逾期未报备' } },
  isPublic: true,
  async compute(args) {
    const b = await countBy(args, sql`${d}`, issuedIn(args), filingTimeliness(args), [
      'on_time',
      'late',
      'overdue',
    ]);
    const whole = total(b);
    return { value: whole ? Math.round(((b.on_time ?? 0) / whole) * 10_000) / 10_000 : 0, breakdown: b };
  },
  records: (args) =>
    docRecords(
      args,
      sql`${issuedIn(args)} AND ${filingTimeliness(args)} ${args.cell ? sql`= ${args.cell}` : sql`IS NOT NULL`}`,
    ),
});

/** Documents in force at period end whose validity ends within the next six months: due for evaluation. */
export const docsExpiring = defineMetric({
  key: 'normative_docs.docs_expiring',
  label: '有效期即将届满（届满前评估期内，默认六个月）的现行有效规范性文件件数',
  unit: 'count',
  breakdown: { by: 'issuer_level', labels: labels(ISSUER_LEVELS) },
  isPublic: false,
  async compute(args) {
    const b = await countBy(args, sql`${d}`, await expiringAt(args), sql`${d.issuerLevel}`, LEVELS);
    return { value: total(b), breakdown: b };
  },
  records: async (args) =>
    docRecords(
      args,
      sql`${await expiringAt(args)}${args.cell ? sql` AND ${d.issuerLevel} = ${args.cell}` : sql``}`,
    ),
});
/** In force at period end and valid until no later than the district's evaluation window (6 months) after it. */
async function expiringAt(a: MetricArgs): Promise<SQL> {
  const months = (await settingsOf(a.db, a.scope.districtId)).expiryReviewMonths;
  return sql`${inForceAt(a)} AND ${d.validUntil} <= (${a.period.to}::date + make_interval(months => ${months}::int))`;
}

export const normativeMetrics = [
  cleanupReviewed,
  docsIssued,
  docsRepealed,
  docsInForce,
  disclosureCounts,
  reviewOutcomes,
  filingsOnTime,
  docsExpiring,
];
