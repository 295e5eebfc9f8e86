import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { forbidden, validationFailed } from '../../../../platform/errors.js';
import { findOrgUnits, type OrgUnit } from '../../../../platform/org/index.js';
import { mayActForUnit } from './policy.js';

/** Organs with a disclosure duty: the district government, its departments and bodies, the streets. */
export const DISCLOSING_UNIT_TYPES = ['district', 'department', 'enforcement_body', 'street'] as const;

/** The district's disclosing units, in display order. */
export async function disclosingUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  return findOrgUnits(db, { districtId, type: [...DISCLOSING_UNIT_TYPES] });
}

/** Resolves 公开单位 as typed in a sheet: the unit's code, full name or short name. */
export function unitMatcher(units: readonly OrgUnit[]): (text: string) => OrgUnit | undefined {
  const byText = new Map<string, OrgUnit>();
  for (const unit of units) {
    if (unit.shortName) byText.set(unit.shortName.trim(), unit);
    byText.set(unit.name.trim(), unit);
  }
  for (const unit of units) byText.set(unit.code.trim(), unit);
  return (text) => byText.get(text.trim());
}

/** The unit a form names: a disclosing unit of the actor's district that the actor may act for. */
export async function resolveFormUnit(
  db: Executor,
  actor: Actor,
  orgUnitId: string,
  path = 'orgUnitId',
): Promise<OrgUnit> {
  const unit = (await disclosingUnits(db, actor.districtId)).find((u) => u.id === orgUnitId);
  if (!unit) throw validationFailed([{ path, message: '公开单位不存在或不是本区的单位' }]);
  if (!mayActForUnit(actor, unit)) throw forbidden('只能登记本单位的主动公开信息');
  return unit;
}
