import { and, eq, ne, type SQL } from 'drizzle-orm';
import { maskIdNumber, maskPhone } from '../../../../../common/privacy/masking.js';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { type EnforcementOfficerRow, enforcementOfficers as o } from '../schema.js';

export interface OfficerWithUnit extends EnforcementOfficerRow {
  orgUnitName: string;
  orgUnitCode: string;
}

export const officerScope = (actor: Actor): SQL => enforcementScope(actor, o.orgUnitId, o.districtId);

export function selectOfficers(db: Executor) {
  return db
    .select({ officer: o, orgUnitName: orgUnits.name, orgUnitCode: orgUnits.code })
    .from(o)
    .innerJoin(orgUnits, eq(orgUnits.id, o.orgUnitId))
    .$dynamic();
}

export function withUnit(row: {
  officer: EnforcementOfficerRow;
  orgUnitName: string;
  orgUnitCode: string;
}): OfficerWithUnit {
  return { ...row.officer, orgUnitName: row.orgUnitName, orgUnitCode: row.orgUnitCode };
}

/** One officer in the actor's scope; otherwise NOT_FOUND (another body's officers do not exist for them). */
export async function getScopedOfficer(db: Executor, actor: Actor, id: string): Promise<OfficerWithUnit> {
  const [row] = await selectOfficers(db).where(and(eq(o.id, id), officerScope(actor)));
  if (!row) throw notFound('执法人员');
  return withUnit(row);
}

export async function lockScopedOfficer(tx: Tx, actor: Actor, id: string): Promise<EnforcementOfficerRow> {
  const [row] = await tx
    .select()
    .from(o)
    .where(and(eq(o.id, id), officerScope(actor)))
    .for('update');
  if (!row) throw notFound('执法人员');
  return row;
}

/** The officer holding this certificate number in the district (other than `exceptId`), if any. */
export async function certificateHolder(
  db: Executor,
  districtId: string,
  certificateNumber: string,
  exceptId?: string,
): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: o.id, name: o.name })
    .from(o)
    .where(
      and(
        eq(o.districtId, districtId),
        eq(o.certificateNumber, certificateNumber),
        exceptId ? ne(o.id, exceptId) : undefined,
      ),
    );
  return row;
}

export const duplicateCertificateMessage = (number: string, holder: string) =>
  `执法证号“${number}”已登记在${holder}名下，同一区内证号不能重复`;

export const officerSubject = (row: EnforcementOfficerRow) => ({
  subjectType: 'enforcement_officer',
  subjectId: row.id,
  orgUnitId: row.orgUnitId,
  districtId: row.districtId,
});

/** What the audit chain keeps of an officer: ID number and phone masked (the chain is never erased). */
export function officerAuditView(row: Partial<EnforcementOfficerRow>) {
  const { idNumber, phone, version: _v, createdAt: _c, updatedAt: _u, createdBy: _b, ...rest } = row;
  return {
    ...rest,
    ...(idNumber !== undefined ? { idNumber: maskIdNumber(idNumber) } : {}),
    ...(phone !== undefined ? { phone: maskPhone(phone) } : {}),
  };
}

/**
 * Whether the actor sees an officer's ID number and phone whole: the coordinator, and the staff of the
 * officer's own unit. Everyone else sees them masked (个人信息保护法 第五十一条; decision 0009 §5).
 */
export function maySeeOfficerPersonalData(actor: Actor, officer: { orgUnitId: string }): boolean {
  return actor.role === 'coordinator' || actor.orgUnitId === officer.orgUnitId;
}
