/**
 * Report figures of the reconsideration ledger, each with the records behind it (decision 0042 §8). Seed
 * 一(七)二: "截至目前，共受理行政复议案件31件，已全部审结".
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  ACT_TYPES,
  CASE_CHANNELS,
  CASE_STATUSES,
  labelOf,
  OUTCOMES,
  type OutcomeCode,
} from '../../../common/contracts/reconsideration.js';
import { maskPersonName } from '../../../common/privacy/masking.js';
import {
  defineMetric,
  type MetricArgs,
  metricScopeCondition,
  type RecordPage,
} from '../../platform/reports/index.js';
import { CORRECTING_OUTCOMES, OUTCOME_RULES } from './rules/outcomes.js';
import { reconsiderationCases as c } from './schema.js';

const labels = (list: readonly { code: string; label: string }[]) =>
  Object.fromEntries(list.map((x) => [x.code, x.label]));
const inCodes = (column: SQL, codes: readonly string[]) =>
  sql`${column} IN (${sql.join(
    codes.map((x) => sql`${x}`),
    sql`, `,
  )})`;

const scoped = (a: MetricArgs) => metricScopeCondition(a.scope, c.orgUnitId, c.districtId);
const receivedIn = (a: MetricArgs) => sql`${c.receivedOn} BETWEEN ${a.period.from} AND ${a.period.to}`;
const concludedIn = (a: MetricArgs) => sql`${c.concludedOn} BETWEEN ${a.period.from} AND ${a.period.to}`;
/** Accepted cases (受理, deemed or not) that ended in the period: the base of the 纠错率 and on-time rate. */
const acceptedAndConcludedIn = (a: MetricArgs) => sql`${concludedIn(a)} AND ${c.acceptedOn} IS NOT NULL`;

type PageArgs = MetricArgs & { cell?: string; limit: number; offset: number };

/** The cases behind a figure: 案号, dates, the respondent, the act, the outcome (the applicant masked). */
async function listCases(a: PageArgs, where: SQL): Promise<RecordPage> {
  const condition = sql`${scoped(a)} AND ${where}`;
  const [rows, count] = await Promise.all([
    a.db.execute<Record<string, unknown>>(sql`
      SELECT ${c.id} AS id, ${c.caseNumber} AS case_number, ${c.receivedOn}::text AS received_on,
        ${c.applicantType} AS applicant_type, ${c.applicantName} AS applicant_name, u.name AS respondent,
        ${c.actType} AS act_type, ${c.actDescription} AS act, ${c.status} AS status, ${c.outcome} AS outcome,
        ${c.concludedOn}::text AS concluded_on
      FROM ${c} JOIN org_units u ON u.id = ${c.orgUnitId}
      WHERE ${condition} ORDER BY ${c.receivedOn}, ${c.caseNumber} LIMIT ${a.limit} OFFSET ${a.offset}`),
    a.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${c} WHERE ${condition}`),
  ]);
  return {
    columns: [
      { key: 'caseNumber', label: '案号' },
      { key: 'receivedOn', label: '收到申请日期' },
      { key: 'applicant', label: '申请人' },
      { key: 'respondent', label: '被申请人' },
      { key: 'actType', label: '行为类型' },
      { key: 'act', label: '被申请复议的行政行为' },
      { key: 'status', label: '状态' },
      { key: 'outcome', label: '审结结果' },
      { key: 'concludedOn', label: '审结日期' },
    ],
    rows: rows.rows.map((r) => ({
      id: r.id,
      href: `/reconsideration/cases/${r.id}`,
      caseNumber: r.case_number,
      receivedOn: r.received_on,
      applicant:
        r.applicant_type === 'natural_person' ? maskPersonName(String(r.applicant_name)) : r.applicant_name,
      respondent: r.respondent,
      actType: labelOf(ACT_TYPES, r.act_type as string),
      act: r.act,
      status: labelOf(CASE_STATUSES, r.status as string),
      outcome: r.outcome ? labelOf(OUTCOMES, r.outcome as string) : '',
      concludedOn: r.concluded_on,
    })),
    total: Number(count.rows[0]?.n ?? 0),
  };
}

/** Counts by a column under a condition, every code present (0 when none). */
async function countBy(a: MetricArgs, column: SQL, where: SQL, codes: readonly string[]) {
  const result = await a.db.execute<{ k: string; n: number }>(
    sql`SELECT ${column} AS k, count(*)::int AS n FROM ${c} WHERE ${scoped(a)} AND ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((x) => [x, 0]));
  let value = 0;
  for (const row of result.rows) {
    breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
    value += Number(row.n);
  }
  return { value, breakdown };
}

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 1);
const cellOf = (column: SQL, cell?: string) => (cell ? sql` AND ${column} = ${cell}` : sql``);
const CHANNEL_LABELS = labels(CASE_CHANNELS);
const OUTCOME_LABELS = labels(OUTCOMES);

/** 一(七)二 "共受理行政复议案件31件": applications received in the period, by channel. */
export const casesReceived = defineMetric({
  key: 'reconsideration.cases_received',
  label: '收到行政复议申请数',
  unit: 'count',
  breakdown: { by: 'channel', labels: CHANNEL_LABELS },
  isPublic: true,
  compute: (a) => countBy(a, sql`${c.channel}`, receivedIn(a), Object.keys(CHANNEL_LABELS)),
  records: (a) => listCases(a, sql`${receivedIn(a)}${cellOf(sql`${c.channel}`, a.cell)}`),
});

/** 一(七)二 "已全部审结": of the cases received in the period, those concluded (to date). */
export const casesConcluded = defineMetric({
  key: 'reconsideration.cases_concluded',
  label: '已审结的行政复议案件数（统计期内收到）',
  unit: 'count',
  breakdown: { by: 'concluded', labels: { in_period: '统计期内审结', after_period: '统计期后审结' } },
  isPublic: true,
  compute: (a) =>
    countBy(
      a,
      sql`CASE WHEN ${c.concludedOn} <= ${a.period.to} THEN 'in_period' ELSE 'after_period' END`,
      sql`${receivedIn(a)} AND ${c.concludedOn} IS NOT NULL`,
      ['in_period', 'after_period'],
    ),
  records: (a) =>
    listCases(
      a,
      sql`${receivedIn(a)} AND ${c.concludedOn} IS NOT NULL${
        a.cell === 'in_period'
          ? sql` AND ${c.concludedOn} <= ${a.period.to}`
          : a.cell === 'after_period'
            ? sql` AND ${c.concludedOn} > ${a.period.to}`
            : sql``
      }`,
    ),
});

/** Acceptance review finished in the period: accepted (incl. deemed) or rejected. */
const REVIEWED = {
  accepted: sql`${c.acceptedOn} IS NOT NULL`,
  rejected: sql`${c.outcome} = 'BUYUSHOULI'`,
};
const reviewedIn = (a: MetricArgs) =>
  sql`((${c.acceptedOn} BETWEEN ${a.period.from} AND ${a.period.to}) OR (${c.outcome} = 'BUYUSHOULI' AND ${concludedIn(a)}))`;

/** 受理率: accepted ÷ (accepted + rejected), of the reviews finished in the period. */
export const acceptanceRate = defineMetric({
  key: 'reconsideration.acceptance_rate',
  label: '行政复议申请受理率',
  unit: 'rate',
  breakdown: { by: 'review', labels: { accepted: '受理（含视为受理）', rejected: '不予受理' } },
  isPublic: true,
  async compute(a) {
    const { breakdown } = await countBy(
      a,
      sql`CASE WHEN ${REVIEWED.accepted} THEN 'accepted' ELSE 'rejected' END`,
      reviewedIn(a),
      ['accepted', 'rejected'],
    );
    return { value: rate(breakdown.accepted!, breakdown.accepted! + breakdown.rejected!), breakdown };
  },
  records: (a) =>
    listCases(
      a,
      sql`${reviewedIn(a)}${a.cell === 'accepted' ? sql` AND ${REVIEWED.accepted}` : a.cell === 'rejected' ? sql` AND ${REVIEWED.rejected}` : sql``}`,
    ),
});

/** Cases concluded in the period, by how they ended (every §6.3 type, and the endings before acceptance). */
export const decisionsByType = defineMetric({
  key: 'reconsideration.decisions_by_type',
  label: '行政复议案件审结情况（按决定类型）',
  unit: 'count',
  breakdown: { by: 'outcome', labels: OUTCOME_LABELS },
  isPublic: true,
  compute: (a) => countBy(a, sql`${c.outcome}`, concludedIn(a), Object.keys(OUTCOME_LABELS)),
  records: (a) => listCases(a, sql`${concludedIn(a)}${cellOf(sql`${c.outcome}`, a.cell)}`),
});

/**
 * 纠错率: accepted cases concluded in the period whose decision corrects the act (变更, 撤销, 确认违法, 责令履行,
 * 确认无效) ÷ all accepted cases concluded in the period (decision 0042 §8).
 */
export const correctionRate = defineMetric({
  key: 'reconsideration.correction_rate',
  label: '行政复议纠错率',
  unit: 'rate',
  breakdown: { by: 'corrected', labels: { corrected: '纠错', not_corrected: '未纠错' } },
  isPublic: true,
  async compute(a) {
    const corrected = inCodes(sql`${c.outcome}`, CORRECTING_OUTCOMES);
    const { breakdown } = await countBy(
      a,
      sql`CASE WHEN ${corrected} THEN 'corrected' ELSE 'not_corrected' END`,
      acceptedAndConcludedIn(a),
      ['corrected', 'not_corrected'],
    );
    return { value: rate(breakdown.corrected!, breakdown.corrected! + breakdown.not_corrected!), breakdown };
  },
  records: (a) => {
    const corrected = inCodes(sql`${c.outcome}`, CORRECTING_OUTCOMES);
    const cell =
      a.cell === 'corrected'
        ? sql` AND ${corrected}`
        : a.cell === 'not_corrected'
          ? sql` AND NOT ${corrected}`
          : sql``;
    return listCases(a, sql`${acceptedAndConcludedIn(a)}${cell}`);
  },
});

const ON_TIME: Record<string, SQL> = {
  on_time: sql`${c.decidedOnTime} IS TRUE`,
  late: sql`${c.decidedOnTime} IS FALSE`,
  untimed: sql`${c.decidedOnTime} IS NULL`,
};

/** 按期审结率: accepted cases concluded in the period by the decision period's end (with the extension). */
export const onTimeRate = defineMetric({
  key: 'reconsideration.on_time_rate',
  label: '行政复议按期审结率',
  unit: 'rate',
  breakdown: {
    by: 'timeliness',
    labels: { on_time: '按期审结', late: '超期审结', untimed: '无审理期限记录' },
  },
  isPublic: true,
  async compute(a) {
    const { breakdown } = await countBy(
      a,
      sql`CASE WHEN ${ON_TIME.untimed} THEN 'untimed' WHEN ${ON_TIME.late} THEN 'late' ELSE 'on_time' END`,
      acceptedAndConcludedIn(a),
      ['on_time', 'late', 'untimed'],
    );
    return { value: rate(breakdown.on_time!, breakdown.on_time! + breakdown.late!), breakdown };
  },
  records: (a) =>
    listCases(
      a,
      sql`${acceptedAndConcludedIn(a)}${a.cell && ON_TIME[a.cell] ? sql` AND ${ON_TIME[a.cell]}` : sql``}`,
    ),
});

/** The table 四 column of each outcome (维持 / 纠正 / 其他); a case not concluded by the period end is pending. */
const outcomeGroup = sql`(CASE ${sql.join(
  (Object.keys(OUTCOME_RULES) as OutcomeCode[]).map(
    (o) => sql`WHEN ${c.outcome} = ${o} THEN ${OUTCOME_RULES[o].table4}`,
  ),
  sql` `,
)} END)`;
const table4Result = (a: MetricArgs) =>
  sql`(CASE WHEN ${c.concludedOn} IS NULL OR ${c.concludedOn} > ${a.period.to} THEN 'pending' ELSE ${outcomeGroup} END)`;
/** A case whose act is a disclosure reply (linked to the request, or so typed when imported). */
const isDisclosure = sql`(${c.disclosureRequestId} IS NOT NULL OR ${c.actType} = 'disclosure')`;

/**
 * Table 四's 行政复议 group of the 政府信息公开工作年度报告 (/work/helpers/table4.md): the disclosure cases received
 * in the period, by their result at the period's end (维持 / 纠正 / 其他结果 / 尚未审结); value = 总计.
 */
export const disclosureTable4 = defineMetric({
  key: 'reconsideration.disclosure_table4',
  label: '政府信息公开行政复议情况（年报表四）',
  unit: 'count',
  breakdown: {
    by: 'result',
    labels: { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' },
  },
  isPublic: true,
  compute: (a) =>
    countBy(a, table4Result(a), sql`${receivedIn(a)} AND ${isDisclosure}`, [
      'upheld',
      'corrected',
      'other',
      'pending',
    ]),
  records: (a) =>
    listCases(
      a,
      sql`${receivedIn(a)} AND ${isDisclosure}${a.cell ? sql` AND ${table4Result(a)} = ${a.cell}` : sql``}`,
    ),
});

export const reconsiderationMetrics = [
  casesReceived,
  casesConcluded,
  acceptanceRate,
  decisionsByType,
  correctionRate,
  onTimeRate,
  disclosureTable4,
];
