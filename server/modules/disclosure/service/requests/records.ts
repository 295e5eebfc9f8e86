import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { forbidden, notFound, validationFailed } from '../../../../platform/errors.js';
import { findOrgUnits, type OrgUnit, orgUnits } from '../../../../platform/org/index.js';
import { mayActForUnit, requestScope } from '../../policy.js';
import type { DisclosureRequestRecord } from '../../procedure.js';
import { trackingCodeFrom } from '../../rules/tracking-code.js';
import { type DisclosureRequestRow, disclosureRequests } from '../../schema/requests.js';

/** A request row with the name and code of the organ applied to. */
export interface RequestWithUnit extends DisclosureRequestRow {
  orgUnitName: string;
  orgUnitCode: string;
}

export const REQUEST_COLUMNS = {
  request: disclosureRequests,
  orgUnitName: orgUnits.name,
  orgUnitCode: orgUnits.code,
};

export function withUnit(row: {
  request: DisclosureRequestRow;
  orgUnitName: string;
  orgUnitCode: string;
}): RequestWithUnit {
  return { ...row.request, orgUnitName: row.orgUnitName, orgUnitCode: row.orgUnitCode };
}

/** The request if it exists within the actor's scope; otherwise NOT_FOUND (existence is not leaked). */
export async function getScopedRequest(db: Executor, actor: Actor, id: string): Promise<RequestWithUnit> {
  const [row] = await db
    .select(REQUEST_COLUMNS)
    .from(disclosureRequests)
    .innerJoin(orgUnits, eq(orgUnits.id, disclosureRequests.orgUnitId))
    .where(and(eq(disclosureRequests.id, id), requestScope(actor)));
  if (!row) throw notFound('政府信息公开申请');
  return withUnit(row);
}

/** Locks the request row for a write (SELECT … FOR UPDATE), scope-checked. */
export async function lockScopedRequest(tx: Tx, actor: Actor, id: string): Promise<DisclosureRequestRow> {
  const [row] = await tx
    .select()
    .from(disclosureRequests)
    .where(and(eq(disclosureRequests.id, id), requestScope(actor)))
    .for('update');
  if (!row) throw notFound('政府信息公开申请');
  return row;
}

export type RequestRecord = DisclosureRequestRecord & { row: DisclosureRequestRow };

/** The procedure's view of a request row; `stepOn` is the day the next step takes effect. */
export function toRecord(row: DisclosureRequestRow, stepOn: IsoDate): RequestRecord {
  return {
    id: row.id,
    state: row.status,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    trackingCode: row.trackingCode,
    receivedOn: row.receivedOn,
    correctionRequestedOn: row.correctionRequestedOn,
    correctionDeadlineOn: row.correctionDeadlineOn,
    extensionApprovedOn: row.extensionApprovedOn,
    feeNoticeOn: row.feeNoticeOn,
    feeNoticeReceivedOn: row.feeNoticeReceivedOn,
    thirdPartyConsultedOn: row.thirdPartyConsultedOn,
    thirdPartyReceivedOn: row.thirdPartyReceivedOn,
    stepOn,
    row,
  };
}

/** Organs one may apply to (条例 第二十七条): the district government, its departments, streets. */
export const APPLICABLE_UNIT_TYPES = ['district', 'department', 'enforcement_body', 'street'] as const;

export function applicableUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  return findOrgUnits(db, { districtId, type: [...APPLICABLE_UNIT_TYPES] });
}

/** The organ a staff form names: an applicable unit of the actor's district, within the actor's scope. */
export async function resolveStaffUnit(db: Executor, actor: Actor, orgUnitId: string): Promise<OrgUnit> {
  const unit = (await applicableUnits(db, actor.districtId)).find((u) => u.id === orgUnitId);
  if (!unit) throw validationFailed([{ path: 'orgUnitId', message: '受理机关不存在或不是本区的机关' }]);
  if (!mayActForUnit(actor, unit)) throw forbidden('只能登记向本单位提出的申请');
  return unit;
}

/** A fresh tracking code (60 random bits; the unique index catches the astronomically rare clash). */
export function newTrackingCode(): string {
  return trackingCodeFrom(randomBytes(8));
}
