import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadEducationDemo } from './demo.js';
import { activitiesLedger, dutiesLedger, sessionsLedger } from './ledger.js';
import { educationMetrics } from './metrics.js';
import { EDUCATION_PERMISSIONS } from './policy.js';
import { reportProcedure } from './procedure.js';
import { educationRoutes, reportEntry } from './routes.js';
import { REVIEW_CLOCK } from './rules.js';
import { educationStatements } from './statements.js';

/** 学法、普法 and 第一责任人 (issue #17; seed 一(一)二、三 and 三; docs/decisions/0050-legal-education.md). */
export const legalEducationModule = defineModule({
  key: 'legal-education',
  label: { 'zh-CN': '学法普法', 'en-US': 'Law study and popularisation' },
  nav: [
    {
      path: '/legal-education/study',
      label: { 'zh-CN': '领导干部学法', 'en-US': "Leaders' law study" },
      icon: 'ReadOutlined',
      permission: 'legal_education.view',
      roles: LEDGER_ROLES,
    },
    {
      path: '/legal-education/popularisation',
      label: { 'zh-CN': '普法工作', 'en-US': 'Law popularisation' },
      icon: 'NotificationOutlined',
      permission: 'legal_education.view',
      roles: LEDGER_ROLES,
    },
    {
      path: '/legal-education/reports',
      label: { 'zh-CN': '第一责任人述法', 'en-US': 'Principal leaders report' },
      icon: 'AuditOutlined',
      permission: 'legal_education.view',
    },
  ],
  permissions: EDUCATION_PERMISSIONS,
  metrics: educationMetrics,
  headlines: [
    defineHeadline({
      metricKey: 'legal_education.activities',
      label: { 'zh-CN': '普法活动', 'en-US': 'Law popularisation events' },
      order: 80,
    }),
    defineHeadline({
      metricKey: 'legal_education.study_sessions',
      label: { 'zh-CN': '领导干部学法', 'en-US': "Leaders' study sessions" },
      order: 81,
    }),
  ],
  statements: educationStatements,
  auditActions: [
    'legal_education.leader.registered',
    'legal_education.session.recorded',
    'legal_education.session.updated',
    'legal_education.session.imported',
    'legal_education.plan.registered',
    'legal_education.acceptance.recorded',
    'legal_education.duty.generated',
    'legal_education.duty.imported',
    'legal_education.duty.updated',
    'legal_education.activity.logged',
    'legal_education.activity.updated',
    'legal_education.activity.imported',
    'legal_education.training.recorded',
    'legal_education.report.opened',
    'legal_education.report.submitted',
    'legal_education.report.returned',
    'legal_education.report.reviewed',
    'legal_education.report.evaluated',
  ],
  ledgers: [
    defineLedgerEntry(sessionsLedger),
    defineLedgerEntry(activitiesLedger),
    defineLedgerEntry(dutiesLedger),
  ],
  procedures: [reportEntry],
  routes: educationRoutes,
  demo: loadEducationDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof legalEducationModule.auditActions> {}
}

/**
 * What other modules may use (the coordination and assessment modules of issue #17): the permissions, the
 * procedure (to describe it), the review clock, and the metrics by key.
 */
export const legalEducation = {
  permissions: EDUCATION_PERMISSIONS,
  procedure: reportProcedure,
  clocks: { review: REVIEW_CLOCK },
  metrics: Object.fromEntries(educationMetrics.map((m) => [m.key, m])),
} as const;
