import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../platform/context.js';
import type { Executor, Tx } from '../../../../platform/db/index.js';
import { notFound } from '../../../../platform/errors.js';
import { orgUnits } from '../../../../platform/org/index.js';
import { enforcementScope } from '../../policy.js';
import { enforcementFeeCollections as fc, enforcementFeeItems as fee, type FeeItemRow } from '../schema.js';

export interface FeeWithCollections extends FeeItemRow {
  orgUnitName: string;
  orgUnitCode: string;
  collections: { year: number; amountYuan: number }[];
}

export const feeScope = (actor: Actor): SQL => enforcementScope(actor, fee.orgUnitId, fee.districtId);

export async function selectFees(
  db: Executor,
  where: SQL,
  page?: { limit: number; offset: number },
): Promise<FeeWithCollections[]> {
  const query = db
    .select({ fee, orgUnitName: orgUnits.name, orgUnitCode: orgUnits.code })
    .from(fee)
    .innerJoin(orgUnits, eq(orgUnits.id, fee.orgUnitId))
    .where(where)
    .orderBy(asc(orgUnits.sortOrder), asc(fee.code))
    .$dynamic();
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const ids = rows.map((r) => r.fee.id);
  const collected =
    ids.length === 0
      ? []
      : await db.select().from(fc).where(inArray(fc.feeItemId, ids)).orderBy(asc(fc.year));
  return rows.map((r) => ({
    ...r.fee,
    orgUnitName: r.orgUnitName,
    orgUnitCode: r.orgUnitCode,
    collections: collected
      .filter((c) => c.feeItemId === r.fee.id)
      .map((c) => ({ year: c.year, amountYuan: Number(c.amountYuan) })),
  }));
}

export async function getScopedFee(db: Executor, actor: Actor, id: string): Promise<FeeWithCollections> {
  const [row] = await selectFees(db, and(eq(fee.id, id), feeScope(actor))!);
  if (!row) throw notFound('收费项目');
  return row;
}

export async function lockScopedFee(tx: Tx, actor: Actor, id: string): Promise<FeeItemRow> {
  const [row] = await tx
    .select()
    .from(fee)
    .where(and(eq(fee.id, id), feeScope(actor)))
    .for('update');
  if (!row) throw notFound('收费项目');
  return row;
}

/** The fee item holding this code in the district (other than `exceptId`), if any. */
export async function feeWithCode(
  db: Executor,
  districtId: string,
  code: string,
  exceptId?: string,
): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: fee.id, name: fee.name })
    .from(fee)
    .where(and(eq(fee.districtId, districtId), eq(fee.code, code)));
  return row && row.id !== exceptId ? row : undefined;
}

export const duplicateFeeCodeMessage = (code: string, name: string) =>
  `收费项目编码“${code}”已用于“${name}”，同一区内编码不能重复`;

export const feeSubject = (row: FeeItemRow) => ({
  subjectType: 'enforcement_fee_item',
  subjectId: row.id,
  orgUnitId: row.orgUnitId,
  districtId: row.districtId,
});
