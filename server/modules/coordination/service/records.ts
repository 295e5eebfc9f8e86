import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { EscalationLevel, TaskSummary } from '../../../../common/contracts/coordination.js';
import type { Actor } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { taskScope } from '../policy.js';
import type { TaskRecord } from '../procedure.js';
import { attention } from '../rules.js';
import { type CoordinationTaskRow, coordinationTasks as t } from '../schema.js';

export interface TaskView extends CoordinationTaskRow {
  unitName: string;
}

/** The tasks the condition selects, with the lead unit's name. */
export function selectTasks(db: Executor, where: SQL) {
  return db
    .select({ task: t, unitName: orgUnits.name })
    .from(t)
    .innerJoin(orgUnits, eq(orgUnits.id, t.orgUnitId))
    .where(where)
    .$dynamic();
}

export const toView = (row: { task: CoordinationTaskRow; unitName: string }): TaskView => ({
  ...row.task,
  unitName: row.unitName,
});

/** The task if it is in the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedTask(db: Executor, actor: Actor, id: string): Promise<TaskView> {
  const [row] = await selectTasks(db, and(eq(t.id, id), taskScope(actor))!);
  if (!row) throw notFound('工作任务');
  return toView(row);
}

export type LockedTask = TaskRecord & { row: CoordinationTaskRow };

/** Locks the task row for a write (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedTask(tx: Tx, actor: Actor, id: string, today: string): Promise<LockedTask> {
  const [row] = await tx
    .select()
    .from(t)
    .where(and(eq(t.id, id), taskScope(actor)))
    .for('update');
  if (!row) throw notFound('工作任务');
  return toRecord(row, today);
}

export function toRecord(row: CoordinationTaskRow, today: string): LockedTask {
  return {
    id: row.id,
    state: row.state,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    code: row.code,
    title: row.title,
    dueOn: row.dueOn,
    lastActivityOn: row.lastActivityOn,
    assignedOn: row.assignedOn,
    escalation: row.escalation as EscalationLevel,
    today,
    row,
  };
}

/** The names of the units by id (co-units of a list of tasks). */
export async function unitNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A task as a row of a list. */
export function presentSummary(task: TaskView, names: Map<string, string>, today: string): TaskSummary {
  const a = attention(task, today);
  return {
    id: task.id,
    version: task.version,
    code: task.code,
    title: task.title,
    year: task.year,
    source: task.meetingId ? 'meeting' : 'plan',
    area: task.area as TaskSummary['area'],
    indicatorCodes: task.indicatorCodes,
    unit: { id: task.orgUnitId, name: task.unitName },
    coUnits: task.coUnitIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    dueOn: task.dueOn,
    state: task.state as TaskSummary['state'],
    escalation: task.escalation as EscalationLevel,
    overdue: a.overdue,
    stalled: a.stalled,
    lastActivityOn: task.lastActivityOn,
    doneOn: task.doneOn,
  };
}

/** Lists of tasks with their co-units' names. */
export async function presentSummaries(db: Executor, tasks: TaskView[], today: string) {
  const names = await unitNames(
    db,
    tasks.flatMap((x) => x.coUnitIds),
  );
  return tasks.map((x) => presentSummary(x, names, today));
}
