import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { forbidden, validationFailed } from '../../../../platform/errors.js';
import { findOrgUnits, type OrgUnit } from '../../../../platform/org/index.js';
import { mayActForUnit } from '../../policy.js';
import { enforcementBodies } from '../../schema/registry.js';

/** The org units of the district that are confirmed enforcement bodies today (not revoked). */
export async function confirmedBodyUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  const rows = await db
    .select({ orgUnitId: enforcementBodies.orgUnitId })
    .from(enforcementBodies)
    .where(and(eq(enforcementBodies.districtId, districtId), isNull(enforcementBodies.revokedOn)));
  const confirmed = new Set(rows.map((r) => r.orgUnitId));
  return (await findOrgUnits(db, { districtId })).filter((u) => confirmed.has(u.id));
}

/** Resolves a unit typed in a sheet: its code, full name or short name. */
export function unitMatcher(units: readonly OrgUnit[]): (text: string) => OrgUnit | undefined {
  const byText = new Map<string, OrgUnit>();
  for (const unit of units) {
    if (unit.shortName) byText.set(unit.shortName.trim(), unit);
    byText.set(unit.name.trim(), unit);
  }
  for (const unit of units) byText.set(unit.code.trim(), unit);
  return (text) => byText.get(text.trim());
}

/**
 * The confirmed body a form names, which the actor may act for: unknown or not confirmed is a field error,
 * another body's is forbidden (a department officer keeps only their own unit's registers).
 */
export async function resolveBodyUnit(
  db: Executor,
  actor: Actor,
  orgUnitId: string,
  path = 'orgUnitId',
): Promise<OrgUnit> {
  const unit = (await confirmedBodyUnits(db, actor.districtId)).find((u) => u.id === orgUnitId);
  if (!unit) throw validationFailed([{ path, message: '该单位不是本区已确认的行政执法主体' }]);
  if (!mayActForUnit(actor, unit)) throw forbidden('只能管理本单位的行政执法台账');
  return unit;
}
