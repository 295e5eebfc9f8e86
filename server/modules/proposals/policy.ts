import { type SQL, sql } from 'drizzle-orm';
import { definePermissions, isDistrictWide, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { ROLES } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { proposalAssignments, proposalItems } from './schema.js';

/**
 * Who does what (decision 0040 §5): the government office (coordinator) registers, assigns and records the
 * feedback forms; the units (department officers) handle and answer their own items; leaders read.
 */
export const PROPOSAL_PERMISSIONS = definePermissions({
  'proposals.view': { label: '查看建议提案', roles: ROLES },
  'proposals.register': { label: '登记和导入建议提案', roles: ['coordinator'] },
  'proposals.assign': { label: '交办建议提案', roles: ['coordinator'] },
  'proposals.handle': { label: '办理和答复建议提案', roles: ['department_officer', 'coordinator'] },
  'proposals.evaluate': { label: '登记代表委员评价', roles: ['coordinator'] },
  'proposals.export': {
    label: '导出建议提案台账',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_reviewer'],
  },
  'proposals.settings': { label: '设置建议提案办理规则', roles: ['coordinator'] },
});

/**
 * The items the actor may see: district-wide roles all of the district's; a unit the items it leads and
 * those it co-handles or was assigned separately (a returned assignment included: it keeps its history).
 */
export function itemScope(actor: Actor): SQL {
  const own = orgScope(actor, proposalItems.orgUnitId, proposalItems.districtId);
  if (isDistrictWide(actor)) return own;
  return sql`(${own} OR EXISTS (SELECT 1 FROM ${proposalAssignments} a
    WHERE a.item_id = ${proposalItems.id} AND ${orgScope(actor, sql`a.org_unit_id`)}))`;
}

/** May the actor act for this unit (its own unit and below; the office for any)? */
export function mayActFor(actor: Actor, unit: { path: string; districtId: string } | undefined): boolean {
  if (!unit) return false;
  if (isDistrictWide(actor)) return unit.districtId === actor.districtId;
  return unit.path.startsWith(actor.orgPath);
}

export function assertActsFor(
  actor: Actor,
  unit: { path: string; districtId: string } | undefined,
  what: string,
) {
  if (!mayActFor(actor, unit)) throw forbidden(`只有${what}可以办理此操作`);
}
