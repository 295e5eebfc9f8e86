import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { definePermissions, isInScope, orgScope } from '../../platform/authz/index.js';
import type { Actor } from '../../platform/context.js';
import { ROLES } from '../../platform/context.js';

/**
 * Who may do what in administrative enforcement. An enforcement body's officers (department_officer)
 * keep their own ledgers; the 依法治区办 (coordinator) keeps the district's registers and sees all;
 * 法制审核 is the legal reviewers' (处罚法 第五十八条); extensions are approved by leaders or the coordinator.
 */
export const ENFORCEMENT_PERMISSIONS = definePermissions({
  'enforcement.view': { label: '查看行政执法台账', roles: ROLES },
  // The external legal adviser sees the ledgers but not the evidence files: no assignment ties an adviser to a
  // case, so district-wide files would be every party's (issue #11; decision 0024 §3).
  'enforcement.view_evidence': {
    label: '下载案件证据材料',
    roles: ROLES.filter((r) => r !== 'legal_adviser'),
  },
  'enforcement.manage_bodies': { label: '确认行政执法主体、设置执法参数', roles: ['coordinator'] },
  'enforcement.manage_officers': {
    label: '管理执法人员及执法证件',
    roles: ['coordinator', 'department_officer'],
  },
  'enforcement.manage_benchmarks': {
    label: '管理行政处罚裁量基准、重大执法决定目录',
    roles: ['coordinator', 'department_officer'],
  },
  'enforcement.manage_fees': {
    label: '管理涉企行政事业性收费目录',
    roles: ['coordinator', 'department_officer'],
  },
  'enforcement.manage_inspections': {
    label: '编制行政检查计划、登记检查',
    roles: ['coordinator', 'department_officer'],
  },
  'enforcement.handle_case': { label: '办理执法案件', roles: ['coordinator', 'department_officer'] },
  'enforcement.legal_review': { label: '重大执法决定法制审核', roles: ['legal_reviewer'] },
  'enforcement.approve_extension': { label: '批准延长办案期限', roles: ['coordinator', 'leader'] },
  'enforcement.publish': { label: '公示、撤回执法决定', roles: ['coordinator', 'department_officer'] },
  'enforcement.file_major': { label: '报送重大处罚备案', roles: ['coordinator', 'department_officer'] },
  'enforcement.review_filing': { label: '重大处罚备案审查', roles: ['coordinator', 'legal_reviewer'] },
  'enforcement.import': { label: '导入行政执法台账', roles: ['coordinator', 'department_officer'] },
  'enforcement.export': {
    label: '导出行政执法台账',
    roles: ['coordinator', 'department_officer', 'leader', 'legal_reviewer'],
  },
});

/** The SQL condition limiting an enforcement ledger to the actor's scope (a body sees its own records). */
export function enforcementScope(
  actor: Actor,
  orgUnitColumn: AnyPgColumn,
  districtColumn?: AnyPgColumn,
): SQL {
  return orgScope(actor, orgUnitColumn, districtColumn);
}

/** May the actor write records for this org unit (its own unit or below; the coordinator everywhere)? */
export function mayActForUnit(actor: Actor, unit: { path: string; districtId: string }): boolean {
  return isInScope(actor, { orgPath: unit.path, districtId: unit.districtId });
}
