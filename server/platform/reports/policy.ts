import { definePermissions } from '../authz/index.js';

/**
 * Who reads the reports and imports their outside figures (the kernel's own permissions, `reports.`): the
 * engine and the imported figures are kernel capabilities; the reports module adds its workflow's.
 */
export const reportPermissions = definePermissions({
  // A department reads (and contributes to) its own report; district-wide roles read every unit's.
  'reports.read': {
    label: '查看年度报告',
    roles: ['coordinator', 'leader', 'legal_reviewer', 'department_officer'],
  },
  // Figures the records do not hold yet (decision 0033): the coordinator for any unit, a department its own.
  'reports.import_figures': {
    label: '导入年报数据',
    roles: ['coordinator', 'department_officer'],
  },
});
