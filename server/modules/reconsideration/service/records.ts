import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../common/calendar/index.js';
import type { Actor } from '../../../platform/context.js';
import type { Executor, Tx } from '../../../platform/db/index.js';
import { defineDocumentKind } from '../../../platform/documents/index.js';
import { notFound } from '../../../platform/errors.js';
import { findOrgUnits, type OrgUnit, orgUnits } from '../../../platform/org/index.js';
import { caseScope } from '../policy.js';
import type { CaseRecord } from '../procedure.js';
import type { LawTextKey } from '../rules/law-texts.js';
import { type ReconsiderationCaseRow, reconsiderationCases } from '../schema.js';

/** A case row with the respondent's name and code. */
export interface CaseWithUnit extends ReconsiderationCaseRow {
  orgUnitName: string;
  orgUnitCode: string;
}

export const CASE_COLUMNS = {
  c: reconsiderationCases,
  orgUnitName: orgUnits.name,
  orgUnitCode: orgUnits.code,
};

export const withUnit = (r: { c: ReconsiderationCaseRow; orgUnitName: string; orgUnitCode: string }) => ({
  ...r.c,
  orgUnitName: r.orgUnitName,
  orgUnitCode: r.orgUnitCode,
});

/** The case if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedCase(db: Executor, actor: Actor, id: string): Promise<CaseWithUnit> {
  const [row] = await db
    .select(CASE_COLUMNS)
    .from(reconsiderationCases)
    .innerJoin(orgUnits, eq(orgUnits.id, reconsiderationCases.orgUnitId))
    .where(and(eq(reconsiderationCases.id, id), caseScope(actor)));
  if (!row) throw notFound('行政复议案件');
  return withUnit(row);
}

/** Locks the case row for a write (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedCase(tx: Tx, actor: Actor, id: string): Promise<ReconsiderationCaseRow> {
  const [row] = await tx
    .select()
    .from(reconsiderationCases)
    .where(and(eq(reconsiderationCases.id, id), caseScope(actor)))
    .for('update');
  if (!row) throw notFound('行政复议案件');
  return row;
}

export type CaseRecordWithRow = CaseRecord & { row: ReconsiderationCaseRow };

/** The procedure's view of a case row; `stepOn` is the day the next step takes effect. */
export function toRecord(row: ReconsiderationCaseRow, stepOn: IsoDate): CaseRecordWithRow {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    caseNumber: row.caseNumber,
    lawText: row.lawText as LawTextKey,
    receivedOn: row.receivedOn,
    reviewFromOn: row.reviewFromOn,
    correctionRequestedOn: row.correctionRequestedOn,
    correctionDeadlineOn: row.correctionDeadlineOn,
    procedureKind: row.procedureKind as CaseRecord['procedureKind'],
    acceptedOn: row.acceptedOn,
    copySentOn: row.copySentOn,
    answerReceivedOn: row.answerReceivedOn,
    noAnswer: row.noAnswer,
    extendedOn: row.extendedOn,
    adviceIssuedOn: row.adviceIssuedOn,
    adviceReportedOn: row.adviceReportedOn,
    stepOn,
    row,
  };
}

/**
 * Organs whose acts the district government reviews (行政复议法 (2023) 第二十四条): its departments, its
 * 派出机关 and the streets and towns below it, and the bodies its departments manage.
 */
export const RESPONDENT_UNIT_TYPES = ['department', 'enforcement_body', 'street'] as const;

export function respondentUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  return findOrgUnits(db, { districtId, type: [...RESPONDENT_UNIT_TYPES] });
}

/** 案号 (于政复〔2024〕3号) and 决定书文号 (于政复决〔2024〕3号) of the district government (GB/T 9704 §7.2.4). */
export const caseNumberKind = defineDocumentKind({
  key: 'reconsideration_case',
  word: '复',
  label: '行政复议案号',
});
export const decisionNumberKind = defineDocumentKind({
  key: 'reconsideration_decision',
  word: '复决',
  label: '行政复议决定书',
});
