import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { reportsCli } from './cli.js';
import { loadReportsDemo } from './demo.js';
import { REPORT_PERMISSIONS } from './policy.js';
import { reportDeadlineReminders } from './reminders.js';
import { reportDraftEntry, reportsRoutes } from './routes.js';
import { reportStatusSource } from './service/index.js';

/**
 * 年度报告 (issue #12, decision 0036): the annual reports' drafts, editing around the live figures, the
 * departments' contributions, review, 常务会议 approval, sign-off, publication on the portal and the archive.
 * The engine that computes a report is the kernel's (platform/reports/annual); this module keeps the reports.
 */
export const reportsModule = defineModule({
  key: 'reports',
  label: { 'zh-CN': '年度报告', 'en-US': 'Annual reports' },
  nav: [
    {
      path: '/reports',
      label: { 'zh-CN': '年度报告', 'en-US': 'Annual reports' },
      icon: 'FileTextOutlined',
      permission: 'reports.read',
      roles: LEDGER_ROLES,
    },
    {
      path: '/portal/reports',
      label: { 'zh-CN': '年度报告', 'en-US': 'Annual reports' },
      icon: 'FileTextOutlined',
      portal: true,
    },
  ],
  routes: reportsRoutes,
  cli: reportsCli,
  permissions: REPORT_PERMISSIONS,
  procedures: [reportDraftEntry],
  reminders: [reportDeadlineReminders],
  reportStatus: reportStatusSource,
  demo: loadReportsDemo,
  auditActions: [
    'reports.draft.generated',
    'reports.draft.updated',
    'reports.draft.regenerated',
    'reports.draft.imported',
    'reports.paragraph.added',
    'reports.paragraph.contributed',
    'reports.paragraph.edited',
    'reports.paragraph.removed',
    'reports.draft.submitted',
    'reports.draft.returned',
    'reports.draft.approved',
    'reports.draft.signed',
    'reports.draft.published',
    'reports.draft.archived',
  ],
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof reportsModule.auditActions> {}
}
