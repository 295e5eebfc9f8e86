import type { RoutePlugin } from '../../platform/http/index.js';
import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { demoBodyCodes, loadEnforcementDemo } from './demo/index.js';
import { enforcementLedgers } from './ledgers.js';
import { enforcementMetrics } from './metrics.js';
import { enforcementHeadlines, enforcementOverview, legalReviewQueue } from './overview.js';
import { ENFORCEMENT_PERMISSIONS } from './policy.js';
import { caseClocks, caseProcedure } from './procedure.js';
import { certificateReminders } from './registry/service/certificate-reminders.js';
import { findConfirmedBody } from './registry/service/confirmed-body.js';
import { caseEntry, casesRoutes } from './cases/routes.js';
import { filingsRoutes } from './filings/routes.js';
import { inspectionsRoutes } from './inspections/routes.js';
import { decisionsPublicSearch } from './publication/public-search.js';
import { portalRoutes } from './publication/routes/portal.js';
import { publicationRoutes } from './publication/routes/publication.js';
import { registryRoutes } from './registry/routes/index.js';
import { enforcementIndicators } from './report-indicators.js';
import { enforcementStatements } from './statements.js';

const routes: RoutePlugin = async (app, deps) => {
  await registryRoutes(app, deps);
  await casesRoutes(app, deps);
  await filingsRoutes(app, deps);
  await publicationRoutes(app, deps);
  await inspectionsRoutes(app, deps);
  await portalRoutes(app, deps);
};

const nav = (path: string, zh: string, en: string, icon: string, permission = 'enforcement.view') => ({
  path,
  label: { 'zh-CN': zh, 'en-US': en },
  icon,
  permission,
  roles: LEDGER_ROLES,
});

/** 行政执法 (administrative enforcement) with the three systems (issue #3, seed 一(五)). */
export const enforcementModule = defineModule({
  key: 'enforcement',
  label: { 'zh-CN': '行政执法', 'en-US': 'Enforcement' },
  nav: [
    nav('/enforcement/cases', '执法案件', 'Enforcement cases', 'AuditOutlined'),
    nav('/enforcement/reviews', '法制审核', 'Legal review', 'SafetyCertificateOutlined'),
    nav('/enforcement/filings', '重大处罚备案', 'Major-penalty filings', 'FileDoneOutlined'),
    nav('/enforcement/inspections', '行政检查计划', 'Inspection plans', 'ScheduleOutlined'),
    nav('/enforcement/bodies', '执法主体与人员', 'Bodies and officers', 'TeamOutlined'),
    nav('/enforcement/benchmarks', '裁量基准', 'Discretion benchmarks', 'ControlOutlined'),
    nav('/enforcement/fees', '涉企收费目录', 'Fee catalogue', 'AccountBookOutlined'),
    {
      path: '/portal/enforcement',
      label: { 'zh-CN': '执法公示', 'en-US': 'Enforcement decisions' },
      icon: 'AuditOutlined',
      portal: true,
    },
  ],
  permissions: ENFORCEMENT_PERMISSIONS,
  clocks: caseClocks,
  metrics: enforcementMetrics,
  statements: enforcementStatements,
  reportIndicators: enforcementIndicators,
  reminders: [certificateReminders],
  publicSearch: [decisionsPublicSearch],
  overview: enforcementOverview,
  headlines: enforcementHeadlines,
  queues: [legalReviewQueue],
  auditActions: [
    'enforcement.benchmark.created',
    'enforcement.benchmark.deactivated',
    'enforcement.benchmark.updated',
    'enforcement.body.confirmed',
    'enforcement.body.reconfirmed',
    'enforcement.body.revoked',
    'enforcement.body.updated',
    'enforcement.case.closed',
    'enforcement.case.collectively_discussed',
    'enforcement.case.decided',
    'enforcement.case.evidence_added',
    'enforcement.case.executed',
    'enforcement.case.handling_extended',
    'enforcement.case.handling_paused',
    'enforcement.case.handling_resumed',
    'enforcement.case.hearing_held',
    'enforcement.case.hearing_requested',
    'enforcement.case.hearing_scheduled',
    'enforcement.case.hearing_waived',
    'enforcement.case.imported',
    'enforcement.case.notice_served',
    'enforcement.case.notified',
    'enforcement.case.opened',
    'enforcement.case.renotified',
    'enforcement.case.review_approved',
    'enforcement.case.review_returned',
    'enforcement.case.review_submitted',
    'enforcement.case.served',
    'enforcement.case.statement_recorded',
    'enforcement.case.statement_waived',
    'enforcement.decision.changed',
    'enforcement.decision.publication_withdrawn',
    'enforcement.decision.published',
    'enforcement.fee.collection_recorded',
    'enforcement.fee.created',
    'enforcement.fee.repealed',
    'enforcement.fee.updated',
    'enforcement.filing.opened',
    'enforcement.filing.reviewed',
    'enforcement.filing.submitted',
    'enforcement.inspection.imported',
    'enforcement.inspection.recorded',
    'enforcement.inspection_plan.created',
    'enforcement.inspection_plan.filed',
    'enforcement.inspection_plan.items_replaced',
    'enforcement.major_catalogue.entry_added',
    'enforcement.major_catalogue.entry_deactivated',
    'enforcement.officer.created',
    'enforcement.officer.deactivated',
    'enforcement.officer.updated',
    'enforcement.settings.updated',
  ],
  ledgers: enforcementLedgers,
  procedures: [caseEntry],
  routes,
  demo: loadEnforcementDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof enforcementModule.auditActions> {}
}

/**
 * What other modules may use: permissions, the case procedure (for describing it), and which departments
 * the demo data set confirms as bodies (the disclosure demo weighs its registers by them).
 */
export const enforcement = {
  permissions: ENFORCEMENT_PERMISSIONS,
  /** A unit's confirmed enforcement body in force (legal-education's 谁执法谁普法 lists read its basis). */
  findConfirmedBody,
  procedure: caseProcedure,
  demoBodyCodes,
} as const;
