/**
 * The figures of the committee and the plan (seed 一(一) and 三; decision 0049 §Figures). A plan task counts in
 * the period its due day falls in; it is on time when its completion report's day is on or before the due day.
 * Meetings count on the day held; a 督办 step on the day it was taken.
 */
import { type SQL, sql } from 'drizzle-orm';
import { ESCALATION_LEVELS, MEETING_KINDS, TASK_STATES } from '../../../common/contracts/coordination.js';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../platform/reports/index.js';
import { coordinationMeetings as m, coordinationTasks as t } from './schema.js';

const labels = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 0);
type Paged = MetricArgs & { cell?: string; limit: number; offset: number };

/** Tasks due in the period, in scope. */
const dueIn = (args: MetricArgs): SQL =>
  sql`${metricScopeCondition(args.scope, t.orgUnitId, t.districtId)}
    AND ${t.dueOn} BETWEEN ${args.period.from} AND ${args.period.to}`;

const onTime = sql`${t.state} = 'done' AND ${t.doneOn} <= ${t.dueOn}`;

/** The tasks behind a figure: code, task, lead unit, due day, state, done day, 督办. */
async function taskRecords(args: Paged, where: SQL) {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${t.id} AS id, ${t.code} AS code, ${t.title} AS title, u.name AS unit, ${t.dueOn} AS due_on,
        CASE ${t.state} WHEN 'open' THEN '办理中' WHEN 'reported' THEN '待验收' ELSE '已办结' END AS state,
        ${t.doneOn} AS done_on,
        CASE ${t.escalation} WHEN 'none' THEN '' WHEN 'reminded' THEN '已提醒' WHEN 'noticed' THEN '已发督办通知'
          WHEN 'interviewed' THEN '已约谈' ELSE '已提请委员会' END AS escalation
      FROM ${t} JOIN org_units u ON u.id = ${t.orgUnitId}
      WHERE ${where}
      ORDER BY ${t.dueOn}, ${t.code}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${t} WHERE ${where}`),
  ]);
  return {
    columns: [
      { key: 'code', label: '任务编号' },
      { key: 'title', label: '任务内容' },
      { key: 'unit', label: '牵头单位' },
      { key: 'due_on', label: '完成时限' },
      { key: 'state', label: '状态' },
      { key: 'done_on', label: '办结日期' },
      { key: 'escalation', label: '督办' },
    ],
    rows: rows.rows,
    total: Number(total.rows[0]?.n ?? 0),
  };
}

async function countBy(args: MetricArgs, where: SQL, by: SQL, codes: readonly string[]) {
  const result = await args.db.execute<{ k: string; n: number }>(
    sql`SELECT ${by} AS k, count(*)::int AS n FROM ${t} WHERE ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const row of result.rows) breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
  return breakdown;
}
const total = (b: Record<string, number>) => Object.values(b).reduce((a, n) => a + n, 0);

/** 委员会会议: meetings of the committee and its office held in the period. */
export const meetingsHeld = defineMetric({
  key: 'coordination.meetings_held',
  label: '召开法治建设委员会（办公室）会议次数',
  unit: 'count',
  breakdown: { by: 'kind', labels: labels(MEETING_KINDS) },
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ k: string; n: number }>(sql`
      SELECT ${m.kind} AS k, count(*)::int AS n FROM ${m}
      WHERE ${metricScopeCondition(args.scope, m.orgUnitId, m.districtId)}
        AND ${m.heldOn} BETWEEN ${args.period.from} AND ${args.period.to} GROUP BY 1`);
    const breakdown: Record<string, number> = { committee: 0, office: 0 };
    for (const row of result.rows) breakdown[row.k] = Number(row.n);
    return { value: total(breakdown), breakdown };
  },
  async records(args) {
    const where = sql`${metricScopeCondition(args.scope, m.orgUnitId, m.districtId)}
      AND ${m.heldOn} BETWEEN ${args.period.from} AND ${args.period.to}
      ${args.cell ? sql`AND ${m.kind} = ${args.cell}` : sql``}`;
    const [rows, n] = await Promise.all([
      args.db.execute<Record<string, unknown>>(sql`
        SELECT ${m.id} AS id, ${m.number} AS number, ${m.title} AS title, ${m.heldOn} AS held_on,
          jsonb_array_length(${m.attendees}) AS attendees
        FROM ${m} WHERE ${where} ORDER BY ${m.heldOn} LIMIT ${args.limit} OFFSET ${args.offset}`),
      args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${m} WHERE ${where}`),
    ]);
    return {
      columns: [
        { key: 'number', label: '会议编号' },
        { key: 'title', label: '会议名称' },
        { key: 'held_on', label: '召开日期' },
        { key: 'attendees', label: '出席人数' },
      ],
      rows: rows.rows,
      total: Number(n.rows[0]?.n ?? 0),
    };
  },
});

const STATE_CODES = TASK_STATES.map((s) => s.code);

/** 工作要点任务: the tasks due in the period, by state. */
export const planTasks = defineMetric({
  key: 'coordination.plan_tasks',
  label: '工作要点任务数（完成时限在期内）',
  unit: 'count',
  breakdown: { by: 'state', labels: labels(TASK_STATES) },
  isPublic: true,
  async compute(args) {
    const breakdown = await countBy(args, dueIn(args), sql`${t.state}`, STATE_CODES);
    return { value: total(breakdown), breakdown };
  },
  records: (args) =>
    taskRecords(args, sql`${dueIn(args)}${args.cell ? sql` AND ${t.state} = ${args.cell}` : sql``}`),
});

/** 按期完成率: tasks done by their due day ÷ tasks due in the period. */
export const onTimeRate = defineMetric({
  key: 'coordination.on_time_rate',
  label: '工作要点任务按期完成率（按期办结数 ÷ 期内到期任务数）',
  unit: 'rate',
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ due: number; on_time: number }>(sql`
      SELECT count(*)::int AS due, count(*) FILTER (WHERE ${onTime})::int AS on_time FROM ${t} WHERE ${dueIn(args)}`);
    const row = result.rows[0];
    return { value: ratio(Number(row?.on_time ?? 0), Number(row?.due ?? 0)) };
  },
  records: (args) => taskRecords(args, sql`${dueIn(args)} AND ${onTime}`),
});

const STEP_COLUMNS = {
  reminded: t.remindedOn,
  noticed: t.noticedOn,
  interviewed: t.interviewedOn,
  referred: t.referredOn,
};
const STEPS = ESCALATION_LEVELS.filter((l) => l.code !== 'none');

/** 督办: the 督办 steps taken in the period (reminders, notices, interviews, referrals), by step. */
export const supervisionSteps = defineMetric({
  key: 'coordination.supervision_steps',
  label: '督办次数（提醒、督办通知、约谈、提请委员会）',
  unit: 'count',
  breakdown: { by: 'step', labels: labels(STEPS) },
  isPublic: false,
  async compute(args) {
    const scope = metricScopeCondition(args.scope, t.orgUnitId, t.districtId);
    const result = await args.db.execute<Record<string, number>>(sql`
      SELECT ${sql.join(
        Object.entries(STEP_COLUMNS).map(
          ([k, c]) =>
            sql`count(*) FILTER (WHERE ${c} BETWEEN ${args.period.from} AND ${args.period.to})::int AS ${sql.raw(k)}`,
        ),
        sql`, `,
      )} FROM ${t} WHERE ${scope}`);
    const row = result.rows[0] ?? {};
    const breakdown = Object.fromEntries(Object.keys(STEP_COLUMNS).map((k) => [k, Number(row[k] ?? 0)]));
    return { value: total(breakdown), breakdown };
  },
  records(args) {
    const scope = metricScopeCondition(args.scope, t.orgUnitId, t.districtId);
    const columns =
      args.cell && args.cell in STEP_COLUMNS
        ? [STEP_COLUMNS[args.cell as keyof typeof STEP_COLUMNS]]
        : Object.values(STEP_COLUMNS);
    const any = sql.join(
      columns.map((c) => sql`${c} BETWEEN ${args.period.from} AND ${args.period.to}`),
      sql` OR `,
    );
    return taskRecords(args, sql`${scope} AND (${any})`);
  },
});

export const coordinationMetrics = [meetingsHeld, planTasks, onTimeRate, supervisionSteps];
