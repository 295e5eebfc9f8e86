/**
 * Report figures of the request ledger (依申请公开), each with the records behind it. Every definition and
 * reading: docs/decisions/0010-disclosure-table3.md. Seed 一(六)三: 受理信息公开申请43件，其中：信函受理
 * 35件，网络受理2件，当面受理6件，现已全部办结.
 */
import { type SQL, sql } from 'drizzle-orm';
import { APPLICANT_TYPES, REQUEST_CHANNELS } from '../../../../common/contracts/disclosure/dictionaries.js';
import { REQUEST_OUTCOMES } from '../../../../common/contracts/disclosure/outcomes.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { clockEventsSql, latestClockDueOnSql } from '../../../platform/clocks/index.js';
import {
  defineMetric,
  type MetricArgs,
  metricScopeCondition,
  type RecordPage,
} from '../../../platform/reports/index.js';
import { disclosureRequests as r } from '../schema/requests.js';
import { listRequestRecords } from '../table3/cell-records.js';
import { averageOf, replyWorkingDays, type TimingEvent } from '../table3/reply-timing.js';

const labels = (list: readonly { code: string; label: string }[]) =>
  Object.fromEntries(list.map((x) => [x.code, x.label]));
const CHANNEL_LABELS = labels(REQUEST_CHANNELS);
const APPLICANT_LABELS = labels(APPLICANT_TYPES);
const OUTCOME_LABELS = Object.fromEntries(REQUEST_OUTCOMES.map((o) => [o.code, o.shortLabel]));
const CONCLUDED_LABELS = { in_period: '统计期内办结', after_period: '统计期后办结' };
const TIMELINESS_LABELS = { on_time: '按期答复', late: '逾期答复', untimed: '无答复期限记录' };
/** Ended because the applicant did not act (no correction, no fee): no reply was due. */
const LAPSED = ['other_no_correction', 'other_fee_unpaid'];

const scoped = (args: MetricArgs) => metricScopeCondition(args.scope, r.orgUnitId, r.districtId);
const receivedIn = (args: MetricArgs) =>
  sql`${r.receivedOn} BETWEEN ${args.period.from} AND ${args.period.to}`;
const concludedIn = (args: MetricArgs) =>
  sql`${r.concludedOn} BETWEEN ${args.period.from} AND ${args.period.to}`;
const openAtEnd = (args: MetricArgs) =>
  sql`${r.receivedOn} <= ${args.period.to} AND (${r.concludedOn} IS NULL OR ${r.concludedOn} > ${args.period.to})`;
/** Concluded in the period by a reply (not by the applicant's lapse). */
const repliedIn = (args: MetricArgs) =>
  sql`${concludedIn(args)} AND ${r.outcome} NOT IN (${sql.join(
    LAPSED.map((c) => sql`${c}`),
    sql`, `,
  )})`;
/** The due date of the request's last reply clock (a correction stops one and starts another). */
const replyDueOn = latestClockDueOnSql({
  subjectType: 'disclosure_request',
  subjectId: r.id,
  // Both texts' reply clocks (rule 14): a request has only the one of its receipt date.
  clockKeys: ['disclosure.reply', 'disclosure.reply_2008'],
});
const TIMELINESS: Record<string, SQL> = {
  on_time: sql`${replyDueOn} IS NOT NULL AND ${r.concludedOn} <= ${replyDueOn}`,
  late: sql`${replyDueOn} IS NOT NULL AND ${r.concludedOn} > ${replyDueOn}`,
  untimed: sql`${replyDueOn} IS NULL`,
};

/** Counts by a column under a condition, every code present (0 when none). */
async function countBy(args: MetricArgs, column: SQL, where: SQL, codes: readonly string[]) {
  const result = await args.db.execute<{ k: string; n: number }>(
    sql`SELECT ${column} AS k, count(*)::int AS n FROM ${r} WHERE ${scoped(args)} AND ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  let value = 0;
  for (const row of result.rows) {
    breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
    value += Number(row.n);
  }
  return { value, breakdown };
}

type PageArgs = MetricArgs & { cell?: string; limit: number; offset: number };
const list = (args: PageArgs, where: SQL): Promise<RecordPage> =>
  listRequestRecords(args.db, sql`${scoped(args)} AND ${where}`, args);
const cellOf = (column: SQL, cell?: string) => (cell ? sql` AND ${column} = ${cell}` : sql``);

/** 一(六)三 "受理信息公开申请43件，其中：信函受理35件，网络受理2件，当面受理6件": received in the period, by channel. */
export const requestsReceived = defineMetric({
  key: 'disclosure.requests_received',
  label: '受理政府信息公开申请数',
  unit: 'count',
  breakdown: { by: 'channel', labels: CHANNEL_LABELS },
  isPublic: true,
  compute: (args) => countBy(args, sql`${r.channel}`, receivedIn(args), Object.keys(CHANNEL_LABELS)),
  records: (args) => list(args, sql`${receivedIn(args)}${cellOf(sql`${r.channel}`, args.cell)}`),
});

/** 一(六)三 "现已全部办结": of the requests received in the period, those concluded (whenever, to date). */
export const requestsConcluded = defineMetric({
  key: 'disclosure.requests_concluded',
  label: '已办结的政府信息公开申请数（统计期内受理）',
  unit: 'count',
  isPublic: true,
  // The seed figure has no breakdown; whether each was concluded by the period end or after it is in the
  // drill-down (cells `in_period` / `after_period`).
  compute: async (args) => {
    const { value } = await countBy(
      args,
      sql`CASE WHEN ${r.concludedOn} <= ${args.period.to} THEN 'in_period' ELSE 'after_period' END`,
      sql`${receivedIn(args)} AND ${r.concludedOn} IS NOT NULL`,
      Object.keys(CONCLUDED_LABELS),
    );
    return { value };
  },
  records: (args) =>
    list(
      args,
      sql`${receivedIn(args)} AND ${r.concludedOn} IS NOT NULL${
        args.cell === 'in_period'
          ? sql` AND ${r.concludedOn} <= ${args.period.to}`
          : args.cell === 'after_period'
            ? sql` AND ${r.concludedOn} > ${args.period.to}`
            : sql``
      }`,
    ),
});

/** Table 三 row 一 by column: requests received in the period, by applicant type. */
export const requestsByApplicantType = defineMetric({
  key: 'disclosure.requests_by_applicant_type',
  label: '本期新收申请数（按申请人类型）',
  unit: 'count',
  breakdown: { by: 'applicant_type', labels: APPLICANT_LABELS },
  isPublic: true,
  compute: (args) => countBy(args, sql`${r.applicantType}`, receivedIn(args), Object.keys(APPLICANT_LABELS)),
  records: (args) => list(args, sql`${receivedIn(args)}${cellOf(sql`${r.applicantType}`, args.cell)}`),
});

/** Table 三 三、本年度办理结果: requests concluded in the period, by outcome (one outcome each). */
export const requestsByOutcome = defineMetric({
  key: 'disclosure.requests_by_outcome',
  label: '本期办结申请数（按办理结果）',
  unit: 'count',
  breakdown: { by: 'outcome', labels: OUTCOME_LABELS },
  isPublic: true,
  compute: (args) => countBy(args, sql`${r.outcome}`, concludedIn(args), Object.keys(OUTCOME_LABELS)),
  records: (args) => list(args, sql`${concludedIn(args)}${cellOf(sql`${r.outcome}`, args.cell)}`),
});

/** Table 三 row 四: received by the period's end and not concluded by it, by applicant type. */
export const requestsOpenAtPeriodEnd = defineMetric({
  key: 'disclosure.requests_open_at_period_end',
  label: '期末尚未办结的申请数（结转下期）',
  unit: 'count',
  breakdown: { by: 'applicant_type', labels: APPLICANT_LABELS },
  isPublic: true,
  compute: (args) => countBy(args, sql`${r.applicantType}`, openAtEnd(args), Object.keys(APPLICANT_LABELS)),
  records: (args) => list(args, sql`${openAtEnd(args)}${cellOf(sql`${r.applicantType}`, args.cell)}`),
});

/** Replies given in the period by their reply clock's (possibly extended) due date. Basis: 条例 第三十三条. */
export const replyOnTimeRate = defineMetric({
  key: 'disclosure.reply_on_time_rate',
  label: '按期答复率',
  unit: 'rate',
  breakdown: { by: 'timeliness', labels: TIMELINESS_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; n: number }>(sql`
      SELECT CASE WHEN ${TIMELINESS.untimed} THEN 'untimed' WHEN ${TIMELINESS.late} THEN 'late' ELSE 'on_time' END AS k,
        count(*)::int AS n
      FROM ${r} WHERE ${scoped(args)} AND ${repliedIn(args)} GROUP BY 1`);
    const breakdown: Record<string, number> = { on_time: 0, late: 0, untimed: 0 };
    for (const row of result.rows) breakdown[row.k] = Number(row.n);
    const timed = (breakdown.on_time ?? 0) + (breakdown.late ?? 0);
    return { value: timed ? Math.round(((breakdown.on_time ?? 0) / timed) * 10_000) / 10_000 : 1, breakdown };
  },
  records: (args) =>
    list(
      args,
      sql`${repliedIn(args)}${args.cell && TIMELINESS[args.cell] ? sql` AND ${TIMELINESS[args.cell]}` : sql``}`,
    ),
});

/** Extensions of the reply period approved in the period (延长答复期限, 条例 第三十三条第二款). */
export const extensions = defineMetric({
  key: 'disclosure.extensions',
  label: '延长答复期限的申请数',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${r}
      WHERE ${scoped(args)} AND ${r.extensionApprovedOn} BETWEEN ${args.period.from} AND ${args.period.to}`);
    return { value: Number(result.rows[0]?.n ?? 0) };
  },
  records: (args) =>
    list(args, sql`${r.extensionApprovedOn} BETWEEN ${args.period.from} AND ${args.period.to}`),
});

type TimedRow = {
  id: string;
  tracking_code: string;
  received_on: string;
  concluded_on: string;
  reply_clocks: TimingEvent[][] | null;
};

/** Every reply of the period with the working days its reply clock ran. */
async function replyDays(args: MetricArgs): Promise<(TimedRow & { days: number })[]> {
  const [cal, result] = await Promise.all([
    loadCalendar(args.db),
    args.db.execute<TimedRow>(sql`
      SELECT ${r.id} AS id, ${r.trackingCode} AS tracking_code, ${r.receivedOn} AS received_on,
        ${r.concludedOn} AS concluded_on,
        COALESCE(
          ${clockEventsSql({ subjectType: 'disclosure_request', subjectId: r.id, clockKey: 'disclosure.reply' })},
          ${clockEventsSql({ subjectType: 'disclosure_request', subjectId: r.id, clockKey: 'disclosure.reply_2008' })}
        ) AS reply_clocks
      FROM ${r} WHERE ${scoped(args)} AND ${repliedIn(args)}
      ORDER BY ${r.concludedOn}, ${r.trackingCode}`),
  ]);
  return result.rows.map((row) => ({
    ...row,
    days: replyWorkingDays(
      cal,
      { receivedOn: row.received_on, concludedOn: row.concluded_on },
      row.reply_clocks ?? [],
    ),
  }));
}

/** Mean working days from receipt to reply, the days the reply clock stood still left out. */
export const averageReplyDays = defineMetric({
  key: 'disclosure.average_reply_days',
  label: '平均答复用时（工作日）',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    return { value: averageOf((await replyDays(args)).map((x) => x.days)) };
  },
  async records(args) {
    const all = await replyDays(args);
    return {
      columns: [
        { key: 'trackingCode', label: '查询码' },
        { key: 'receivedOn', label: '收到申请日期' },
        { key: 'concludedOn', label: '办结日期' },
        { key: 'days', label: '答复用时（工作日，不含暂停）' },
      ],
      rows: all.slice(args.offset, args.offset + args.limit).map((x) => ({
        id: x.id,
        trackingCode: x.tracking_code,
        receivedOn: x.received_on,
        concludedOn: x.concluded_on,
        days: x.days,
      })),
      total: all.length,
    };
  },
});
