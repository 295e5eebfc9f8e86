/**
 * Committee terms (人民调解法 第九条: 3-year terms) as a reminder source: a committee whose term ends within
 * COMMITTEE_RULES.remindDaysBefore (our lead time, decision 0045 §2), or has ended without a new term
 * recorded, is on the workbench of those who keep the committees in its scope.
 */
import { and, asc, lte } from 'drizzle-orm';
import type { IsoDate } from '../../../common/calendar/index.js';
import { tx } from '../../../common/text/localized.js';
import { can } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { defineReminderSource, dueDateReminder, type Reminder } from '../../platform/reminders/index.js';
import { mediationScope } from './policy.js';
import { addDays, COMMITTEE_RULES } from './rules.js';
import { mediationCommittees as m } from './schema.js';

/** The reminder of one committee whose term ends soon (or has ended: the election is due). */
export function termReminder(
  c: { id: string; name: string; orgUnitId: string; termEndOn: IsoDate },
  today: IsoDate,
): Reminder {
  return dueDateReminder(
    {
      key: c.id,
      title: tx(`调委会换届：${c.name}`, `Committee term: ${c.name}`),
      subjectType: 'mediation_committee',
      subjectId: c.id,
      orgUnitId: c.orgUnitId,
      dueOn: c.termEndOn,
      overdue: (late) =>
        tx(
          `委员任期已于 ${c.termEndOn} 届满 ${late} 日，请组织换届（人民调解法第九条）`,
          `The term ended on ${c.termEndOn}, ${late} day(s) ago: hold the election`,
        ),
      dueSoon: (left) =>
        tx(
          `委员任期 ${c.termEndOn} 届满，还有 ${left} 日，请准备换届（人民调解法第九条）`,
          `The term ends on ${c.termEndOn}, in ${left} day(s): prepare the election`,
        ),
    },
    today,
  );
}

export const committeeTermReminders = defineReminderSource({
  key: 'mediation.committee_term',
  async load(db: Executor, actor: Actor, today: IsoDate): Promise<Reminder[]> {
    if (!can(actor, 'mediation.edit')) return [];
    const rows = await db
      .select({ id: m.id, name: m.name, orgUnitId: m.orgUnitId, termEndOn: m.termEndOn })
      .from(m)
      .where(
        and(mediationScope(actor, m), lte(m.termEndOn, addDays(today, COMMITTEE_RULES.remindDaysBefore))),
      )
      .orderBy(asc(m.termEndOn))
      .limit(100);
    return rows.map((row) => termReminder(row, today));
  },
});
