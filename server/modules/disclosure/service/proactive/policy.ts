import type { SQL } from 'drizzle-orm';
import { definePermissions, isInScope, orgScope } from '../../../../platform/authz/index.js';
import type { Actor } from '../../../../platform/context.js';
import { ROLES } from '../../../../platform/context.js';
import { disclosureProactiveItems } from '../../schema/proactive.js';

/**
 * Who may keep the proactive register. Each unit registers what it published itself (条例 第二十六条 puts
 * the duty on the organ that formed the information); the coordinator may act for any unit of the district.
 */
export const PROACTIVE_PERMISSIONS = definePermissions({
  'disclosure.view_proactive': { label: '查看主动公开台账', roles: ROLES },
  'disclosure.register_proactive': {
    label: '登记或修改主动公开信息',
    roles: ['department_officer', 'coordinator'],
  },
  'disclosure.import_proactive': { label: '导入主动公开台账', roles: ['department_officer', 'coordinator'] },
  'disclosure.export_proactive': {
    label: '导出主动公开台账',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_reviewer'],
  },
  'disclosure.edit_guide': { label: '编辑政府信息公开指南', roles: ['department_officer', 'coordinator'] },
});

/** The SQL condition limiting register reads to the actor's scope (a department: its own entries). */
export function proactiveScope(actor: Actor): SQL {
  return orgScope(actor, disclosureProactiveItems.orgUnitId, disclosureProactiveItems.districtId);
}

/** May the actor act for this unit (own unit and below; the whole district for district-wide roles)? */
export function mayActForUnit(actor: Actor, unit: { path: string; districtId: string }): boolean {
  return isInScope(actor, { orgPath: unit.path, districtId: unit.districtId });
}
