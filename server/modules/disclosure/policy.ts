import type { SQL } from 'drizzle-orm';
import { definePermissions, isInScope, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { ROLES } from '../../platform/context.js';
import { disclosureRequests } from './schema/requests.js';

/**
 * Who may do what with disclosure requests (依申请公开). Each department's 政府信息公开工作机构 registers
 * and handles the requests addressed to it; the district's office (依法治区办/政府办, role coordinator)
 * handles the government's own and sees all. Extending the reply period needs the head of the 工作机构
 * (条例 第三十三条第二款) — here the coordinator; docs/decisions/0009-disclosure-requests.md §4.
 */
export const REQUEST_PERMISSIONS = definePermissions({
  'disclosure.view_requests': { label: '查看依申请公开台账', roles: ROLES },
  'disclosure.register_request': {
    label: '登记政府信息公开申请',
    roles: ['department_officer', 'coordinator'],
  },
  'disclosure.handle_request': {
    label: '办理政府信息公开申请',
    roles: ['department_officer', 'coordinator'],
  },
  'disclosure.approve_extension': { label: '批准延长答复期限', roles: ['coordinator'] },
  /** The district's fee method (国办函〔2020〕109号 第三条), set by the district's office. */
  'disclosure.manage_settings': { label: '设置政务公开参数（信息处理费计收方式）', roles: ['coordinator'] },
  'disclosure.import_requests': {
    label: '导入依申请公开台账',
    roles: ['department_officer', 'coordinator'],
  },
  'disclosure.export_requests': {
    label: '导出依申请公开台账',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_reviewer'],
  },
});

/** The SQL condition limiting request reads to the actor's scope (a department sees its own requests). */
export function requestScope(actor: Actor): SQL {
  return orgScope(actor, disclosureRequests.orgUnitId, disclosureRequests.districtId);
}

/** May the actor file or handle requests addressed to this org unit? */
export function mayActForUnit(actor: Actor, unit: { path: string; districtId: string }): boolean {
  return isInScope(actor, { orgPath: unit.path, districtId: unit.districtId });
}

/**
 * May the actor see the applicant's phone in full? The handling staff in scope must call back
 * (条例 第三十条 指导和释明); everyone else (lists, exports, leaders) sees it masked.
 */
export function maySeeApplicantContact(actor: Actor): boolean {
  return actor.role === 'department_officer' || actor.role === 'coordinator';
}
