/**
 * The figures of 学法、普法 and 述法 (seed 一(一)二、三 and section 三; decision 0050 §7): each counts the records of
 * the period in scope, and its drill-down lists them. Study sessions belong to the district (its root unit),
 * so a department's scope has none.
 */
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import {
  ACTIVITY_THEMES,
  ACTIVITY_VENUES,
  SESSION_KINDS,
} from '../../../common/contracts/legal-education.js';
import {
  defineMetric,
  type MetricArgs,
  type MetricScope,
  type RecordPage,
} from '../../platform/reports/index.js';
import { acceptances, activities, attendance, duties, reports, sessions, trainings } from './schema.js';

const labels = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 0);
/** The kernel's metric scope on a column or an aliased column (`metricScopeCondition` takes table columns only). */
function inScope(scope: MetricScope, unit: SQLWrapper, district: SQLWrapper): SQL {
  const d = sql`${district} = ${scope.districtId}`;
  if (!scope.orgPath) return d;
  return sql`${d} AND ${unit} IN (SELECT id FROM org_units WHERE path LIKE ${`${scope.orgPath}%`})`;
}
type Paged = MetricArgs & { cell?: string; limit: number; offset: number };

async function page(
  args: Paged,
  select: SQL,
  from: SQL,
  where: SQL,
  order: SQL,
  columns: RecordPage['columns'],
): Promise<RecordPage> {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(
      sql`SELECT ${select} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${args.limit} OFFSET ${args.offset}`,
    ),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`),
  ]);
  return { columns, rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

async function countBy(
  args: MetricArgs,
  table: SQL,
  where: SQL,
  by: SQL,
  codes: readonly string[],
  value: SQL = sql`count(*)`,
) {
  const result = await args.db.execute<{ k: string | null; n: number }>(
    sql`SELECT ${by} AS k, (${value})::int AS n FROM ${table} WHERE ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const row of result.rows)
    if (row.k !== null) breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
  return breakdown;
}
const total = (b: Record<string, number>) => Object.values(b).reduce((a, n) => a + n, 0);

// ── 学法 ───────────────────────────────────────────────────────────────
const sessionsIn = (args: MetricArgs) =>
  sql`${inScope(args.scope, sessions.orgUnitId, sessions.districtId)} AND ${sessions.heldOn} BETWEEN ${args.period.from} AND ${args.period.to}`;
const SESSION_COLUMNS = [
  { key: 'code', label: '编号' },
  { key: 'kind', label: '学法形式' },
  { key: 'held_on', label: '学法日期' },
  { key: 'topic', label: '学法主题' },
  { key: 'speaker', label: '主讲人' },
  { key: 'hours', label: '学时' },
  { key: 'present', label: '出席' },
  { key: 'invited', label: '应到' },
];
const kindCase = sql.raw(
  `CASE kind ${SESSION_KINDS.map((k) => `WHEN '${k.code}' THEN '${k.label}'`).join(' ')} END`,
);
const sessionRecords = (args: Paged, extra: SQL = sql`TRUE`) =>
  page(
    args,
    sql`id, code, ${kindCase} AS kind, held_on, topic, speaker, hours,
      (SELECT count(*) FROM ${attendance} a WHERE a.session_id = ${sessions}.id AND a.present)::int AS present,
      (SELECT count(*) FROM ${attendance} a WHERE a.session_id = ${sessions}.id)::int AS invited`,
    sql`${sessions}`,
    sql`${sessionsIn(args)} AND ${extra}`,
    sql`held_on, code`,
    SESSION_COLUMNS,
  );

export const studySessions = defineMetric({
  key: 'legal_education.study_sessions',
  label: '领导干部学法活动（次）',
  unit: 'count',
  breakdown: { by: 'kind', labels: labels(SESSION_KINDS) },
  isPublic: true,
  compute: async (args) => {
    const breakdown = await countBy(
      args,
      sql`${sessions}`,
      sessionsIn(args),
      sql`${sessions.kind}`,
      SESSION_KINDS.map((k) => k.code),
    );
    return { value: total(breakdown), breakdown };
  },
  records: (args) => sessionRecords(args, args.cell ? sql`${sessions.kind} = ${args.cell}` : sql`TRUE`),
});

export const studyAttendanceRate = defineMetric({
  key: 'legal_education.study_attendance_rate',
  label: '领导干部学法参学率（出席人次 ÷ 应到人次）',
  unit: 'rate',
  isPublic: true,
  compute: async (args) => {
    const r = await args.db.execute<{ present: number; invited: number }>(sql`
      SELECT count(*) FILTER (WHERE a.present)::int AS present, count(*)::int AS invited
      FROM ${attendance} a JOIN ${sessions} ON ${sessions.id} = a.session_id WHERE ${sessionsIn(args)}`);
    return { value: ratio(Number(r.rows[0]?.present ?? 0), Number(r.rows[0]?.invited ?? 0)) };
  },
  records: (args) => sessionRecords(args),
});

// ── 普法 ───────────────────────────────────────────────────────────────
const activitiesIn = (args: MetricArgs) =>
  sql`${inScope(args.scope, activities.orgUnitId, activities.districtId)} AND ${activities.heldOn} BETWEEN ${args.period.from} AND ${args.period.to}`;
const themeCase = sql.raw(
  `CASE a.theme ${ACTIVITY_THEMES.map((k) => `WHEN '${k.code}' THEN '${k.label}'`).join(' ')} END`,
);
const venueCase = sql.raw(
  `CASE a.venue ${ACTIVITY_VENUES.map((k) => `WHEN '${k.code}' THEN '${k.label}'`).join(' ')} END`,
);
const activityRecords = (args: Paged, extra: SQL) =>
  page(
    args,
    sql`a.id, a.code, a.held_on, ${themeCase} AS theme, ${venueCase} AS venue, a.title, u.name AS unit, a.audience`,
    sql`${activities} a JOIN org_units u ON u.id = a.org_unit_id`,
    sql`${inScope(args.scope, sql`a.org_unit_id`, sql`a.district_id`)} AND a.held_on BETWEEN ${args.period.from} AND ${args.period.to} AND ${extra}`,
    sql`a.held_on, a.code`,
    [
      { key: 'code', label: '编号' },
      { key: 'held_on', label: '活动日期' },
      { key: 'theme', label: '主题' },
      { key: 'venue', label: '场所' },
      { key: 'title', label: '活动名称' },
      { key: 'unit', label: '主办单位' },
      { key: 'audience', label: '受众人数' },
    ],
  );

export const activityCount = defineMetric({
  key: 'legal_education.activities',
  label: '普法活动（场）',
  unit: 'count',
  breakdown: { by: 'theme', labels: labels(ACTIVITY_THEMES) },
  isPublic: true,
  compute: async (args) => {
    const breakdown = await countBy(
      args,
      sql`${activities}`,
      activitiesIn(args),
      sql`${activities.theme}`,
      ACTIVITY_THEMES.map((k) => k.code),
    );
    return { value: total(breakdown), breakdown };
  },
  records: (args) => activityRecords(args, args.cell ? sql`a.theme = ${args.cell}` : sql`TRUE`),
});

export const activityAudience = defineMetric({
  key: 'legal_education.activity_audience',
  label: '普法活动受众（人次）',
  unit: 'count',
  breakdown: { by: 'venue', labels: labels(ACTIVITY_VENUES) },
  isPublic: true,
  compute: async (args) => {
    const breakdown = await countBy(
      args,
      sql`${activities}`,
      activitiesIn(args),
      sql`${activities.venue}`,
      ACTIVITY_VENUES.map((k) => k.code),
      sql`sum(${activities.audience})`,
    );
    return { value: total(breakdown), breakdown };
  },
  records: (args) => activityRecords(args, args.cell ? sql`a.venue = ${args.cell}` : sql`TRUE`),
});

/** Units with a 普法责任清单 at the period's end (a list is as of a day: its entries written by then). */
export const unitsWithDutyLists = defineMetric({
  key: 'legal_education.units_with_duty_lists',
  label: '建立普法责任清单的单位（个，期末）',
  unit: 'count',
  isPublic: true,
  compute: async (args) => {
    const r = await args.db.execute<{ n: number }>(sql`
      SELECT count(DISTINCT ${duties.orgUnitId})::int AS n FROM ${duties}
      WHERE ${inScope(args.scope, duties.orgUnitId, duties.districtId)} AND (${duties.createdAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${args.period.to}`);
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) =>
    page(
      args,
      sql`u.id, u.name AS unit, count(*)::int AS laws, sum(d.powers)::int AS powers`,
      sql`${duties} d JOIN org_units u ON u.id = d.org_unit_id`,
      sql`${inScope(args.scope, sql`d.org_unit_id`, sql`d.district_id`)} AND (d.created_at AT TIME ZONE 'Asia/Shanghai')::date <= ${args.period.to} GROUP BY u.id, u.name, u.code`,
      sql`u.code`,
      [
        { key: 'unit', label: '责任单位' },
        { key: 'laws', label: '法律法规（部）' },
        { key: 'powers', label: '涉及权责事项' },
      ],
    ).then(async (p) => {
      // GROUP BY in the page query: the total is the number of groups.
      const n = await args.db.execute<{
        n: number;
      }>(sql`SELECT count(DISTINCT d.org_unit_id)::int AS n FROM ${duties} d
        WHERE ${inScope(args.scope, sql`d.org_unit_id`, sql`d.district_id`)} AND (d.created_at AT TIME ZONE 'Asia/Shanghai')::date <= ${args.period.to}`);
      return { ...p, total: Number(n.rows[0]?.n ?? 0) };
    }),
});

export const finalAcceptancesPassed = defineMetric({
  key: 'legal_education.final_acceptances_passed',
  label: '普法规划总结验收通过（个）',
  unit: 'count',
  isPublic: true,
  compute: async (args) => {
    const r = await args.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM ${acceptances} WHERE ${inScope(args.scope, acceptances.orgUnitId, acceptances.districtId)}
        AND ${acceptances.stage} = 'final' AND ${acceptances.result} = 'passed' AND ${acceptances.acceptedOn} BETWEEN ${args.period.from} AND ${args.period.to}`);
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) =>
    page(
      args,
      sql`c.id, p.name AS plan, c.accepted_on, jsonb_array_length(c.items)::int AS items`,
      sql`${acceptances} c JOIN legal_education_plans p ON p.id = c.plan_id`,
      sql`${inScope(args.scope, sql`c.org_unit_id`, sql`c.district_id`)} AND c.stage = 'final' AND c.result = 'passed' AND c.accepted_on BETWEEN ${args.period.from} AND ${args.period.to}`,
      sql`c.accepted_on`,
      [
        { key: 'plan', label: '普法规划' },
        { key: 'accepted_on', label: '验收日期' },
        { key: 'items', label: '验收项目（项）' },
      ],
    ),
});

export const lawTrained = defineMetric({
  key: 'legal_education.law_trained',
  label: '培训法律明白人（人次）',
  unit: 'count',
  isPublic: true,
  compute: async (args) => {
    const r = await args.db.execute<{ n: number }>(sql`
      SELECT coalesce(sum(${trainings.trained}), 0)::int AS n FROM ${trainings}
      WHERE ${inScope(args.scope, trainings.orgUnitId, trainings.districtId)} AND ${trainings.heldOn} BETWEEN ${args.period.from} AND ${args.period.to}`);
    return { value: Number(r.rows[0]?.n ?? 0) };
  },
  records: (args) =>
    page(
      args,
      sql`t.id, t.code, t.held_on, u.name AS unit, t.trained`,
      sql`${trainings} t JOIN org_units u ON u.id = t.org_unit_id`,
      sql`${inScope(args.scope, sql`t.org_unit_id`, sql`t.district_id`)} AND t.held_on BETWEEN ${args.period.from} AND ${args.period.to}`,
      sql`t.held_on, t.code`,
      [
        { key: 'code', label: '编号' },
        { key: 'held_on', label: '培训日期' },
        { key: 'unit', label: '村（社区）' },
        { key: 'trained', label: '培训人数' },
      ],
    ),
});

// ── 述法 ───────────────────────────────────────────────────────────────
/** The reports on the years of the period (a 2020 report is submitted in December 2020 or January 2021). */
const reportsOf = (args: MetricArgs, states: readonly string[]) =>
  sql`${inScope(args.scope, sql`r.org_unit_id`, sql`r.district_id`)}
    AND r.year BETWEEN ${Number(args.period.from.slice(0, 4))} AND ${Number(args.period.to.slice(0, 4))}
    AND r.status IN (${sql.join(
      states.map((s) => sql`${s}`),
      sql`, `,
    )})`;
const reportRecords = (args: Paged, states: readonly string[]) =>
  page(
    args,
    sql`r.id, r.year, l.name AS leader, l.post, u.name AS unit, r.submitted_on, r.reviewed_on,
      CASE r.grade WHEN 'excellent' THEN '好' WHEN 'good' THEN '较好' WHEN 'fair' THEN '一般' WHEN 'poor' THEN '差' END AS grade`,
    sql`${reports} r JOIN legal_education_leaders l ON l.id = r.leader_id JOIN org_units u ON u.id = r.org_unit_id`,
    reportsOf(args, states),
    sql`u.code, l.code`,
    [
      { key: 'year', label: '年度' },
      { key: 'leader', label: '主要负责人' },
      { key: 'post', label: '职务' },
      { key: 'unit', label: '单位' },
      { key: 'submitted_on', label: '提交日期' },
      { key: 'reviewed_on', label: '审核日期' },
      { key: 'grade', label: '评议等次' },
    ],
  );
const countReports = async (args: MetricArgs, states: readonly string[]) => {
  const r = await args.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${reports} r WHERE ${reportsOf(args, states)}`,
  );
  return { value: Number(r.rows[0]?.n ?? 0) };
};
const SUBMITTED = ['submitted', 'reviewed', 'evaluated'] as const;

export const reportsSubmitted = defineMetric({
  key: 'legal_education.duty_reports_submitted',
  label: '党政主要负责人年终述法（人，按述法年度）',
  unit: 'count',
  isPublic: true,
  compute: (args) => countReports(args, SUBMITTED),
  records: (args) => reportRecords(args, SUBMITTED),
});

export const reportsEvaluated = defineMetric({
  key: 'legal_education.duty_reports_evaluated',
  label: '述法已评议（人，按述法年度）',
  unit: 'count',
  isPublic: true,
  compute: (args) => countReports(args, ['evaluated']),
  records: (args) => reportRecords(args, ['evaluated']),
});

export const educationMetrics = [
  studySessions,
  studyAttendanceRate,
  activityCount,
  activityAudience,
  unitsWithDutyLists,
  finalAcceptancesPassed,
  lawTrained,
  reportsSubmitted,
  reportsEvaluated,
];
