import { and, asc, eq, lte } from 'drizzle-orm';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../../common/calendar/index.js';
import { tx } from '../../../common/text/localized.js';
import { can } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { defineReminderSource, dueDateReminder, type Reminder } from '../../platform/reminders/index.js';
import { taskScope } from './policy.js';
import { DUE_SOON_DAYS } from './rules.js';
import { coordinationTasks as t } from './schema.js';

/** The reminder of one open task: overdue, or due within DUE_SOON_DAYS. */
export function taskReminder(
  task: { id: string; code: string; title: string; orgUnitId: string; dueOn: IsoDate },
  unitName: string,
  today: IsoDate,
): Reminder {
  return dueDateReminder(
    {
      key: task.id,
      title: tx(`工作要点任务：${unitName} ${task.code}`, `Work plan task: ${unitName} ${task.code}`),
      subjectType: 'coordination_task',
      subjectId: task.id,
      orgUnitId: task.orgUnitId,
      dueOn: task.dueOn,
      overdue: (late) =>
        tx(
          `完成时限 ${task.dueOn}，已逾期 ${late} 日：${task.title}`,
          `Due ${task.dueOn}, ${late} day(s) overdue`,
        ),
      dueSoon: (left) =>
        tx(`完成时限 ${task.dueOn}，还有 ${left} 日：${task.title}`, `Due ${task.dueOn}, in ${left} day(s)`),
    },
    today,
  );
}

/** For those who report on tasks: their open tasks overdue or due soon (the coordinator: the district's). */
export const taskReminders = defineReminderSource({
  key: 'coordination.task_due',
  async load(db: Executor, actor: Actor, today: IsoDate): Promise<Reminder[]> {
    if (!can(actor, 'coordination.report')) return [];
    const rows = await db
      .select({ task: t, unitName: orgUnits.name })
      .from(t)
      .innerJoin(orgUnits, eq(orgUnits.id, t.orgUnitId))
      .where(
        and(
          taskScope(actor),
          eq(t.state, 'open'),
          lte(t.dueOn, fromDayNumber(toDayNumber(today) + DUE_SOON_DAYS)),
        ),
      )
      .orderBy(asc(t.dueOn))
      .limit(100);
    return rows.map((row) => taskReminder(row.task, row.unitName, today));
  },
});
