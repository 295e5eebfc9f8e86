/**
 * The figures of 建议提案办理 (seed 一(六)一; the definitions are readings written in docs/decisions/0040-proposals.md
 * §6 and shown in each label). The population of a year: the items assigned (交办) in the period and not
 * sitting returned; every rate's denominator is named beside it.
 */
import { type SQL, sql } from 'drizzle-orm';
import { EVALUATIONS, PROPOSAL_STATES, RESULT_CLASSES } from '../../../common/contracts/proposals.js';
import { defineMetric, type MetricArgs, metricScopeCondition } from '../../platform/reports/index.js';
import { proposalContacts, proposalItems as i } from './schema.js';
import { settingsOf } from './service/records.js';

const labels = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));

/** Items assigned in the period (交办件数), in scope, not sitting returned. */
function assignedIn(args: MetricArgs): SQL {
  return sql`${metricScopeCondition(args.scope, i.orgUnitId, i.districtId)}
    AND ${i.assignedOn} BETWEEN ${args.period.from} AND ${args.period.to} AND ${i.status} <> 'returned'`;
}

async function meetingHeld(args: MetricArgs): Promise<SQL> {
  const kinds = (await settingsOf(args.db, args.scope.districtId)).meetingKinds;
  return sql`EXISTS (SELECT 1 FROM ${proposalContacts} c WHERE c.item_id = ${i.id}
    AND c.kind IN (${sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    )}))`;
}

const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 0);

/** Counts of the population by a SQL expression, with every label present. */
async function countBy(args: MetricArgs, where: SQL, by: SQL, codes: readonly string[]) {
  const result = await args.db.execute<{ k: string | null; n: number }>(
    sql`SELECT ${by} AS k, count(*)::int AS n FROM ${i} WHERE ${where} GROUP BY 1`,
  );
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const row of result.rows)
    if (row.k !== null) breakdown[row.k] = (breakdown[row.k] ?? 0) + Number(row.n);
  return breakdown;
}

const sum = (b: Record<string, number>, keys: readonly string[]) => keys.reduce((n, k) => n + (b[k] ?? 0), 0);

/** The records behind a figure: one row per item, with its unit, dates, class and evaluation. */
async function records(args: MetricArgs & { limit: number; offset: number }, where: SQL) {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`
      SELECT ${i.id} AS id, CASE ${i.kind} WHEN 'npc' THEN '人大代表建议' ELSE '政协委员提案' END AS kind,
        ${i.session} AS session, ${i.number} AS number, ${i.title} AS title, ${i.leadAuthor} AS lead_author,
        u.name AS unit, ${i.assignedOn} AS assigned_on, ${i.answerDueOn} AS due_on,
        ${i.firstAnsweredOn} AS answered_on, ${i.resultClass} AS result_class,
        CASE ${i.evaluation} WHEN 'satisfied' THEN '满意' WHEN 'basically_satisfied' THEN '基本满意'
          WHEN 'dissatisfied' THEN '不满意' END AS evaluation
      FROM ${i} JOIN org_units u ON u.id = ${i.orgUnitId}
      WHERE ${where}
      ORDER BY ${i.kind} DESC, ${i.session}, ${i.number}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${i} WHERE ${where}`),
  ]);
  return {
    columns: [
      { key: 'kind', label: '类型' },
      { key: 'session', label: '届次' },
      { key: 'number', label: '编号' },
      { key: 'title', label: '标题' },
      { key: 'lead_author', label: '领衔代表（提案人）' },
      { key: 'unit', label: '主办单位' },
      { key: 'assigned_on', label: '交办日期' },
      { key: 'due_on', label: '答复期限' },
      { key: 'answered_on', label: '首次答复日期' },
      { key: 'result_class', label: '办理结果分类' },
      { key: 'evaluation', label: '评价' },
    ],
    rows: rows.rows,
    total: Number(total.rows[0]?.n ?? 0),
  };
}

const HANDLED_STATES = PROPOSAL_STATES.filter((s) => s.code !== 'returned' && s.code !== 'registered');
const STATE_CODES = HANDLED_STATES.map((s) => s.code);

function handledCount(key: string, kind: 'npc' | 'cppcc', label: string) {
  const where = (args: MetricArgs) => sql`${assignedIn(args)} AND ${i.kind} = ${kind}`;
  return defineMetric({
    key,
    label,
    unit: 'count',
    breakdown: { by: 'state', labels: labels(HANDLED_STATES) },
    isPublic: true,
    async compute(args) {
      const breakdown = await countBy(args, where(args), sql`${i.status}`, STATE_CODES);
      return { value: sum(breakdown, STATE_CODES), breakdown };
    },
    records: (args) =>
      records(args, sql`${where(args)}${args.cell ? sql` AND ${i.status} = ${args.cell}` : sql``}`),
  });
}

/** 一(六)一 "办理人大代表建议83件": NPC deputies' suggestions assigned to the government's units in the year. */
export const npcSuggestionsHandled = handledCount(
  'proposals.npc_suggestions_handled',
  'npc',
  '办理人大代表建议件数（年内交办）',
);
/** 一(六)一 "政协委员提案105件". */
export const cppccProposalsHandled = handledCount(
  'proposals.cppcc_proposals_handled',
  'cppcc',
  '办理政协委员提案件数（年内交办）',
);

/** 见面率 = items whose handler met the deputy or member (the kinds the district counts) ÷ items assigned. */
export const meetingRate = defineMetric({
  key: 'proposals.meeting_rate',
  label: '见面率（与代表委员见面的件数 ÷ 交办件数）',
  unit: 'rate',
  breakdown: { by: 'meeting', labels: { met: '已见面', not_met: '未见面' } },
  isPublic: true,
  async compute(args) {
    const met = await meetingHeld(args);
    const b = await countBy(args, assignedIn(args), sql`CASE WHEN ${met} THEN 'met' ELSE 'not_met' END`, [
      'met',
      'not_met',
    ]);
    return { value: ratio(b.met ?? 0, sum(b, ['met', 'not_met'])), breakdown: b };
  },
  async records(args) {
    const met = await meetingHeld(args);
    const cell =
      args.cell === 'met' ? sql` AND ${met}` : args.cell === 'not_met' ? sql` AND NOT ${met}` : sql``;
    return records(args, sql`${assignedIn(args)}${cell}`);
  },
});

const EVALUATION_CODES = EVALUATIONS.map((e) => e.code);
const evaluatedIn = (args: MetricArgs) => sql`${assignedIn(args)} AND ${i.evaluation} IS NOT NULL`;

/** A satisfaction rate over the items with an evaluation (the latest one: a 不满意 re-handled to 满意 counts 满意). */
function satisfaction(key: string, label: string, counted: readonly string[]) {
  return defineMetric({
    key,
    label,
    unit: 'rate',
    breakdown: { by: 'evaluation', labels: labels(EVALUATIONS) },
    isPublic: true,
    async compute(args) {
      const b = await countBy(args, evaluatedIn(args), sql`${i.evaluation}`, EVALUATION_CODES);
      return { value: ratio(sum(b, counted), sum(b, EVALUATION_CODES)), breakdown: b };
    },
    records: (args) =>
      records(args, sql`${evaluatedIn(args)}${args.cell ? sql` AND ${i.evaluation} = ${args.cell}` : sql``}`),
  });
}

/** 满意率 = 满意 ÷ items evaluated. */
export const satisfactionRate = satisfaction(
  'proposals.satisfaction_rate',
  '满意率（评价为满意的件数 ÷ 已评价件数）',
  ['satisfied'],
);
/** 基本满意率 = (满意 + 基本满意) ÷ items evaluated (满意率含基本满意, decision 0040 §6). */
export const basicSatisfactionRate = satisfaction(
  'proposals.basic_satisfaction_rate',
  '基本满意率（满意和基本满意的件数 ÷ 已评价件数）',
  ['satisfied', 'basically_satisfied'],
);

/** On time, late, or past due unanswered at period end: the 办复率's parts. */
function timeliness(args: MetricArgs): SQL {
  return sql`CASE WHEN ${i.firstAnsweredOn} IS NOT NULL AND ${i.firstAnsweredOn} <= ${i.answerDueOn} THEN 'on_time'
    WHEN ${i.firstAnsweredOn} IS NOT NULL THEN 'late'
    WHEN ${i.answerDueOn} < ${args.period.to} THEN 'overdue' END`;
}

/** 办复率 = items answered within their period ÷ items answered or past their period at the end of the period. */
export const answerOnTimeRate = defineMetric({
  key: 'proposals.answer_on_time_rate',
  label: '按期办复率（按期答复件数 ÷ 已答复或已到期件数）',
  unit: 'rate',
  breakdown: { by: 'timeliness', labels: { on_time: '按期答复', late: '逾期答复', overdue: '逾期未答复' } },
  isPublic: true,
  async compute(args) {
    const b = await countBy(args, assignedIn(args), timeliness(args), ['on_time', 'late', 'overdue']);
    return { value: ratio(b.on_time ?? 0, sum(b, ['on_time', 'late', 'overdue'])), breakdown: b };
  },
  records: (args) =>
    records(
      args,
      sql`${assignedIn(args)} AND ${timeliness(args)} ${args.cell ? sql`= ${args.cell}` : sql`IS NOT NULL`}`,
    ),
});

const CLASS_CODES = RESULT_CLASSES.map((c) => c.code);
/** Answers by result class (the latest answer's class). */
export const resultsByClass = defineMetric({
  key: 'proposals.results_by_class',
  label: '已答复件数（按办理结果分类）',
  unit: 'count',
  breakdown: { by: 'result_class', labels: labels(RESULT_CLASSES) },
  isPublic: true,
  async compute(args) {
    const b = await countBy(
      args,
      sql`${assignedIn(args)} AND ${i.resultClass} IS NOT NULL`,
      sql`${i.resultClass}`,
      CLASS_CODES,
    );
    return { value: sum(b, CLASS_CODES), breakdown: b };
  },
  records: (args) =>
    records(
      args,
      sql`${assignedIn(args)} AND ${i.resultClass} ${args.cell ? sql`= ${args.cell}` : sql`IS NOT NULL`}`,
    ),
});

/** Items re-handled after a 不满意 (再办理), in the population of the year. */
export const rehandled = defineMetric({
  key: 'proposals.rehandled',
  label: '再办理件数（代表委员不满意后重新办理）',
  unit: 'count',
  isPublic: true,
  async compute(args) {
    const result = await args.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ${i} WHERE ${assignedIn(args)} AND ${i.round} > 1`,
    );
    return { value: Number(result.rows[0]?.n ?? 0) };
  },
  records: (args) => records(args, sql`${assignedIn(args)} AND ${i.round} > 1`),
});

export const proposalMetrics = [
  npcSuggestionsHandled,
  cppccProposalsHandled,
  meetingRate,
  satisfactionRate,
  basicSatisfactionRate,
  answerOnTimeRate,
  resultsByClass,
  rehandled,
];
