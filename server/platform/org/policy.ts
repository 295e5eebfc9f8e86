import { definePermissions } from '../authz/permissions.js';
import type { Role } from '../context.js';

/** The kernel's own permissions: who may shape the org tree and the user accounts. */
export const orgPermissions = definePermissions({
  'org.manage': { label: '管理组织机构', roles: ['coordinator'] },
  'users.manage': { label: '管理用户账号', roles: ['coordinator'] },
});

/** zh-CN names of the roles of DESIGN.md §2, as shown in the UI, the CLI and the start banner. */
export const ROLE_LABELS: Record<Role, string> = {
  coordinator: '法治建设协调员',
  legal_reviewer: '法制审核员',
  department_officer: '部门工作人员',
  legal_adviser: '法律顾问',
  mediator: '调解员（网格员）',
  leader: '区领导',
};
