import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { isInScope } from '../../../platform/authz/index.js';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  path: string;
  districtId: string;
}

/** A unit of the actor's district that the actor may act for, or a 400 naming the field. */
export async function unitFor(db: Executor, actor: Actor, id: string, field: string): Promise<UnitRef> {
  const [unit] = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      path: orgUnits.path,
      districtId: orgUnits.districtId,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.districtId, actor.districtId)));
  if (!unit || !isInScope(actor, { orgPath: unit.path, districtId: unit.districtId }))
    throw validationFailed([{ path: field, message: '单位不存在或不在您的管辖范围内' }]);
  return unit;
}

export async function unitNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, [...new Set(ids)]));
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** The district's root unit (the 区委、区政府 level: study sessions and plans belong to it). */
export async function districtRoot(db: Executor, districtId: string): Promise<UnitRef> {
  const [unit] = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      path: orgUnits.path,
      districtId: orgUnits.districtId,
    })
    .from(orgUnits)
    .where(eq(orgUnits.id, districtId));
  if (!unit) throw new Error(`District ${districtId} has no root unit`);
  return unit;
}
