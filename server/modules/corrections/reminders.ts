import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../../common/calendar/index.js';
import { tx } from '../../../common/text/localized.js';
import { can } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { defineReminderSource, dueDateReminder, type Reminder } from '../../platform/reminders/index.js';
import { taskScope } from './policy.js';
import { DUE_SOON_DAYS } from './rules.js';
import { correctiveTasks as t } from './schema.js';

/** The reminder of one task still to rectify: overdue, or due within DUE_SOON_DAYS. */
export function taskReminder(
  task: { id: string; number: string; orgUnitId: string; dueOn: IsoDate; defect: string },
  unitName: string,
  today: IsoDate,
): Reminder {
  return dueDateReminder(
    {
      key: task.id,
      title: tx(`纠错整改：${unitName} ${task.number}`, `Corrective task: ${unitName} ${task.number}`),
      subjectType: 'corrective_task',
      subjectId: task.id,
      orgUnitId: task.orgUnitId,
      dueOn: task.dueOn,
      overdue: (late) =>
        tx(
          `整改期限 ${task.dueOn}，已逾期 ${late} 日：${task.defect}`,
          `Due ${task.dueOn}, ${late} day(s) overdue`,
        ),
      dueSoon: (left) =>
        tx(`整改期限 ${task.dueOn}，还有 ${left} 日：${task.defect}`, `Due ${task.dueOn}, in ${left} day(s)`),
    },
    today,
  );
}

/** For those who write rectifications: their tasks still open that are overdue or due within a week. */
export const correctionReminders = defineReminderSource({
  key: 'corrections.rectification_due',
  async load(db: Executor, actor: Actor, today: IsoDate): Promise<Reminder[]> {
    if (!can(actor, 'corrections.rectify')) return [];
    const rows = await db
      .select({ task: t, unitName: orgUnits.name })
      .from(t)
      .innerJoin(orgUnits, eq(orgUnits.id, t.orgUnitId))
      .where(
        and(
          taskScope(actor),
          inArray(t.state, ['open', 'returned']),
          lte(t.dueOn, fromDayNumber(toDayNumber(today) + DUE_SOON_DAYS)),
        ),
      )
      .orderBy(asc(t.dueOn))
      .limit(100);
    return rows.map((row) => taskReminder(row.task, row.unitName, today));
  },
});
