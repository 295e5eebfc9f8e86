/**
 * Early warnings (人民调解法 第二十五条; decision 0045 §3): a dispute marked at risk, repeated by the same
 * parties or involving many people is told to the street (its mediators) and the justice bureau's grassroots
 * section (the district's coordinators) through the kernel's notifications, once per case and reason.
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudits } from '../../platform/audit/index.js';
import { notifyUsers } from '../../platform/clocks/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { sameParty } from './metrics.js';
import { WARNING_RULES, type WarningReason, warningReasons } from './rules.js';
import { mediationCases as c } from './schema.js';

type CaseRow = typeof c.$inferSelect;

/** The street's mediators and the district's coordinators: who hears of a case's warning. */
export async function warningRecipients(tx: Tx, caseUnitId: string, districtId: string): Promise<string[]> {
  const rows = await tx.execute<{ id: string }>(sql`
    SELECT u.id FROM users u JOIN org_units uu ON uu.id = u.org_unit_id
    WHERE u.is_active AND u.district_id = ${districtId}
      AND (u.role = 'coordinator'
        OR (u.role = 'mediator' AND uu.type = 'street'
          AND (SELECT v.path FROM org_units v WHERE v.id = ${caseUnitId}) LIKE uu.path || '%'))`);
  return rows.rows.map((r) => r.id);
}

/** The warning reasons of a case as it stands (the case itself plus the others naming one of its parties). */
export async function reasonsOf(tx: Tx, row: CaseRow): Promise<WarningReason[]> {
  const [other] = await tx
    .select({ n: sql<number>`${sameParty()}` })
    .from(c)
    .where(eq(c.id, row.id));
  return warningReasons({
    atRisk: row.atRisk,
    peopleInvolved: row.peopleInvolved,
    sameParty: Number(other?.n ?? 0) + 1,
  });
}

/** Tells the street and the bureau of each reason the case newly meets; returns the reasons. */
export async function raiseWarnings(tx: Tx, ctx: Ctx, row: CaseRow): Promise<WarningReason[]> {
  const reasons = await reasonsOf(tx, row);
  if (!reasons.length) return reasons;
  const users = await warningRecipients(tx, row.orgUnitId, row.districtId);
  const sent = await notifyUsers(
    tx,
    users.flatMap((userId) =>
      reasons.map((r) => ({
        userId,
        kind: 'mediation.warning',
        title: `矛盾纠纷预警：${row.number}`,
        body: `${WARNING_RULES[r].label}（人民调解法第二十五条）：${row.summary}`,
        link: `/mediation/cases/${row.id}`,
        dedupeKey: `mediation.warning:${row.id}:${r}`,
      })),
    ),
  );
  if (sent)
    await recordAudits(tx, ctx, [
      {
        action: 'mediation.case.warning_raised',
        subjectType: 'mediation_case',
        subjectId: row.id,
        orgUnitId: row.orgUnitId,
        districtId: row.districtId,
        after: { reasons, notified: users.length },
      },
    ]);
  return reasons;
}
