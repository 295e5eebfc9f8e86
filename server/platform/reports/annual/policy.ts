import { definePermissions } from '../../authz/index.js';

/** Who works with the annual reports (the kernel's own permissions, `reports.`). */
export const reportPermissions = definePermissions({
  // A department reads (and later contributes to) its own report; district-wide roles read every unit's.
  'reports.read': {
    label: '查看年度报告',
    roles: ['coordinator', 'leader', 'legal_reviewer', 'department_officer'],
  },
});
