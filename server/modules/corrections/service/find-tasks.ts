import { and, asc, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { CorrectiveTaskListQuery } from '../../../../common/contracts/corrections.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import {
  findProcedureSteps,
  type ProcedureStep,
  type AvailableAction,
} from '../../../platform/procedures/index.js';
import { taskScope } from '../policy.js';
import { correctionReviews as r, correctiveTasks as t } from '../schema.js';
import { getScopedTask, selectTasks, type TaskView, toRecord, toView } from './records.js';
import { taskTransitions } from './transitions.js';

export type TaskFilters = Omit<CorrectiveTaskListQuery, 'page' | 'pageSize'>;

const OPEN_STATES = ['open', 'returned'];

/** The WHERE of the task list: the actor's scope AND the filters. */
export function taskConditions(actor: Actor, filters: TaskFilters, today: string): SQL {
  const where: (SQL | undefined)[] = [taskScope(actor)];
  if (filters.state) where.push(eq(t.state, filters.state));
  if (filters.orgUnitId) where.push(eq(t.orgUnitId, filters.orgUnitId));
  if (filters.source) where.push(eq(r.sourceKind, filters.source));
  if (filters.overdue !== undefined)
    where.push(
      filters.overdue
        ? and(inArray(t.state, OPEN_STATES), lt(t.dueOn, today))
        : sql`NOT (${t.state} IN ('open', 'returned') AND ${t.dueOn} < ${today})`,
    );
  if (filters.year) where.push(sql`extract(year from ${r.decidedOn}) = ${filters.year}`);
  return and(...where)!;
}

/** Open first, by due date; then the closed, newest first. */
const ORDER = [sql`CASE ${t.state} WHEN 'closed' THEN 1 ELSE 0 END`, asc(t.dueOn), desc(t.number)] as const;

/** A page of the tasks the actor may see (a department: its own), filtered. */
export async function findTasks(
  ctx: Ctx,
  query: CorrectiveTaskListQuery,
): Promise<{ items: TaskView[]; total: number }> {
  assertCan(ctx.actor, 'corrections.view');
  const where = taskConditions(ctx.actor!, query, ctx.today);
  const rows = await selectTasks(ctx.db, where)
    .orderBy(...ORDER)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(t)
    .innerJoin(r, eq(r.id, t.reviewId))
    .where(where);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

/** Every task the filters select, for the ledger export. */
export async function findTasksForExport(ctx: Ctx, filters: TaskFilters = {}): Promise<TaskView[]> {
  const rows = await selectTasks(ctx.db, taskConditions(ctx.actor!, filters, ctx.today)).orderBy(
    asc(t.number),
  );
  return rows.map(toView);
}

export interface TaskDetailData {
  task: TaskView;
  history: ProcedureStep[];
  actions: AvailableAction[];
}

/** A task with its steps and what the actor may do next. */
export async function getTask(ctx: Ctx, id: string): Promise<TaskDetailData> {
  assertCan(ctx.actor, 'corrections.view');
  const task = await getScopedTask(ctx.db, ctx.actor!, id);
  const [history, actions] = await Promise.all([
    findProcedureSteps(ctx.db, 'corrections.task', id),
    taskTransitions.actionsFor(ctx, toRecord(task, task.review.decidedOn)),
  ]);
  return { task, history, actions };
}
