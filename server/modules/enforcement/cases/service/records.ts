import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type {
  CaseKind,
  PartyType,
  PenaltyKind,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { PenaltyTerms } from '../../rules/penalty-rights.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { caseProcedure, type EnforcementCaseRecord } from '../../procedure.js';
import { type EnforcementCaseRow, enforcementCases as c } from '../schema.js';

/** The clocks, audit events and steps of a case live under the procedure's subject type. */
export const CASE_SUBJECT_TYPE = caseProcedure.subjectType;

/** A case row with the name of the body handling it. */
export interface CaseWithUnit extends EnforcementCaseRow {
  orgUnitName: string;
}

export const CASE_COLUMNS = { case: c, orgUnitName: orgUnits.name };

export const withUnit = (row: { case: EnforcementCaseRow; orgUnitName: string }): CaseWithUnit => ({
  ...row.case,
  orgUnitName: row.orgUnitName,
});

export const caseScope = (actor: Actor) => enforcementScope(actor, c.orgUnitId, c.districtId);

/** The case if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedCase(db: Executor, actor: Actor, id: string): Promise<CaseWithUnit> {
  const [row] = await db
    .select(CASE_COLUMNS)
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .where(and(eq(c.id, id), caseScope(actor)));
  if (!row) throw notFound('执法案件');
  return withUnit(row);
}

/** Locks the case row for a write (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedCase(tx: Tx, actor: Actor, id: string): Promise<EnforcementCaseRow> {
  const [row] = await tx
    .select()
    .from(c)
    .where(and(eq(c.id, id), caseScope(actor)))
    .for('update');
  if (!row) throw notFound('执法案件');
  return row;
}

export type CaseRecord = EnforcementCaseRecord & { row: EnforcementCaseRow };

const positive = (amount: string | null) => amount !== null && Number(amount) > 0;

/** The procedure's view of a case row; `stepOn` is the day the next step takes effect. */
export function toRecord(row: EnforcementCaseRow, stepOn: IsoDate): CaseRecord {
  return {
    id: row.id,
    state: row.state,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    kind: row.kind as CaseKind,
    caseNumber: row.caseNumber,
    openedOn: row.openedOn,
    isMajor: row.isMajor,
    hearingRight: row.hearingRight,
    partyType: row.partyType as PartyType,
    notifiedOn: row.notifiedOn,
    notice: noticeOf(row),
    noticeServedOn: row.noticeServedOn,
    statementReceivedOn: row.statementReceivedOn,
    statementWaivedOn: row.statementWaivedOn,
    hearingRequestedOn: row.hearingRequestedOn,
    hearingOn: row.hearingOn,
    hearingHeldOn: row.hearingHeldOn,
    collectiveRequired: row.collectiveRequired,
    collectiveDiscussedOn: row.collectiveDiscussedOn,
    decidedOn: row.decidedOn,
    hasFine: positive(row.fineAmount) || positive(row.confiscationAmount),
    stepOn,
    row,
  };
}

/** The terms the notice announced, or null for a notice recorded before its kinds were (decision 0014). */
function noticeOf(row: EnforcementCaseRow): PenaltyTerms | null {
  if (!row.notifiedKinds) return null;
  return {
    kinds: row.notifiedKinds as PenaltyKind[],
    fineAmount: Number(row.notifiedFineAmount ?? 0),
    confiscationAmount: Number(row.notifiedConfiscationAmount ?? 0),
  };
}

/** The latest day any step of the case took effect: a later step cannot be dated before it. */
export function lastStepOn(row: EnforcementCaseRow): IsoDate {
  const days = [
    row.openedOn,
    row.notifiedOn,
    row.statementReceivedOn,
    row.statementWaivedOn,
    row.hearingRequestedOn,
    row.hearingNoticeOn,
    row.hearingHeldOn,
    row.collectiveDiscussedOn,
    row.decidedOn,
    row.servedOn,
    row.executedOn,
    row.closedOn,
  ].filter((d): d is string => !!d);
  // ISO dates sort as strings.
  return days.sort().at(-1)!;
}

/** The fine plus the confiscation (罚没) of a decision, in yuan. */
export const penaltyTotal = (fine: number | null | undefined, confiscation: number | null | undefined) =>
  (fine ?? 0) + (confiscation ?? 0);

/** The title of a case's clocks in reminders (the procedure's titleOf says the same). */
export const caseTitle = (caseNumber: string) => `执法案件 ${caseNumber}`;
