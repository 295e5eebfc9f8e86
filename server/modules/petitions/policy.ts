import { type SQL, sql } from 'drizzle-orm';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
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
 * A petition is in the actor's scope when the organ now handling it, or the one that registered it, is:
 * the petitions office keeps seeing what it routed, a department sees what was routed to it.
 */
export function petitionScope(actor: Actor): SQL {
  return sql`(${orgScope(actor, petitions.orgUnitId, petitions.districtId)} OR ${orgScope(actor, petitions.intakeUnitId, petitions.districtId)})`;
}
