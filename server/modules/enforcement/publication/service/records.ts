import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import { findClocksForSubject, stopClock } from '../../../../platform/clocks/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import { notFound, ruleViolation, validationFailed } from '../../../../platform/errors.js';
import { enforcementScope } from '../../policy.js';
import { publicationClocks, withdrawalClock } from '../../procedure.js';
import { type EnforcementCaseRow, enforcementCases as c } from '../../cases/schema.js';

/** The clocks of a case live under the procedure's subject type. */
export const CASE_SUBJECT_TYPE = 'enforcement_case';

/** States from 决定 on: only these have a decision to publish, change or withdraw. */
export const DECIDED_STATES: ReadonlySet<string> = new Set(['decided', 'served', 'executed', 'closed']);

/** Locks a case in the actor's scope for a publication step; out of scope is NOT_FOUND (existence not leaked). */
export async function lockScopedCase(tx: Tx, actor: Actor, id: string): Promise<EnforcementCaseRow> {
  const [row] = await tx
    .select()
    .from(c)
    .where(and(eq(c.id, id), enforcementScope(actor, c.orgUnitId, c.districtId)))
    .for('update');
  if (!row) throw notFound('执法案件');
  return row;
}

/** The case must have a decision (决定) on record. */
export function assertDecided(
  row: EnforcementCaseRow,
): asserts row is EnforcementCaseRow & { decidedOn: string } {
  if (!row.decidedOn || !DECIDED_STATES.has(row.state)) {
    throw ruleViolation('CASE_NOT_DECIDED', '案件尚未作出决定，不能办理公示事项');
  }
}

/** The step's day: given or today; never in the future, never before `notBefore` (what it follows). */
export function stepDay(
  ctx: Ctx,
  on: IsoDate | undefined,
  notBefore: { on: IsoDate; what: string },
): IsoDate {
  const day = on ?? ctx.today;
  if (day > ctx.today) throw validationFailed([{ path: 'on', message: '日期不能晚于今天' }]);
  if (day < notBefore.on) {
    throw validationFailed([{ path: 'on', message: `日期不能早于${notBefore.what}（${notBefore.on}）` }]);
  }
  return day;
}

/** Stops the case's open clocks whose key matches, on the day the act was done. */
export async function stopCaseClocks(
  tx: Tx,
  ctx: Ctx,
  caseId: string,
  matches: (clockKey: string) => boolean,
  on: IsoDate,
  reason: string,
): Promise<void> {
  const open = (await findClocksForSubject(tx, CASE_SUBJECT_TYPE, caseId)).filter(
    (k) => k.status !== 'stopped' && matches(k.clockKey),
  );
  for (const clock of open) await stopClock(tx, ctx, clock.id, on, reason);
}

const PUBLICATION_CLOCK_KEYS = new Set(Object.values(publicationClocks).map((d) => d.key));

/** The publication clocks (one per kind of case: 7 or 20 WD). */
export const isPublicationClock = (key: string) => PUBLICATION_CLOCK_KEYS.has(key);
export const isWithdrawalClock = (key: string) => key === withdrawalClock.key;

export const caseSubject = (row: EnforcementCaseRow) => ({
  subjectType: CASE_SUBJECT_TYPE,
  subjectId: row.id,
  orgUnitId: row.orgUnitId,
  districtId: row.districtId,
});

/** The publication columns, for the audit event's before/after. */
export const publicationColumns = (row: EnforcementCaseRow) => ({
  publicationState: row.publicationState,
  publicationDueOn: row.publicationDueOn,
  publishedOn: row.publishedOn,
  changedOn: row.changedOn,
  withdrawalDueOn: row.withdrawalDueOn,
  withdrawnOn: row.withdrawnOn,
});
