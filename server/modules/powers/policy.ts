import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import { ROLES } from '../../platform/context.js';
import { can, definePermissions, isInScope, orgScope } from '../../platform/authz/index.js';
import { forbidden } from '../../platform/errors.js';
import { powerItems } from './schema.js';

/**
 * Who may do what with the power list. Departments draft and maintain their own items; the 依法治区办
 * (coordinator) confirms and publishes them, so publication stays with one office
 * (docs/decisions/0007-power-list.md: "经全区相关执法部门梳理并确认，在网站公示").
 */
export const POWER_PERMISSIONS = definePermissions({
  'powers.view': { label: '查看权责清单', roles: ROLES },
  'powers.edit': { label: '编辑权责清单', roles: ['department_officer', 'coordinator'] },
  'powers.publish': { label: '发布或取消权责清单事项', roles: ['coordinator'] },
  'powers.import': { label: '导入权责清单', roles: ['department_officer', 'coordinator'] },
  'powers.export': {
    label: '导出权责清单',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_reviewer'],
  },
});

/** The SQL condition limiting item reads to the actor's scope (a department sees its own unit's items). */
export function itemScope(actor: Actor): SQL {
  return orgScope(actor, powerItems.orgUnitId, powerItems.districtId);
}

/** May the actor file items under this org unit (own unit and below; the whole district for coordinators)? */
export function mayActForUnit(actor: Actor, unit: { path: string; districtId: string }): boolean {
  return isInScope(actor, { orgPath: unit.path, districtId: unit.districtId });
}

/** Importing rows marked 已发布 publishes them, which only publishers may do. */
export function assertMayImportPublished(actor: Actor): void {
  if (!can(actor, 'powers.publish')) throw forbidden('您的角色无权发布事项，导入时“状态”只能为草稿');
}

/** Scope condition on a given org unit column (for joins and the stats query). */
export function unitScope(actor: Actor, column: SQL): SQL {
  return orgScope(actor, column);
}

export const NO_ROWS = sql`false`;
