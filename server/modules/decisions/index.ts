import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineModule } from '../../platform/modules.js';
import { loadDecisionsDemo } from './demo.js';
import { DECISION_LEDGERS } from './ledger.js';
import { DECISION_METRICS } from './metrics.js';
import { DECISION_PERMISSIONS } from './policy.js';
import { decisionProcedure } from './procedure.js';
import { decisionEntry, decisionsRoutes } from './routes.js';
import { decisionsCitingLaw } from './service/queries.js';
import { decisionStatements } from './statements.js';

/** 重大行政决策 (seed 一(二)一; legal-rules §3; docs/decisions/0047-major-decisions.md). */
export const decisionsModule = defineModule({
  key: 'decisions',
  label: { 'zh-CN': '重大行政决策', 'en-US': 'Major decisions' },
  nav: [
    {
      path: '/decisions',
      label: { 'zh-CN': '重大行政决策', 'en-US': 'Major decisions' },
      icon: 'BankOutlined',
      permission: 'decisions.view',
    },
    {
      path: '/decisions/catalogue',
      label: { 'zh-CN': '决策事项目录', 'en-US': 'Decision catalogue' },
      icon: 'OrderedListOutlined',
      permission: 'decisions.view',
    },
    {
      path: '/portal/decisions',
      label: { 'zh-CN': '重大行政决策公开', 'en-US': 'Major decisions (public)' },
      icon: 'BankOutlined',
      portal: true,
    },
  ],
  permissions: DECISION_PERMISSIONS,
  metrics: DECISION_METRICS,
  statements: decisionStatements,
  auditActions: [
    'decisions.decision.launched',
    'decisions.decision.imported',
    'decisions.decision.drafted',
    'decisions.decision.revised',
    'decisions.decision.comment_opened',
    'decisions.decision.comment_closed',
    'decisions.comment.submitted',
    'decisions.comment.disposed',
    'decisions.decision.hearing_held',
    'decisions.decision.expert_argued',
    'decisions.decision.risk_assessed',
    'decisions.decision.review_submitted',
    'decisions.decision.review_assigned',
    'decisions.decision.reviewed',
    'decisions.decision.review_returned',
    'decisions.decision.decided',
    'decisions.decision.reported',
    'decisions.decision.published',
    'decisions.decision.execution_reported',
    'decisions.decision.evaluated',
    'decisions.decision.suspended',
    'decisions.decision.changed',
    'decisions.decision.abandoned',
    'decisions.catalogue.item_added',
    'decisions.catalogue.item_adjusted',
    'decisions.catalogue.item_imported',
    'decisions.catalogue.approved',
    'decisions.catalogue.published',
  ],
  ledgers: DECISION_LEDGERS,
  procedures: [decisionEntry],
  routes: decisionsRoutes,
  demo: loadDecisionsDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof decisionsModule.auditActions> {}
}

/**
 * What other modules may use: the procedure (to describe it), the permissions, and `decisionsCitingLaw(ctx,
 * lawTitle)` → `{ id, title, path }[]`, the decisions resting on a law (for the law register; decision 0047 §6).
 */
export const decisions = {
  procedure: decisionProcedure,
  permissions: DECISION_PERMISSIONS,
  decisionsCitingLaw,
} as const;

export { decisionsCitingLaw };
