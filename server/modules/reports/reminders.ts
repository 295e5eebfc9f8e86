import { and, eq } from 'drizzle-orm';
import type { ReportKind } from '../../../common/contracts/reports/annual.js';
import type { ReportDraftStatus } from '../../../common/contracts/reports/drafts.js';
import { can, isDistrictWide } from '../../platform/authz/index.js';
import { orgUnits } from '../../platform/org/index.js';
import { defineReminderSource, type Reminder } from '../../platform/reminders/index.js';
import { ownScope } from './policy.js';
import { reportDeadlines } from './rules.js';
import { reportDrafts } from './schema.js';

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** ok | due_soon (a month ahead: a report takes weeks) | overdue. */
function urgencyOf(today: string, dueOn: string): Reminder['urgency'] {
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  return left <= 30 ? 'due_soon' : 'ok';
}

/**
 * The reports' deadlines as reminders to whoever writes them (the coordinator: the district's and every
 * department's; an officer: their unit's): open ones within two months, and overdue ones.
 * Basis: 督察规定 第二十四条; 政府信息公开条例 第四十九条 (rules.ts REPORT_DEADLINES).
 */
export const reportDeadlineReminders = defineReminderSource({
  key: 'reports.deadline',
  async load(db, actor, today) {
    if (!can(actor, 'reports.edit')) return [];
    const rows = await db
      .select({ row: reportDrafts, unitName: orgUnits.name, unitType: orgUnits.type })
      .from(reportDrafts)
      .innerJoin(orgUnits, eq(orgUnits.id, reportDrafts.orgUnitId))
      .where(and(ownScope(actor)));
    return rows.flatMap(({ row, unitName, unitType }) =>
      reportDeadlines({
        report: row.report as ReportKind,
        year: row.year,
        isDistrict: unitType === 'district',
        status: row.status as ReportDraftStatus,
        publishedOn: row.publishedOn,
        today,
      })
        .filter((d) => d.status !== 'met' && daysBetween(today, d.dueOn) <= 60)
        .filter(() => isDistrictWide(actor) || unitType !== 'district')
        .map(
          (d): Reminder => ({
            key: `${row.id}:${d.key}`,
            title: `${unitName} ${row.year}年度：${d.label}`,
            subjectType: 'report_draft',
            subjectId: row.id,
            orgUnitId: row.orgUnitId,
            dueOn: d.dueOn,
            urgency: urgencyOf(today, d.dueOn),
            explanation: `依据${d.basis}，应于${d.dueOn}前完成`,
          }),
        ),
    );
  },
});
