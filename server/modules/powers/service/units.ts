import type { Actor } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { forbidden, validationFailed } from '../../../platform/errors.js';
import { findOrgUnits, type OrgUnit } from '../../../platform/org/index.js';
import { mayActForUnit } from '../policy.js';

/** Units that exercise administrative powers: departments, enforcement bodies, streets (乡镇街道权责清单). */
export const IMPLEMENTING_UNIT_TYPES = ['department', 'enforcement_body', 'street'] as const;

/** The district's implementing units, for resolving a form's id or an import's name or code. */
export async function implementingUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  return findOrgUnits(db, { districtId, type: [...IMPLEMENTING_UNIT_TYPES] });
}

/** Resolves 实施主体 as typed in a sheet: the unit's code, full name or short name. */
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
 * The unit a form names as 实施主体: it must be an implementing unit of the actor's district, and
 * within what the actor may file for (a department officer: their own unit).
 */
export async function resolveFormUnit(db: Executor, actor: Actor, orgUnitId: string, path = 'orgUnitId') {
  const unit = (await implementingUnits(db, actor.districtId)).find((u) => u.id === orgUnitId);
  if (!unit) throw validationFailed([{ path, message: '实施主体不存在或不是本区的部门' }]);
  if (!mayActForUnit(actor, unit)) throw forbidden('只能为本单位填报权责清单事项');
  return unit;
}
