import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { forbidden, validationFailed } from '../../../../platform/errors.js';
import type { FieldProblem } from '../../../../platform/io/index.js';
import { findOrgUnits, type OrgUnit, type OrgUnitType } from '../../../../platform/org/index.js';
import { mayActForUnit } from '../../policy.js';
import { enforcementBodies } from '../schema.js';

/**
 * The kinds of unit that may hold enforcement powers and so be confirmed as a body: departments and units of
 * type `enforcement_body` (行政执法机构, e.g. a 综合行政执法队). Decision 0013.
 */
export const BODY_UNIT_TYPES: readonly OrgUnitType[] = ['department', 'enforcement_body'];

/** The org units of the district that may be confirmed as enforcement bodies (confirmed or not). */
export function eligibleBodyUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  return findOrgUnits(db, { districtId, type: [...BODY_UNIT_TYPES] });
}

async function confirmedUnitIds(db: Executor, districtId: string): Promise<Set<string>> {
  const rows = await db
    .select({ orgUnitId: enforcementBodies.orgUnitId })
    .from(enforcementBodies)
    .where(and(eq(enforcementBodies.districtId, districtId), isNull(enforcementBodies.revokedOn)));
  return new Set(rows.map((r) => r.orgUnitId));
}

/** The org units of the district that are confirmed enforcement bodies today (not revoked). */
export async function confirmedBodyUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  const confirmed = await confirmedUnitIds(db, districtId);
  return (await findOrgUnits(db, { districtId })).filter((u) => confirmed.has(u.id));
}

/** The candidates for 确认: units that may be confirmed and are not confirmed today (a revoked one may be). */
export async function bodyCandidateUnits(db: Executor, districtId: string): Promise<OrgUnit[]> {
  const [eligible, confirmed] = await Promise.all([
    eligibleBodyUnits(db, districtId),
    confirmedUnitIds(db, districtId),
  ]);
  return eligible.filter((u) => !confirmed.has(u.id));
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

/**
 * The body a row names in 执法主体 (`orgUnit`): a confirmed body of the district that the actor may act for;
 * otherwise a problem is added and nothing returned. `what` names the register's items in the message.
 */
export function importedBodyUnit<Row extends { orgUnit: string }>(
  row: Row,
  match: ReturnType<typeof unitMatcher>,
  actor: Actor,
  what: string,
  problems: FieldProblem<Row>[],
): OrgUnit | undefined {
  const unit = match(row.orgUnit);
  if (!unit) problems.push({ field: 'orgUnit', message: `“${row.orgUnit}”不是本区已确认的行政执法主体` });
  else if (!mayActForUnit(actor, unit))
    problems.push({ field: 'orgUnit', message: `只能导入本单位的${what}，不能导入“${unit.name}”的` });
  else return unit;
  return undefined;
}
