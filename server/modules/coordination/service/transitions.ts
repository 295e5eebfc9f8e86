import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  InterviewInput,
  NoticeInput,
  ReportInput,
  ReturnInput,
  TaskTransition,
} from '../../../../common/contracts/coordination.js';
import { isDistrictWide } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { procedureService } from '../../../platform/procedures/index.js';
import { taskProcedure } from '../procedure.js';
import {
  type CoordinationTaskRow,
  coordinationLinks,
  coordinationReports,
  coordinationTasks as t,
} from '../schema.js';
import { type LockedTask, lockScopedTask, toRecord } from './records.js';

/** Report, accept, return and the 督办 steps: the kernel checks role → form → scope → state → gates. */
export const taskTransitions = procedureService({
  procedure: taskProcedure,
  lock: (tx, ctx, actor, id) => lockScopedTask(tx, actor, id, ctx.today),
  write: (tx, ctx, { record, step }) =>
    WRITERS[step.transition as TaskTransition](tx, ctx, record, step.input),
});

/** Fires one transition of a task (demo, tests). */
export function fireTaskTransition(
  ctx: Ctx,
  id: string,
  transition: TaskTransition,
  input: unknown = {},
): Promise<LockedTask> {
  return taskTransitions.fire(ctx, id, transition, input);
}

async function save(tx: Tx, ctx: Ctx, record: LockedTask, set: Partial<CoordinationTaskRow>) {
  const [row] = await tx
    .update(t)
    .set({ ...set, version: sql`${t.version} + 1`, updatedAt: ctx.now })
    .where(eq(t.id, record.id))
    .returning();
  return toRecord(row!, ctx.today);
}

/** A report (progress or completion) with its evidence; the day must lie between assignment and today. */
async function writeReport(
  tx: Tx,
  ctx: Ctx,
  record: LockedTask,
  form: z.output<typeof ReportInput>,
  kind: 'progress' | 'completion',
) {
  if (form.reportedOn > ctx.today)
    throw validationFailed([{ path: 'reportedOn', message: '报送日期不能晚于今天' }]);
  if (form.reportedOn < record.assignedOn)
    throw validationFailed([
      { path: 'reportedOn', message: `报送日期不能早于任务下达日期（${record.assignedOn}）` },
    ]);
  const [report] = await tx
    .insert(coordinationReports)
    .values({
      taskId: record.id,
      districtId: record.districtId,
      // A unit reports as itself (lead or co-unit); the office entering a report on a unit's behalf files it
      // under the lead unit.
      orgUnitId: ctx.actor && !isDistrictWide(ctx.actor) ? ctx.actor.orgUnitId : record.orgUnitId,
      kind,
      reportedOn: form.reportedOn,
      text: form.text,
    })
    .returning({ id: coordinationReports.id });
  if (form.links.length)
    await tx.insert(coordinationLinks).values(
      form.links.map((l) => ({
        reportId: report!.id,
        taskId: record.id,
        districtId: record.districtId,
        targetModule: l.module,
        targetId: l.id ?? null,
        label: l.label,
      })),
    );
  const last = form.reportedOn > record.lastActivityOn ? form.reportedOn : record.lastActivityOn;
  return save(tx, ctx, record, {
    state: kind === 'completion' ? 'reported' : 'open',
    lastActivityOn: last,
  });
}

type Writer = (tx: Tx, ctx: Ctx, record: LockedTask, form: unknown) => Promise<LockedTask>;

const WRITERS: Record<TaskTransition, Writer> = {
  progress: (tx, ctx, record, form) =>
    writeReport(tx, ctx, record, form as z.output<typeof ReportInput>, 'progress'),
  submit: (tx, ctx, record, form) =>
    writeReport(tx, ctx, record, form as z.output<typeof ReportInput>, 'completion'),
  accept: (tx, ctx, record) => save(tx, ctx, record, { state: 'done', doneOn: latestReportDay(record, ctx) }),
  return: (tx, ctx, record, form) =>
    save(tx, ctx, record, {
      state: 'open',
      returnReason: (form as z.output<typeof ReturnInput>).reason,
      lastActivityOn: ctx.today,
    }),
  remind: (tx, ctx, record) => save(tx, ctx, record, { escalation: 'reminded', remindedOn: ctx.today }),
  notice: (tx, ctx, record, form) =>
    save(tx, ctx, record, {
      escalation: 'noticed',
      noticedOn: ctx.today,
      noticeNumber: (form as z.output<typeof NoticeInput>).documentNumber,
    }),
  interview: (tx, ctx, record, form) => {
    const f = form as z.output<typeof InterviewInput>;
    if (f.interviewedOn > ctx.today)
      throw validationFailed([{ path: 'interviewedOn', message: '约谈日期不能晚于今天' }]);
    if (record.row.noticedOn && f.interviewedOn < record.row.noticedOn)
      throw validationFailed([{ path: 'interviewedOn', message: '约谈日期不能早于督办通知日期' }]);
    return save(tx, ctx, record, {
      escalation: 'interviewed',
      interviewedOn: f.interviewedOn,
      interviewee: f.interviewee,
      interviewRecord: f.record,
    });
  },
  refer: (tx, ctx, record) => save(tx, ctx, record, { escalation: 'referred', referredOn: ctx.today }),
};

/**
 * A task is done on the day its completion report says (the on-time rate compares it with the due day), not
 * on the day the coordinator got round to accepting it.
 */
function latestReportDay(record: LockedTask, ctx: Ctx): string {
  return record.lastActivityOn <= ctx.today ? record.lastActivityOn : ctx.today;
}
