import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';

/**
 * Who may do what in grassroots mediation. Village and community mediators (scoped to their street or
 * village, decision 0006) keep their point, log and cases; the justice bureau's grassroots section
 * (coordinator) keeps every street's; leaders read.
 */
export const MEDIATION_PERMISSIONS = definePermissions({
  'mediation.view': { label: '查看人民调解与评理说事点', roles: ['coordinator', 'leader', 'mediator'] },
  'mediation.edit': { label: '登记评理说事点、说事记录和调解案件', roles: ['coordinator', 'mediator'] },
});

/** Reads and writes limited to the actor's subtree (a mediator sees their street or village only). */
export function mediationScope(
  actor: Actor,
  table: { orgUnitId: AnyPgColumn; districtId: AnyPgColumn },
): SQL {
  return orgScope(actor, table.orgUnitId, table.districtId);
}
