import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor, Role } from '../context.js';

/** Roles that see the whole district; the others see their own org unit and the units below it. */
const DISTRICT_WIDE: ReadonlySet<Role> = new Set([
  'coordinator',
  'leader',
  'legal_reviewer',
  'legal_adviser',
]);

export function isDistrictWide(actor: Actor): boolean {
  return DISTRICT_WIDE.has(actor.role);
}

/**
 * The SQL condition limiting a ledger to what the actor may see, on the row's org unit column.
 * Every list and read of a scoped ledger must AND this in; the server never trusts the client's filter.
 */
export function orgScope(actor: Actor, orgUnitColumn: AnyPgColumn | SQL, districtColumn?: AnyPgColumn): SQL {
  if (isDistrictWide(actor)) {
    return districtColumn
      ? sql`${districtColumn} = ${actor.districtId}`
      : sql`${orgUnitColumn} IN (SELECT id FROM org_units WHERE district_id = ${actor.districtId})`;
  }
  return sql`${orgUnitColumn} IN (SELECT id FROM org_units WHERE path LIKE ${`${actor.orgPath}%`})`;
}

/** In-memory form of the same rule, for a record already loaded (its org unit's path). */
export function isInScope(actor: Actor, record: { orgPath: string; districtId: string }): boolean {
  if (isDistrictWide(actor)) return record.districtId === actor.districtId;
  return record.orgPath.startsWith(actor.orgPath);
}
