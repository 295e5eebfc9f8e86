import { and, asc, eq, lte } from 'drizzle-orm';
import { daysBetween, type IsoDate } from '../../../../../common/calendar/index.js';
import { tx } from '../../../../../common/text/localized.js';
import { can } from '../../../../platform/authz/index.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { defineReminderSource, type Reminder } from '../../../../platform/reminders/index.js';
import { enforcementOfficers as o } from '../schema.js';
import { addDays, CERTIFICATE_WARNING_DAYS } from './certificates.js';
import { officerScope } from './officer-records.js';

/** At most this many certificate reminders per user (the coordinator sees the whole district). */
const LIMIT = 100;

/** The reminder for one certificate: expired (overdue) or expiring within 30 days (due soon), on its unit. */
export function certificateReminder(
  officer: {
    id: string;
    name: string;
    orgUnitId: string;
    certificateNumber: string;
    certificateValidUntil: IsoDate;
  },
  unitName: string,
  today: IsoDate,
): Reminder {
  const until = officer.certificateValidUntil;
  const expired = until < today;
  const left = daysBetween(today, until);
  const who = `${unitName} ${officer.name}（${officer.certificateNumber}）`;
  return {
    key: officer.id,
    title: expired
      ? tx(`执法证件已过期：${who}`, `Enforcement certificate expired: ${who}`)
      : tx(`执法证件即将到期：${who}`, `Enforcement certificate expiring: ${who}`),
    subjectType: 'enforcement_officer',
    subjectId: officer.id,
    orgUnitId: officer.orgUnitId,
    dueOn: until,
    urgency: expired ? 'overdue' : 'due_soon',
    // Basis: 行政处罚法 第四十二条 (执法人员应当具有行政执法资格)
    explanation: expired
      ? tx(
          `执法证件有效期至 ${until}，已过期 ${-left} 日；换证前不能办理执法案件（《行政处罚法》第四十二条）`,
          `Certificate valid until ${until}, expired ${-left} day(s) ago; no enforcement cases until it is renewed (《行政处罚法》第四十二条)`,
        )
      : tx(
          `执法证件有效期至 ${until}，还有 ${left} 日到期；请及时办理换证（《行政处罚法》第四十二条）`,
          `Certificate valid until ${until}, expires in ${left} day(s); please renew it in time (《行政处罚法》第四十二条)`,
        ),
  };
}

/** For officer managers: certificates of active officers in their scope that expire within 30 days or have expired. */
export async function loadCertificateReminders(
  db: Executor,
  actor: Actor,
  today: IsoDate,
): Promise<Reminder[]> {
  // Reminded are those who can renew the certificate: the body's staff and the coordinator.
  if (!can(actor, 'enforcement.manage_officers')) return [];
  const rows = await db
    .select({ officer: o, unitName: orgUnits.name })
    .from(o)
    .innerJoin(orgUnits, eq(orgUnits.id, o.orgUnitId))
    .where(
      and(
        officerScope(actor),
        eq(o.isActive, true),
        lte(o.certificateValidUntil, addDays(today, CERTIFICATE_WARNING_DAYS)),
      ),
    )
    .orderBy(asc(o.certificateValidUntil), asc(o.name))
    .limit(LIMIT);
  return rows.map((r) => certificateReminder(r.officer, r.unitName, today));
}

/** Expiring enforcement certificates, on the officer managers' workbench beside the statutory clocks. */
export const certificateReminders = defineReminderSource({
  key: 'enforcement.certificate_expiry',
  load: loadCertificateReminders,
});
