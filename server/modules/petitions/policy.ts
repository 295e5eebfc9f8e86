import { type SQL, sql } from 'drizzle-orm';
import { definePermissions, isDistrictWide, orgScope } from '../../platform/authz/index.js';
import { orgUnits } from '../../platform/org/index.js';
import type { Actor } from '../../platform/context.js';
import { petitions } from './schema.js';

/**
 * Who may do what with petitions. The 信访局 (a department_officer of 区信访局) registers and routes; the
 * handling departments accept, answer and close within their scope; 复查/复核 are decided one level up,
 * which in the district's system is the 依法治区办 / 信访局 (coordinator) and the leaders (decision 0046 §3).
 */
export const PETITION_PERMISSIONS = definePermissions({
  'petitions.view': {
    label: '查看信访事项',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_adviser', 'mediator'],
  },
  'petitions.register': { label: '登记信访事项', roles: ['coordinator', 'department_officer', 'mediator'] },
  'petitions.route': { label: '转送交办信访事项', roles: ['coordinator', 'department_officer'] },
  'petitions.handle': { label: '受理、办理信访事项', roles: ['coordinator', 'department_officer'] },
  'petitions.approve_extension': { label: '批准延长信访办理期限', roles: ['coordinator', 'leader'] },
  'petitions.review': { label: '办理复查、复核', roles: ['coordinator', 'leader'] },
  'petitions.import': { label: '导入信访台账', roles: ['coordinator', 'department_officer'] },
});

/**
 * The petitions office: the department whose name ends in 信访局 (records.ts `petitionsOffice`, decision 0046 §3).
 * The same test in SQL, on the actor's own unit, so the scope stays one condition the list and reads AND in.
 */
const OFFICE_SUFFIX = '%信访局';
function actorIsPetitionsOffice(actor: Actor): SQL {
  return sql`EXISTS (SELECT 1 FROM ${orgUnits} WHERE ${orgUnits.id} = ${actor.orgUnitId}
    AND ${orgUnits.type} = 'department' AND ${orgUnits.name} LIKE ${OFFICE_SUFFIX})`;
}

/**
 * A petition is in the actor's scope when the organ now handling it is in the actor's unit's subtree — a
 * department sees what was routed to it (or what it received directly and still holds), nothing it routed or
 * sent back. The petitions office (信访局), which registers, routes and supervises every petition of the
 * district (信访工作条例 第二十二条; 2005 信访条例 第六条), sees the district's, as the district-wide roles do
 * (decision 0046, addendum §A4).
 */
export function petitionScope(actor: Actor): SQL {
  const district = sql`${petitions.districtId} = ${actor.districtId}`;
  if (isDistrictWide(actor)) return district;
  return sql`(${orgScope(actor, petitions.orgUnitId, petitions.districtId)} OR (${district} AND ${actorIsPetitionsOffice(actor)}))`;
}
