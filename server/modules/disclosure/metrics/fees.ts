/**
 * 信息处理费 collected in the year (国办函〔2020〕109号; reported in 其他需要报告的事项, legal-rules §1.3 and §2.1):
 * the fees paid in the period — the day the applicant paid (`fee_paid_on`), not the notice — and the requests
 * they were paid on, by the method charged (按件 / 按量).
 */
import { type SQL, sql } from 'drizzle-orm';
import { FEE_METHODS } from '../../../../common/contracts/disclosure/dictionaries.js';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../../platform/reports/index.js';
import { disclosureRequests as r } from '../schema/requests.js';
import { listRequestRecords } from '../table3/cell-records.js';

const METHOD_LABELS = Object.fromEntries(FEE_METHODS.map((m) => [m.code, m.label]));

const paidIn = (args: MetricArgs, cell?: string): SQL =>
  sql`${metricScopeCondition(args.scope, r.orgUnitId, r.districtId)}
    AND ${r.feePaidOn} BETWEEN ${args.period.from} AND ${args.period.to}
    AND ${r.feeAmount} IS NOT NULL${cell ? sql` AND ${r.feeMethod} = ${cell}` : sql``}`;

/** Sums (or counts) the paid fees of the period by method, every method present. */
async function byMethod(args: MetricArgs, measure: SQL) {
  const result = await args.db.execute<{ k: string | null; n: string }>(
    sql`SELECT ${r.feeMethod} AS k, (${measure})::text AS n FROM ${r} WHERE ${paidIn(args)} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(FEE_METHODS.map((m) => [m.code, 0]));
  let value = 0;
  for (const row of result.rows) {
    const n = Number(row.n);
    if (row.k) breakdown[row.k] = (breakdown[row.k] ?? 0) + n;
    value += n;
  }
  return { value: Math.round(value * 100) / 100, breakdown };
}

const records = (args: MetricArgs & { cell?: string; limit: number; offset: number }) =>
  listRequestRecords(args.db, paidIn(args, args.cell), args);

/** 本年度收取信息处理费 …元: the fees paid in the period (yuan), by method. */
export const feesCollectedYuan = defineMetric({
  key: 'disclosure.fees_collected_yuan',
  label: '收取信息处理费金额（元）',
  unit: 'yuan',
  breakdown: { by: 'fee_method', labels: METHOD_LABELS },
  isPublic: true,
  compute: (args) => byMethod(args, sql`sum(${r.feeAmount})`),
  records,
});

/** …涉及…件申请: the requests a fee was paid on in the period, by method. */
export const feeRequests = defineMetric({
  key: 'disclosure.fee_requests',
  label: '收取信息处理费的申请数',
  unit: 'count',
  breakdown: { by: 'fee_method', labels: METHOD_LABELS },
  isPublic: true,
  compute: (args) => byMethod(args, sql`count(*)`),
  records,
});
