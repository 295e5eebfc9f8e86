import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { RECONSIDERATION_CLOCKS } from './clocks.js';
import { loadReconsiderationDemo } from './demo.js';
import { casesLedger } from './ledger.js';
import { reconsiderationMetrics } from './metrics.js';
import { CASE_PERMISSIONS } from './policy.js';
import { caseProcedure } from './procedure.js';
import { caseEntry, reconsiderationRoutes } from './routes.js';
import { caseRef } from './service/case-ref.js';
import { CORRECTING_OUTCOMES } from './rules/outcomes.js';
import { reconsiderationStatements } from './statements.js';

/** 行政复议 as the district government's 复议机构 runs it (issue #14, seed 一(七)二, legal-rules §6). */
export const reconsiderationModule = defineModule({
  key: 'reconsideration',
  label: { 'zh-CN': '行政复议', 'en-US': 'Administrative reconsideration' },
  nav: [
    {
      path: '/reconsideration/cases',
      label: { 'zh-CN': '行政复议', 'en-US': 'Reconsideration' },
      icon: 'AuditOutlined',
      permission: 'reconsideration.view_cases',
      roles: LEDGER_ROLES,
    },
    {
      path: '/portal/reconsideration',
      label: { 'zh-CN': '行政复议', 'en-US': 'Administrative reconsideration' },
      icon: 'AuditOutlined',
      portal: true,
    },
  ],
  permissions: CASE_PERMISSIONS,
  clocks: RECONSIDERATION_CLOCKS,
  metrics: reconsiderationMetrics,
  statements: reconsiderationStatements,
  headlines: [
    defineHeadline({
      metricKey: 'reconsideration.cases_received',
      label: { 'zh-CN': '受理行政复议案件', 'en-US': 'Reconsideration cases received' },
      order: 60,
    }),
    defineHeadline({
      metricKey: 'reconsideration.correction_rate',
      label: { 'zh-CN': '行政复议纠错率', 'en-US': 'Reconsideration correction rate' },
      order: 61,
    }),
  ],
  ledgers: [defineLedgerEntry(casesLedger)],
  procedures: [caseEntry],
  auditActions: [
    'reconsideration.case.registered',
    'reconsideration.case.submitted',
    'reconsideration.case.imported',
    'reconsideration.case.correction_requested',
    'reconsideration.case.correction_received',
    'reconsideration.case.correction_lapsed',
    'reconsideration.case.accepted',
    'reconsideration.case.deemed_accepted',
    'reconsideration.case.rejected',
    'reconsideration.case.withdrawn',
    'reconsideration.case.copy_sent',
    'reconsideration.case.answered',
    'reconsideration.case.no_answer',
    'reconsideration.case.hearing_held',
    'reconsideration.case.committee_consulted',
    'reconsideration.case.normative_document_referred',
    'reconsideration.case.suspended',
    'reconsideration.case.resumed',
    'reconsideration.case.decision_extended',
    'reconsideration.case.decided',
    'reconsideration.case.terminated',
    'reconsideration.case.advice_issued',
    'reconsideration.case.advice_reported',
  ],
  routes: reconsiderationRoutes,
  demo: loadReconsiderationDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof reconsiderationModule.auditActions> {}
}

/** What other modules may use: the permissions, the procedure (to describe it), the outcomes that correct an act. */
export const reconsideration = {
  permissions: CASE_PERMISSIONS,
  procedure: caseProcedure,
  correctingOutcomes: CORRECTING_OUTCOMES,
  /** A case by id or case number in the actor's district (petitions' 诉访分离 link, decision 0046 addendum). */
  caseRef,
} as const;

export type { CaseRef } from './service/case-ref.js';
