import type { SQL } from 'drizzle-orm';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { reconsiderationCases } from './schema.js';

/**
 * Who may do what with reconsideration cases. The 行政复议机构 (the 司法局, 行政复议法 第四条第二款) handles the
 * cases: here the district-wide roles coordinator and legal_reviewer. The respondent's staff (department_officer)
 * see the cases against their own unit and file its answer and its correction report. Extending the decision
 * period needs the approval of the 复议机构's head (第六十二条) — the coordinator. Decision 0042 §5.
 */
export const CASE_PERMISSIONS = definePermissions({
  'reconsideration.view_cases': {
    label: '查看行政复议案件',
    roles: ['coordinator', 'legal_reviewer', 'leader', 'department_officer', 'legal_adviser'],
  },
  'reconsideration.register_case': { label: '登记行政复议申请', roles: ['coordinator', 'legal_reviewer'] },
  'reconsideration.handle_case': { label: '办理行政复议案件', roles: ['coordinator', 'legal_reviewer'] },
  'reconsideration.answer': {
    label: '提交被申请人答复及整改情况',
    roles: ['department_officer', 'coordinator', 'legal_reviewer'],
  },
  'reconsideration.approve_extension': { label: '批准延长行政复议审理期限', roles: ['coordinator'] },
  'reconsideration.import_cases': { label: '导入行政复议案件台账', roles: ['coordinator', 'legal_reviewer'] },
  'reconsideration.export_cases': {
    label: '导出行政复议案件台账',
    roles: ['coordinator', 'legal_reviewer', 'leader', 'department_officer'],
  },
});

/** The SQL condition limiting case reads to the actor's scope (a department sees the cases against it). */
export function caseScope(actor: Actor): SQL {
  return orgScope(actor, reconsiderationCases.orgUnitId, reconsiderationCases.districtId);
}

/** May the actor see the applicant's ID number and phone in full (the handling 复议机构 only)? */
export function maySeeApplicantContact(actor: Actor): boolean {
  return actor.role === 'coordinator' || actor.role === 'legal_reviewer';
}
