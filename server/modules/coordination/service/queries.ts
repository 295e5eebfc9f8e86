import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type {
  LeagueTable,
  MeetingDetail,
  TaskDetail,
  TaskListQuery,
} from '../../../../common/contracts/coordination.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { findProcedureSteps, presentActions, presentStep } from '../../../platform/procedures/index.js';
import { proposals } from '../../proposals/index.js';
import { meetingScope, taskScope } from '../policy.js';
import { taskProcedure } from '../procedure.js';
import { STALLED_DAYS } from '../rules.js';
import {
  coordinationLinks as l,
  coordinationMeetings as m,
  coordinationMembers,
  coordinationPlans as p,
  coordinationReports as r,
  coordinationTasks as t,
} from '../schema.js';
import {
  getScopedTask,
  presentSummaries,
  presentSummary,
  selectTasks,
  type TaskView,
  toRecord,
  toView,
  unitNames,
} from './records.js';
import { taskTransitions } from './transitions.js';

/** Overdue or stalled (open, past due or without news for STALLED_DAYS). */
export function attentionSql(today: string): SQL {
  return sql`(${t.state} = 'open' AND (${t.dueOn} < ${today}
    OR ${t.lastActivityOn} < (${today}::date - ${STALLED_DAYS}::int)))`;
}

export function taskConditions(
  actor: Actor,
  q: Omit<TaskListQuery, 'page' | 'pageSize'>,
  today: string,
): SQL {
  const where: (SQL | undefined)[] = [taskScope(actor)];
  if (q.state) where.push(eq(t.state, q.state));
  if (q.unitId) where.push(eq(t.orgUnitId, q.unitId));
  if (q.year) where.push(eq(t.year, q.year));
  if (q.escalation) where.push(eq(t.escalation, q.escalation));
  if (q.attention !== undefined)
    where.push(q.attention ? attentionSql(today) : sql`NOT ${attentionSql(today)}`);
  return and(...where)!;
}

/** The board's order: overdue and stalled first (most overdue first), then open by due day, then done. */
const boardOrder = (today: string) =>
  [
    sql`CASE WHEN ${attentionSql(today)} THEN 0 WHEN ${t.state} <> 'done' THEN 1 ELSE 2 END`,
    sql`CASE WHEN ${t.state} <> 'done' THEN ${t.dueOn} END ASC`,
    desc(t.doneOn),
    asc(t.code),
  ] as const;

export async function findTasks(ctx: Ctx, q: TaskListQuery) {
  assertCan(ctx.actor, 'coordination.view');
  const where = taskConditions(ctx.actor!, q, ctx.today);
  const rows = await selectTasks(ctx.db, where)
    .orderBy(...boardOrder(ctx.today))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(t)
    .where(where);
  return {
    items: await presentSummaries(ctx.db, rows.map(toView), ctx.today),
    total: count?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Every task in scope (the ledger export), by code. */
export async function findTasksForExport(ctx: Ctx, year?: number): Promise<TaskView[]> {
  const where = and(taskScope(ctx.actor!), year ? eq(t.year, year) : undefined)!;
  return (await selectTasks(ctx.db, where).orderBy(asc(t.code))).map(toView);
}

const meetingRef = async (db: Executor, id: string | null) => {
  if (!id) return null;
  const [row] = await db.select({ id: m.id, title: m.title, heldOn: m.heldOn }).from(m).where(eq(m.id, id));
  return row ?? null;
};

/** A task with its reports and evidence, the proposals linked to it, its steps and what the reader may do. */
export async function getTask(ctx: Ctx, id: string): Promise<TaskDetail> {
  assertCan(ctx.actor, 'coordination.view');
  const task = await getScopedTask(ctx.db, ctx.actor!, id);
  const [names, reports, links, plan, meeting, referred, linked, history, actions] = await Promise.all([
    unitNames(ctx.db, task.coUnitIds),
    ctx.db
      .select({ report: r, unitName: orgUnits.name })
      .from(r)
      .innerJoin(orgUnits, eq(orgUnits.id, r.orgUnitId))
      .where(eq(r.taskId, id))
      .orderBy(desc(r.reportedOn), desc(r.createdAt)),
    ctx.db.select().from(l).where(eq(l.taskId, id)),
    task.planId ? ctx.db.select({ title: p.title }).from(p).where(eq(p.id, task.planId)) : [],
    meetingRef(ctx.db, task.meetingId),
    meetingRef(ctx.db, task.referredMeetingId),
    proposals.itemsLinkedTo(ctx.db, task.districtId, { module: 'coordination', id }),
    findProcedureSteps(ctx.db, taskProcedure.key, id),
    taskTransitions.actionsFor(ctx, toRecord(task, ctx.today)),
  ]);
  return {
    ...presentSummary(task, names, ctx.today),
    body: task.body,
    planTitle: plan[0]?.title ?? null,
    meeting,
    milestones: task.milestones,
    returnReason: task.returnReason,
    remindedOn: task.remindedOn,
    noticedOn: task.noticedOn,
    noticeNumber: task.noticeNumber,
    interviewedOn: task.interviewedOn,
    interviewRecord: task.interviewRecord,
    referredOn: task.referredOn,
    referredMeeting: referred,
    reports: reports.map(({ report, unitName }) => ({
      id: report.id,
      kind: report.kind as 'progress' | 'completion',
      reportedOn: report.reportedOn,
      text: report.text,
      unitName,
      links: links
        .filter((x) => x.reportId === report.id)
        .map((x) => ({ module: x.targetModule as never, id: x.targetId, label: x.label })),
    })),
    proposals: linked,
    history: history.map((s) => presentStep(taskProcedure, s, ctx.locale)),
    actions: presentActions(actions),
  };
}

/** The year's plans with their task counts. */
export async function findPlans(ctx: Ctx) {
  assertCan(ctx.actor, 'coordination.view');
  const rows = await ctx.db
    .select({
      plan: p,
      tasks: sql<number>`count(${t.id})::int`.mapWith(Number),
      done: sql<number>`count(${t.id}) FILTER (WHERE ${t.state} = 'done')::int`.mapWith(Number),
    })
    .from(p)
    .leftJoin(t, and(eq(t.planId, p.id), taskScope(ctx.actor!)))
    .where(eq(p.districtId, ctx.actor!.districtId))
    .groupBy(p.id)
    .orderBy(desc(p.year));
  return {
    items: rows.map(({ plan, tasks, done }) => ({
      id: plan.id,
      year: plan.year,
      title: plan.title,
      documentNumber: plan.documentNumber,
      issuedOn: plan.issuedOn,
      tasks,
      done,
    })),
  };
}

export async function findMeetings(ctx: Ctx) {
  assertCan(ctx.actor, 'coordination.committee');
  const rows = await ctx.db
    .select({
      meeting: m,
      // Spelled out: inside a select list drizzle leaves columns unqualified, and `id` would be the task's own.
      decisions:
        sql<number>`(SELECT count(*)::int FROM coordination_tasks d WHERE d.meeting_id = ${m}.id)`.mapWith(
          Number,
        ),
    })
    .from(m)
    .where(meetingScope(ctx.actor!))
    .orderBy(desc(m.heldOn));
  return {
    items: rows.map(({ meeting, decisions }) => ({
      id: meeting.id,
      kind: meeting.kind as 'committee' | 'office',
      number: meeting.number,
      title: meeting.title,
      heldOn: meeting.heldOn,
      attendeeCount: meeting.attendees.length,
      decisionCount: decisions,
    })),
  };
}

/** A meeting with its decisions' tasks and the 督办 tasks it heard. */
export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingDetail> {
  assertCan(ctx.actor, 'coordination.committee');
  const [meeting] = await ctx.db
    .select()
    .from(m)
    .where(and(eq(m.id, id), meetingScope(ctx.actor!)));
  if (!meeting) throw notFound('会议');
  const [decided, referred] = await Promise.all([
    selectTasks(ctx.db, and(eq(t.meetingId, id), taskScope(ctx.actor!))!).orderBy(asc(t.code)),
    selectTasks(ctx.db, and(eq(t.referredMeetingId, id), taskScope(ctx.actor!))!).orderBy(asc(t.code)),
  ]);
  return {
    id: meeting.id,
    kind: meeting.kind as 'committee' | 'office',
    number: meeting.number,
    title: meeting.title,
    heldOn: meeting.heldOn,
    attendeeCount: meeting.attendees.length,
    decisionCount: decided.length,
    agenda: meeting.agenda,
    attendees: meeting.attendees,
    absent: meeting.absent,
    minutes: meeting.minutes,
    decisions: await presentSummaries(ctx.db, decided.map(toView), ctx.today),
    referred: await presentSummaries(ctx.db, referred.map(toView), ctx.today),
  };
}

export async function findMembers(ctx: Ctx) {
  assertCan(ctx.actor, 'coordination.committee');
  const rows = await ctx.db
    .select({ member: coordinationMembers, unitName: orgUnits.name })
    .from(coordinationMembers)
    .innerJoin(orgUnits, eq(orgUnits.id, coordinationMembers.orgUnitId))
    .where(eq(coordinationMembers.districtId, ctx.actor!.districtId))
    .orderBy(asc(coordinationMembers.sortOrder), asc(coordinationMembers.createdAt));
  return {
    items: rows.map(({ member, unitName }) => ({
      id: member.id,
      name: member.name,
      post: member.post as 'director' | 'deputy' | 'member' | 'office_head',
      position: member.position,
      unit: { id: member.orgUnitId, name: unitName },
    })),
  };
}

/**
 * The league table (红黑榜) of a year: per lead unit, the tasks due in the year, those done by their due day,
 * done late, still open past it, and escalated; ranked by on-time rate (units with nothing due yet last),
 * then by fewest overdue.
 */
export async function leagueTable(ctx: Ctx, year: number): Promise<LeagueTable> {
  assertCan(ctx.actor, 'coordination.view');
  const today = ctx.today;
  const yearEnd = `${year}-12-31`;
  const result = await ctx.db.execute<Record<string, unknown>>(sql`
    SELECT u.id, u.name,
      count(*)::int AS tasks,
      count(*) FILTER (WHERE ${t.dueOn} <= least(${yearEnd}::date, ${today}::date))::int AS due,
      count(*) FILTER (WHERE ${t.state} = 'done' AND ${t.doneOn} <= ${t.dueOn})::int AS on_time,
      count(*) FILTER (WHERE ${t.state} = 'done' AND ${t.doneOn} > ${t.dueOn})::int AS late,
      count(*) FILTER (WHERE ${t.state} <> 'done' AND ${t.dueOn} < ${today})::int AS overdue,
      count(*) FILTER (WHERE ${t.escalation} IN ('noticed', 'interviewed', 'referred'))::int AS escalated
    FROM ${t} JOIN org_units u ON u.id = ${t.orgUnitId}
    WHERE ${taskScope(ctx.actor!)} AND ${t.year} = ${year}
    GROUP BY u.id, u.name`);
  const rows = result.rows.map((row) => {
    const due = Number(row.due);
    const onTime = Number(row.on_time);
    return {
      unit: { id: String(row.id), name: String(row.name) },
      tasks: Number(row.tasks),
      due,
      onTime,
      late: Number(row.late),
      overdue: Number(row.overdue),
      escalated: Number(row.escalated),
      rate: due ? Math.min(1, onTime / due) : null,
    };
  });
  rows.sort(
    (a, b) =>
      (b.rate ?? -1) - (a.rate ?? -1) ||
      a.overdue - b.overdue ||
      b.tasks - a.tasks ||
      a.unit.name.localeCompare(b.unit.name),
  );
  return { year, rows };
}

/**
 * The tasks that name an indicator code (the assessment module's gap list), in the actor's scope; with a year,
 * that year's plan only (a gap of 2026 is addressed by the 2026 plan, not by a task closed in 2020).
 */
export async function tasksAddressingIndicator(ctx: Ctx, code: string, year?: number) {
  const rows = await selectTasks(
    ctx.db,
    and(
      taskScope(ctx.actor!),
      sql`${code} = ANY(${t.indicatorCodes})`,
      year === undefined ? undefined : eq(t.year, year),
    )!,
  ).orderBy(desc(t.year), asc(t.code));
  return rows.map((row) => ({
    id: row.task.id,
    title: row.task.title,
    unit: row.unitName,
    status: row.task.state,
    dueOn: row.task.dueOn,
    path: `/coordination/tasks/${row.task.id}`,
  }));
}

/** The tasks referred to the committee and not yet heard (a new meeting's agenda offers them). */
export async function referredPending(ctx: Ctx) {
  const rows = await selectTasks(
    ctx.db,
    and(taskScope(ctx.actor!), eq(t.escalation, 'referred'), sql`${t.referredMeetingId} IS NULL`)!,
  ).orderBy(asc(t.code));
  return presentSummaries(ctx.db, rows.map(toView), ctx.today);
}
