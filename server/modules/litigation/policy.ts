import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import { definePermissions, orgScope } from '../../platform/authz/index.js';
import { lawsuits } from './schema.js';

/**
 * Who may do what with lawsuits: the defending department registers and handles its own cases; the 司法局
 * (the 复议机构, which organises the government's 行政应诉 — 复议法 第四条) and the coordinator the district's.
 */
export const LITIGATION_PERMISSIONS = definePermissions({
  'litigation.view': {
    label: '查看行政应诉案件',
    roles: ['coordinator', 'legal_reviewer', 'department_officer', 'leader'],
  },
  'litigation.handle': {
    label: '登记和办理行政应诉案件',
    roles: ['coordinator', 'legal_reviewer', 'department_officer'],
  },
  'litigation.import': { label: '导入行政应诉台账', roles: ['coordinator', 'legal_reviewer'] },
});

export function lawsuitScope(actor: Actor): SQL {
  return orgScope(actor, lawsuits.orgUnitId, lawsuits.districtId);
}
