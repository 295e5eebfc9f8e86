import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
import { correctionReviews, correctiveTasks } from './schema.js';

/**
 * Who may do what with corrective tasks: the unit that acted writes its rectification; the 依法治区办
 * (coordinator) or the 复议机构's reviewers accept or return it; leaders read.
 */
export const CORRECTION_PERMISSIONS = definePermissions({
  'corrections.view': {
    label: '查看纠错整改任务',
    roles: ['coordinator', 'legal_reviewer', 'department_officer', 'leader'],
  },
  'corrections.rectify': { label: '提交整改报告', roles: ['department_officer', 'coordinator'] },
  'corrections.review': { label: '验收或退回整改报告', roles: ['coordinator', 'legal_reviewer'] },
  'corrections.import': { label: '导入纠错整改台账', roles: ['coordinator'] },
});

/** A department sees its own unit's tasks; the coordinator, reviewers and leaders the district's. */
export function taskScope(actor: Actor): SQL {
  return orgScope(actor, correctiveTasks.orgUnitId, correctiveTasks.districtId);
}

export function reviewScope(actor: Actor): SQL {
  return orgScope(actor, correctionReviews.orgUnitId, correctionReviews.districtId);
}
