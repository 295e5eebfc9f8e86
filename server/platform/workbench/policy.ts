import { definePermissions } from '../authz/index.js';

/** Who reads the district-wide views of the workbench (the kernel's own permissions, `clocks.`). */
export const workbenchPermissions = definePermissions({
  // 督办: the 依法治区办 follows every department's deadlines; leaders read the same board.
  'clocks.supervise': { label: '督办各单位法定期限', roles: ['coordinator', 'leader'] },
  'clocks.view_overview': { label: '查看法治工作概览', roles: ['coordinator', 'leader'] },
});
