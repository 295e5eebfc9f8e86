import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { CATEGORY_LABELS, CHANNEL_LABELS, OUTCOME_LABELS } from '../../../common/contracts/petitions.js';
import {
  defineMetric,
  type MetricArgs,
  type MetricDef,
  metricScopeCondition,
} from '../../platform/reports/index.js';

type RecordArgs = Parameters<MetricDef['records']>[0];
import { petitions as p } from './schema.js';

const inScope = (args: MetricArgs) => metricScopeCondition(args.scope, p.orgUnitId, p.districtId);
const between = (column: AnyPgColumn, args: MetricArgs) =>
  sql`${column} BETWEEN ${args.period.from} AND ${args.period.to}`;

/** The petitions' drill-down: number, dates, category, channel, handling unit, state, outcome. */
async function petitionRecords(args: RecordArgs, where: SQL) {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${p.id} AS id, ${p.number} AS number, ${p.receivedOn} AS received_on, ${p.category} AS category,
        ${p.channel} AS channel, u.name AS unit, ${p.status} AS status, ${p.outcome} AS outcome,
        ${p.answeredOn} AS answered_on
      FROM ${p} JOIN org_units u ON u.id = ${p.orgUnitId}
      WHERE ${where}
      ORDER BY ${p.receivedOn}, ${p.number}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${p} WHERE ${where}`),
  ]);
  return {
    columns: [
      { key: 'number', label: '信访件编号' },
      { key: 'received_on', label: '收到日期' },
      { key: 'category', label: '类别' },
      { key: 'channel', label: '渠道' },
      { key: 'unit', label: '承办机关' },
      { key: 'status', label: '状态' },
      { key: 'outcome', label: '处理意见' },
      { key: 'answered_on', label: '出具意见日期' },
    ],
    rows: rows.rows.map((r) => ({
      ...r,
      category: CATEGORY_LABELS[r.category as keyof typeof CATEGORY_LABELS] ?? r.category,
      channel: CHANNEL_LABELS[r.channel as keyof typeof CHANNEL_LABELS] ?? r.channel,
      outcome: r.outcome ? (OUTCOME_LABELS[r.outcome as keyof typeof OUTCOME_LABELS] ?? r.outcome) : null,
    })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

/** Counts by a column's codes, every code present (0 when none). */
async function countBy(args: MetricArgs, column: AnyPgColumn, codes: readonly string[], where: SQL) {
  const result = await args.db.execute<{ k: string; n: number }>(
    sql`SELECT ${column} AS k, count(*)::int AS n FROM ${p} WHERE ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  let value = 0;
  for (const row of result.rows) {
    breakdown[row.k] = Number(row.n);
    value += Number(row.n);
  }
  return { value, breakdown };
}

const received = (args: MetricArgs) => sql`${inScope(args)} AND ${between(p.receivedOn, args)}`;

/** 信访事项 received in the period, by category (建议意见 / 检举控告 / 申诉求决). */
export const petitionsReceived = defineMetric({
  key: 'petitions.received',
  label: '受理信访事项数',
  unit: 'count',
  isPublic: true,
  breakdown: { by: 'category', labels: CATEGORY_LABELS },
  compute: (args) => countBy(args, p.category, Object.keys(CATEGORY_LABELS), received(args)),
  records: (args) =>
    petitionRecords(
      args,
      args.cell ? sql`${received(args)} AND ${p.category} = ${args.cell}` : received(args),
    ),
});

/** The same petitions by channel (网上、来信、来电、传真、来访). */
export const petitionsByChannel = defineMetric({
  key: 'petitions.received_by_channel',
  label: '按渠道统计的信访事项数',
  unit: 'count',
  isPublic: true,
  breakdown: { by: 'channel', labels: CHANNEL_LABELS },
  compute: (args) => countBy(args, p.channel, Object.keys(CHANNEL_LABELS), received(args)),
  records: (args) =>
    petitionRecords(
      args,
      args.cell ? sql`${received(args)} AND ${p.channel} = ${args.cell}` : received(args),
    ),
});

const answered = (args: MetricArgs) => sql`${inScope(args)} AND ${between(p.answeredOn, args)}`;

/** 处理意见 issued in the period, by outcome (予以支持 / 解释说明 / 不予支持). */
export const petitionsAnswered = defineMetric({
  key: 'petitions.answered',
  label: '出具处理意见的信访事项数',
  unit: 'count',
  isPublic: true,
  breakdown: { by: 'outcome', labels: OUTCOME_LABELS },
  compute: (args) => countBy(args, p.outcome, Object.keys(OUTCOME_LABELS), answered(args)),
  records: (args) =>
    petitionRecords(
      args,
      args.cell ? sql`${answered(args)} AND ${p.outcome} = ${args.cell}` : answered(args),
    ),
});

/** Share of the opinions issued in the period within the handling period (60 days, + 30 when extended). */
export const answeredOnTimeRate = defineMetric({
  key: 'petitions.answered_on_time_rate',
  label: '信访事项按期办结率',
  unit: 'rate',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ n: number; ok: number }>(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE ${p.answeredOnTime} IS NOT FALSE)::int AS ok
      FROM ${p} WHERE ${answered(args)}`);
    const n = Number(r.rows[0]?.n ?? 0);
    return { value: n === 0 ? 0 : Number(r.rows[0]!.ok) / n };
  },
  records: (args) => petitionRecords(args, sql`${answered(args)} AND ${p.answeredOnTime} IS FALSE`),
});

const noticed = (args: MetricArgs) => sql`${inScope(args)} AND ${between(p.noticeOn, args)}`;

/** Share of the petitioners told within 15 days (受理告知) among those told in the period. */
export const noticeOnTimeRate = defineMetric({
  key: 'petitions.notice_on_time_rate',
  label: '信访事项按期告知率',
  unit: 'rate',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ n: number; ok: number }>(sql`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE ${p.noticeOnTime} IS NOT FALSE)::int AS ok
      FROM ${p} WHERE ${noticed(args)}`);
    const n = Number(r.rows[0]?.n ?? 0);
    return { value: n === 0 ? 0 : Number(r.rows[0]!.ok) / n };
  },
  records: (args) => petitionRecords(args, sql`${noticed(args)} AND ${p.noticeOnTime} IS FALSE`),
});

const reviewRequested = (args: MetricArgs) => sql`${inScope(args)} AND ${between(p.reviewRequestedOn, args)}`;
const reexamRequested = (args: MetricArgs) => sql`${inScope(args)} AND ${between(p.reexamRequestedOn, args)}`;

/** 复查 requested in the period. */
export const reviewsRequested = defineMetric({
  key: 'petitions.reviews',
  label: '信访复查件数',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${p} WHERE ${reviewRequested(args)}`,
    );
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) => petitionRecords(args, reviewRequested(args)),
});

/** 复核 requested in the period. */
export const reexaminationsRequested = defineMetric({
  key: 'petitions.reexaminations',
  label: '信访复核件数',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const r = await args.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${p} WHERE ${reexamRequested(args)}`,
    );
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) => petitionRecords(args, reexamRequested(args)),
});

export const petitionMetrics = [
  petitionsReceived,
  petitionsByChannel,
  petitionsAnswered,
  answeredOnTimeRate,
  noticeOnTimeRate,
  reviewsRequested,
  reexaminationsRequested,
];
