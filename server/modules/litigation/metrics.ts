import { type SQL, sql } from 'drizzle-orm';
import { ACT_KINDS, JUDGMENT_TYPES } from '../../../common/contracts/litigation.js';
import { maskPersonName } from '../../../common/privacy/masking.js';
import {
  defineMetric,
  type MetricArgs,
  metricScopeCondition,
  type RecordPage,
} from '../../platform/reports/index.js';
import { lawsuitHearings as h, lawsuits as l } from './schema.js';

/**
 * The figures of 行政应诉 (definitions: docs/decisions/0043 §4). Periods: a lawsuit is counted when filed
 * (立案), concluded when its decision takes effect, heard when a hearing is held in the period.
 */
const inScope = (args: MetricArgs) => metricScopeCondition(args.scope, l.orgUnitId, l.districtId);
const between = (column: SQL | typeof l.filedOn, args: MetricArgs) =>
  sql`${column} BETWEEN ${args.period.from} AND ${args.period.to}`;
const codeList = (codes: readonly string[]) =>
  sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );
const LOST = JUDGMENT_TYPES.filter((j) => j.lost).map((j) => j.code);
const ACT_LABELS = Object.fromEntries(ACT_KINDS.map((a) => [a.code, a.label]));
const TYPE_LABELS = Object.fromEntries(JUDGMENT_TYPES.map((j) => [j.code, j.label]));

const COLUMNS = [
  { key: 'case_number', label: '案号' },
  { key: 'department', label: '被诉单位' },
  { key: 'plaintiff', label: '原告' },
  { key: 'cause', label: '案由' },
  { key: 'filed_on', label: '立案日期' },
  { key: 'outcome', label: '裁判结果' },
];

/** The lawsuits a condition selects, a person plaintiff's name masked (figures' records reach many readers). */
async function lawsuitRecords(
  args: MetricArgs & { limit: number; offset: number },
  where: SQL,
): Promise<RecordPage> {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${l.id} AS id, ${l.caseNumber} AS case_number, u.name AS department, ${l.plaintiffName} AS plaintiff,
        ${l.plaintiffKind} AS plaintiff_kind, ${l.cause} AS cause, ${l.filedOn} AS filed_on,
        coalesce(${l.effectiveType}, ${l.judgmentType}) AS outcome
      FROM ${l} JOIN org_units u ON u.id = ${l.orgUnitId}
      WHERE ${where} ORDER BY ${l.filedOn} DESC, ${l.caseNumber}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${l} WHERE ${where}`),
  ]);
  return {
    columns: COLUMNS,
    rows: rows.rows.map(({ plaintiff_kind, ...row }) => ({
      ...row,
      plaintiff: plaintiff_kind === 'person' ? maskPersonName(String(row.plaintiff)) : row.plaintiff,
      outcome: row.outcome ? (TYPE_LABELS[String(row.outcome)] ?? row.outcome) : '尚未审结',
    })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

async function count(args: MetricArgs, where: SQL): Promise<number> {
  const r = await args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${l} WHERE ${where}`);
  return Number(r.rows[0]?.n ?? 0);
}

const filedIn = (args: MetricArgs) => sql`${inScope(args)} AND ${between(sql`${l.filedOn}`, args)}`;
const concludedIn = (args: MetricArgs) => sql`${inScope(args)} AND ${between(sql`${l.effectiveOn}`, args)}`;

/** Lawsuits filed against the district or its departments in the period, by the act challenged. */
export const lawsuitsFiled = defineMetric({
  key: 'litigation.lawsuits_filed',
  label: '行政应诉案件数（新收）',
  unit: 'count',
  breakdown: { by: 'act_kind', labels: ACT_LABELS },
  isPublic: false,
  async compute(args) {
    const r = await args.db.execute<{ k: string; n: number }>(
      sql`SELECT ${l.actKind} AS k, count(*)::int AS n FROM ${l} WHERE ${filedIn(args)} GROUP BY 1`,
    );
    const breakdown = Object.fromEntries(ACT_KINDS.map((a) => [a.code, 0]));
    for (const row of r.rows) breakdown[row.k] = Number(row.n);
    return { value: Object.values(breakdown).reduce((a, b) => a + b, 0), breakdown };
  },
  records: (args) =>
    lawsuitRecords(args, args.cell ? sql`${filedIn(args)} AND ${l.actKind} = ${args.cell}` : filedIn(args)),
});

/** Lawsuits whose decision took effect in the period. */
export const lawsuitsConcluded = defineMetric({
  key: 'litigation.lawsuits_concluded',
  label: '审结的行政应诉案件数',
  unit: 'count',
  breakdown: { by: 'outcome', labels: TYPE_LABELS },
  isPublic: false,
  async compute(args) {
    const r = await args.db.execute<{ k: string; n: number }>(
      sql`SELECT ${l.effectiveType} AS k, count(*)::int AS n FROM ${l} WHERE ${concludedIn(args)} GROUP BY 1`,
    );
    const breakdown = Object.fromEntries(JUDGMENT_TYPES.map((j) => [j.code, 0]));
    for (const row of r.rows) breakdown[row.k] = Number(row.n);
    return { value: Object.values(breakdown).reduce((a, b) => a + b, 0), breakdown };
  },
  records: (args) =>
    lawsuitRecords(
      args,
      args.cell ? sql`${concludedIn(args)} AND ${l.effectiveType} = ${args.cell}` : concludedIn(args),
    ),
});

/** 败诉率: of the lawsuits concluded in the period, those whose decision in effect went against the organ. */
export const lossRate = defineMetric({
  key: 'litigation.loss_rate',
  label: '行政诉讼败诉率',
  unit: 'rate',
  isPublic: false,
  async compute(args) {
    const all = await count(args, concludedIn(args));
    const lost = await count(args, sql`${concludedIn(args)} AND ${l.effectiveType} IN (${codeList(LOST)})`);
    return { value: all ? lost / all : 0 };
  },
  records: (args) =>
    lawsuitRecords(args, sql`${concludedIn(args)} AND ${l.effectiveType} IN (${codeList(LOST)})`),
});

/** Lawsuits with a hearing in the period, and those at which the organ's head appeared. */
const heardIn = (args: MetricArgs, headOnly: boolean) => sql`${inScope(args)} AND EXISTS (
  SELECT 1 FROM ${h} WHERE ${h.lawsuitId} = ${l.id} AND ${between(sql`${h.heldOn}`, args)}
  ${headOnly ? sql`AND ${h.headAppeared}` : sql``})`;

/** 负责人出庭应诉率: lawsuits heard in the period at which the head appeared at least once ÷ lawsuits heard. */
export const headAppearanceRate = defineMetric({
  key: 'litigation.head_appearance_rate',
  label: '行政机关负责人出庭应诉率',
  unit: 'rate',
  isPublic: true,
  async compute(args) {
    const heard = await count(args, heardIn(args, false));
    const head = await count(args, heardIn(args, true));
    return { value: heard ? head / heard : 0 };
  },
  records: (args) => lawsuitRecords(args, heardIn(args, true)),
});

const TABLE4_LABELS = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };
const TABLE4_CASE = sql.join(
  [
    sql`CASE`,
    ...JUDGMENT_TYPES.map((j) => sql`WHEN ${l.judgmentType} = ${j.code} THEN ${j.table4}`),
    sql`ELSE 'other' END`,
  ],
  sql` `,
);

/**
 * Table 四 of the disclosure report, a 诉讼 group (/work/helpers/table4.md): first-instance suits whose act is a
 * disclosure reply, filed in the period, by their first-instance result as of the period's end.
 */
function table4Metric(key: string, label: string, afterReconsideration: boolean) {
  const where = (args: MetricArgs) =>
    sql`${filedIn(args)} AND ${l.actKind} = 'disclosure' AND ${l.afterReconsideration} = ${afterReconsideration}`;
  const result = (args: MetricArgs) =>
    sql`CASE WHEN ${l.judgedOn} IS NULL OR ${l.judgedOn} > ${args.period.to} THEN 'pending' ELSE ${TABLE4_CASE} END`;
  return defineMetric({
    key,
    label,
    unit: 'count',
    breakdown: { by: 'result', labels: TABLE4_LABELS },
    isPublic: true,
    async compute(args) {
      const r = await args.db.execute<{ k: string; n: number }>(
        sql`SELECT ${result(args)} AS k, count(*)::int AS n FROM ${l} WHERE ${where(args)} GROUP BY 1`,
      );
      const breakdown: Record<string, number> = { upheld: 0, corrected: 0, other: 0, pending: 0 };
      for (const row of r.rows) breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
      return { value: Object.values(breakdown).reduce((a, b) => a + b, 0), breakdown };
    },
    records: (args) =>
      lawsuitRecords(args, args.cell ? sql`${where(args)} AND ${result(args)} = ${args.cell}` : where(args)),
  });
}

export const table4Direct = table4Metric(
  'litigation.disclosure_table4_direct',
  '政府信息公开行政诉讼（未经复议直接起诉）',
  false,
);
export const table4AfterReconsideration = table4Metric(
  'litigation.disclosure_table4_after_reconsideration',
  '政府信息公开行政诉讼（复议后起诉）',
  true,
);

/** Judicial suggestions received in the period, and how many are answered. */
export const judicialSuggestionsReceived = defineMetric({
  key: 'litigation.judicial_suggestions',
  label: '收到司法建议数',
  unit: 'count',
  breakdown: { by: 'reply', labels: { replied: '已回复', pending: '未回复' } },
  isPublic: false,
  async compute(args) {
    const r = await args.db.execute<{ replied: number; pending: number }>(sql`
      SELECT count(*) FILTER (WHERE s.replied_on IS NOT NULL)::int AS replied,
        count(*) FILTER (WHERE s.replied_on IS NULL)::int AS pending
      FROM judicial_suggestions s JOIN ${l} ON ${l.id} = s.lawsuit_id
      WHERE ${inScope(args)} AND s.received_on BETWEEN ${args.period.from} AND ${args.period.to}`);
    const replied = Number(r.rows[0]?.replied ?? 0);
    const pending = Number(r.rows[0]?.pending ?? 0);
    return { value: replied + pending, breakdown: { replied, pending } };
  },
  records: (args) =>
    lawsuitRecords(
      args,
      sql`${inScope(args)} AND ${l.id} IN (SELECT lawsuit_id FROM judicial_suggestions
        WHERE received_on BETWEEN ${args.period.from} AND ${args.period.to})`,
    ),
});

export const litigationMetrics = [
  lawsuitsFiled,
  lawsuitsConcluded,
  lossRate,
  headAppearanceRate,
  table4Direct,
  table4AfterReconsideration,
  judicialSuggestionsReceived,
];
