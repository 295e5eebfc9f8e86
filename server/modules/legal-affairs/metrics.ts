import { type SQL, sql } from 'drizzle-orm';
import {
  MATTER_CATEGORIES,
  MATTER_KINDS,
  MATTER_OUTCOMES,
} from '../../../common/contracts/legal-affairs/dictionaries.js';
import {
  defineMetric,
  type MetricArgs,
  type MetricDef,
  metricScopeCondition,
} from '../../platform/reports/index.js';
import { LOSS_COUNTED_KINDS } from './rules.js';
import { legalMatters as m, legalOpinions as o } from './schema.js';

const labels = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const CATEGORY_LABELS = labels(MATTER_CATEGORIES);
const KIND_LABELS = labels(MATTER_KINDS);
const OUTCOME_LABELS = labels(MATTER_OUTCOMES);

/**
 * Matters of a kind the advisers took on in the period: requested in it, and neither returned (not a matter for
 * the advisers) nor withdrawn by the unit — seed 一(二)二 "全区涉诉案件602件，非诉案件45件" (decision 0041 §3).
 */
function takenOn(args: MetricArgs, kind: string, cell?: string): SQL {
  return sql`${metricScopeCondition(args.scope, m.orgUnitId, m.districtId)}
    AND ${m.kind} = ${kind}
    AND ${m.requestedOn} BETWEEN ${args.period.from} AND ${args.period.to}
    AND ${m.state} NOT IN ('returned', 'withdrawn')
    ${cell ? sql`AND ${m.category} = ${cell}` : sql``}`;
}

const MATTER_COLUMNS = [
  { key: 'matter_number', label: '事项编号' },
  { key: 'category', label: '事项类别' },
  { key: 'subject', label: '事项名称' },
  { key: 'unit', label: '申请单位' },
  { key: 'requested_on', label: '申请日期' },
  { key: 'state', label: '状态' },
  { key: 'outcome', label: '办理结果' },
];

async function matterRecords(
  args: MetricArgs & { limit: number; offset: number },
  where: SQL,
  extra = sql``,
) {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${m.id} AS id, ${m.matterNumber} AS matter_number, ${m.category} AS category, ${m.subject} AS subject,
        u.name AS unit, ${m.requestedOn} AS requested_on, ${m.state} AS state, ${m.outcome} AS outcome ${extra}
      FROM ${m} JOIN org_units u ON u.id = ${m.orgUnitId}
      WHERE ${where}
      ORDER BY ${m.requestedOn}, ${m.matterNumber}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${m} WHERE ${where}`),
  ]);
  return {
    rows: rows.rows.map((r) => ({
      ...r,
      category: CATEGORY_LABELS[String(r.category)] ?? r.category,
      outcome: r.outcome ? (OUTCOME_LABELS[String(r.outcome)] ?? r.outcome) : null,
    })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

function mattersOfKind(key: string, label: string, kind: 'litigation' | 'non_litigation'): MetricDef {
  const cells = MATTER_CATEGORIES.filter((c) => c.kind === kind);
  return defineMetric({
    key,
    label,
    unit: 'count',
    breakdown: { by: 'category', labels: Object.fromEntries(cells.map((c) => [c.code, c.label])) },
    isPublic: true,
    async compute(args) {
      const result = await args.db.execute<{ category: string; n: number }>(
        sql`SELECT ${m.category} AS category, count(*)::int AS n FROM ${m} WHERE ${takenOn(args, kind)} GROUP BY 1`,
      );
      const breakdown = Object.fromEntries(cells.map((c) => [c.code, 0]));
      let value = 0;
      for (const r of result.rows) {
        breakdown[r.category] = Number(r.n);
        value += Number(r.n);
      }
      return { value, breakdown };
    },
    async records(args) {
      return { columns: MATTER_COLUMNS, ...(await matterRecords(args, takenOn(args, kind, args.cell))) };
    },
  });
}

/** 一(二)二 "全区涉诉案件602件": lawsuits and arbitrations the advisers took on, by 民事 / 行政 / 仲裁. */
export const litigationMatters = mattersOfKind(
  'legal_affairs.litigation_matters',
  '涉诉案件数',
  'litigation',
);

/** 一(二)二 "非诉案件45件": negotiations, key-project support, petition and historical cases. */
export const nonLitigationMatters = mattersOfKind(
  'legal_affairs.non_litigation_matters',
  '非诉案件数',
  'non_litigation',
);

function opinionsIssued(args: MetricArgs, cell?: string): SQL {
  return sql`${metricScopeCondition(args.scope, o.orgUnitId, o.districtId)}
    AND ${o.issuedOn} BETWEEN ${args.period.from} AND ${args.period.to}
    ${cell ? sql`AND ${o.matterId} IN (SELECT id FROM legal_matters WHERE kind = ${cell})` : sql``}`;
}

/**
 * 一(二)二 "出具法律意见书398件": opinion documents issued in the period, whatever the matter (an opinion on a
 * decision, a contract review, a legality review of another module), by the matter's kind.
 */
export const legalOpinionsIssued = defineMetric({
  key: 'legal_affairs.legal_opinions',
  label: '出具法律意见书数',
  unit: 'count',
  breakdown: { by: 'kind', labels: KIND_LABELS },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ kind: string; n: number }>(sql`
      SELECT lm.kind, count(*)::int AS n FROM ${o} JOIN legal_matters lm ON lm.id = ${o.matterId}
      WHERE ${opinionsIssued(args)} GROUP BY 1`);
    const breakdown = Object.fromEntries(MATTER_KINDS.map((k) => [k.code, 0]));
    let value = 0;
    for (const r of result.rows) {
      breakdown[r.kind] = Number(r.n);
      value += Number(r.n);
    }
    return { value, breakdown };
  },
  async records(args) {
    const where = opinionsIssued(args, args.cell);
    const [rows, total] = await Promise.all([
      args.db.execute<Record<string, unknown>>(sql`
        SELECT ${o.id} AS id, ${o.opinionNumber} AS opinion_number, ${o.title} AS title, ${o.issuedOn} AS issued_on,
          a.name AS signer, lm.matter_number, lm.kind, u.name AS unit
        FROM ${o} JOIN legal_matters lm ON lm.id = ${o.matterId} JOIN legal_advisers a ON a.id = ${o.signerAdviserId}
          JOIN org_units u ON u.id = ${o.orgUnitId}
        WHERE ${where}
        ORDER BY ${o.issuedOn}, ${o.opinionNumber}
        LIMIT ${args.limit} OFFSET ${args.offset}`),
      args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${o} WHERE ${where}`),
    ]);
    return {
      columns: [
        { key: 'opinion_number', label: '意见书编号' },
        { key: 'title', label: '标题' },
        { key: 'issued_on', label: '出具日期' },
        { key: 'signer', label: '签署人' },
        { key: 'matter_number', label: '事项编号' },
        { key: 'kind', label: '事项类型' },
        { key: 'unit', label: '申请单位' },
      ],
      rows: rows.rows.map((r) => ({ ...r, kind: KIND_LABELS[String(r.kind)] ?? r.kind })),
      total: Number(total.rows[0]?.n ?? 0),
    };
  },
});

const LOSS_KINDS = sql.join(
  LOSS_COUNTED_KINDS.map((k) => sql`${k}`),
  sql`, `,
);

/** Lawsuits concluded in the period with a loss avoided (its reckoning is required with it). */
function lossAvoided(args: MetricArgs): SQL {
  return sql`${metricScopeCondition(args.scope, m.orgUnitId, m.districtId)}
    AND ${m.kind} IN (${LOSS_KINDS}) AND ${m.state} = 'concluded'
    AND ${m.concludedOn} BETWEEN ${args.period.from} AND ${args.period.to}
    AND ${m.lossAvoidedYuan} > 0`;
}

/** 一(二)二 "通过诉讼减损经济损失达1.8亿": the loss avoided in the lawsuits concluded in the period, in yuan. */
export const lossAvoidedYuan = defineMetric({
  key: 'legal_affairs.loss_avoided_yuan',
  label: '通过诉讼减损经济损失（元）',
  unit: 'yuan',
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ yuan: string | null }>(
      sql`SELECT sum(${m.lossAvoidedYuan})::text AS yuan FROM ${m} WHERE ${lossAvoided(args)}`,
    );
    return { value: Number(result.rows[0]?.yuan ?? 0) };
  },
  async records(args) {
    const page = await matterRecords(
      args,
      lossAvoided(args),
      sql`, ${m.amountAtStake}::float8 AS amount_at_stake, ${m.lossAvoidedYuan}::float8 AS loss_avoided_yuan,
        ${m.lossReckoning} AS loss_reckoning`,
    );
    return {
      columns: [
        ...MATTER_COLUMNS,
        { key: 'amount_at_stake', label: '涉案金额（元）' },
        { key: 'loss_avoided_yuan', label: '减损金额（元）' },
        { key: 'loss_reckoning', label: '计算方法' },
      ],
      ...page,
    };
  },
});

/**
 * Adviser workload: matters the roster took on in the period (requested in it, assigned to at least one
 * adviser, not returned or withdrawn); the records are one row per adviser with their matters and opinions.
 */
export const adviserWorkload = defineMetric({
  key: 'legal_affairs.adviser_matters',
  label: '法律顾问承办事项数',
  unit: 'count',
  isPublic: false,
  async compute(args) {
    const result = await args.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM ${m}
      WHERE ${metricScopeCondition(args.scope, m.orgUnitId, m.districtId)}
        AND ${m.requestedOn} BETWEEN ${args.period.from} AND ${args.period.to}
        AND ${m.state} NOT IN ('returned', 'withdrawn')
        AND EXISTS (SELECT 1 FROM legal_matter_advisers x WHERE x.matter_id = ${m.id})`);
    return { value: Number(result.rows[0]?.n ?? 0) };
  },
  async records(args) {
    const scope = metricScopeCondition(args.scope, m.orgUnitId, m.districtId);
    const [rows, total] = await Promise.all([
      args.db.execute<Record<string, unknown>>(sql`
        SELECT a.id, a.name, a.firm, count(DISTINCT ${m.id})::int AS matters,
          (SELECT count(*)::int FROM legal_opinions op WHERE op.signer_adviser_id = a.id
             AND op.issued_on BETWEEN ${args.period.from} AND ${args.period.to}) AS opinions
        FROM legal_advisers a JOIN legal_matter_advisers x ON x.adviser_id = a.id JOIN ${m} ON ${m.id} = x.matter_id
        WHERE ${scope} AND ${m.requestedOn} BETWEEN ${args.period.from} AND ${args.period.to}
          AND ${m.state} NOT IN ('returned', 'withdrawn')
        GROUP BY a.id, a.name, a.firm
        ORDER BY matters DESC, a.name
        LIMIT ${args.limit} OFFSET ${args.offset}`),
      args.db.execute<{ n: number }>(sql`
        SELECT count(DISTINCT x.adviser_id)::int AS n FROM legal_matter_advisers x JOIN ${m} ON ${m.id} = x.matter_id
        WHERE ${scope} AND ${m.requestedOn} BETWEEN ${args.period.from} AND ${args.period.to}
          AND ${m.state} NOT IN ('returned', 'withdrawn')`),
    ]);
    return {
      columns: [
        { key: 'name', label: '法律顾问' },
        { key: 'firm', label: '律师事务所' },
        { key: 'matters', label: '承办事项' },
        { key: 'opinions', label: '签署意见书' },
      ],
      rows: rows.rows,
      total: Number(total.rows[0]?.n ?? 0),
    };
  },
});

export const LEGAL_AFFAIRS_METRICS = [
  litigationMatters,
  nonLitigationMatters,
  legalOpinionsIssued,
  lossAvoidedYuan,
  adviserWorkload,
];
