import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadProposalsDemo } from './demo.js';
import { proposalItemsLedger } from './ledger.js';
import { proposalMetrics } from './metrics.js';
import { PROPOSAL_PERMISSIONS } from './policy.js';
import { proposalProcedure } from './procedure.js';
import { proposalEntry, proposalsRoutes } from './routes.js';
import { itemsLinkedTo } from './service/links.js';
import { proposalStatements } from './statements.js';

/** 人大代表建议、政协委员提案办理 (seed 一(六)一; docs/decisions/0040-proposals.md). */
export const proposalsModule = defineModule({
  key: 'proposals',
  label: { 'zh-CN': '建议提案办理', 'en-US': 'Suggestions and proposals' },
  nav: [
    {
      path: '/proposals',
      label: { 'zh-CN': '建议提案办理', 'en-US': 'Suggestions and proposals' },
      icon: 'SolutionOutlined',
      permission: 'proposals.view',
      roles: LEDGER_ROLES,
    },
    {
      path: '/proposals/overview',
      label: { 'zh-CN': '建议提案办理情况', 'en-US': 'Handling overview' },
      icon: 'BarChartOutlined',
      permission: 'proposals.view',
    },
    {
      path: '/portal/proposals',
      label: { 'zh-CN': '建议提案复文公开', 'en-US': 'Published answers' },
      icon: 'SolutionOutlined',
      portal: true,
    },
  ],
  permissions: PROPOSAL_PERMISSIONS,
  metrics: proposalMetrics,
  headlines: [
    defineHeadline({
      metricKey: 'proposals.npc_suggestions_handled',
      label: { 'zh-CN': '办理人大代表建议', 'en-US': "NPC deputies' suggestions" },
      order: 60,
    }),
    defineHeadline({
      metricKey: 'proposals.cppcc_proposals_handled',
      label: { 'zh-CN': '办理政协委员提案', 'en-US': "CPPCC members' proposals" },
      order: 61,
    }),
    defineHeadline({
      metricKey: 'proposals.basic_satisfaction_rate',
      label: { 'zh-CN': '建议提案满意率（含基本满意）', 'en-US': 'Satisfied (incl. basically)' },
      order: 62,
    }),
  ],
  statements: proposalStatements,
  auditActions: [
    'proposals.item.registered',
    'proposals.item.imported',
    'proposals.item.assigned',
    'proposals.item.returned',
    'proposals.item.reassigned',
    'proposals.item.marked_difficult',
    'proposals.item.co_views_received',
    'proposals.item.contacted',
    'proposals.item.answered',
    'proposals.item.evaluated',
    'proposals.item.rehandling_started',
    'proposals.item.followed_up',
    'proposals.item.linked',
    'proposals.settings.updated',
  ],
  ledgers: [defineLedgerEntry(proposalItemsLedger)],
  procedures: [proposalEntry],
  routes: proposalsRoutes,
  demo: loadProposalsDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof proposalsModule.auditActions> {}
}

/** What other modules may use: the procedure (to describe it), the linked items, the permissions, the metrics. */
export const proposals = {
  procedure: proposalProcedure,
  /** The suggestions and proposals linked to a record of another module (e.g. a coordination task). */
  itemsLinkedTo,
  permissions: PROPOSAL_PERMISSIONS,
  metrics: proposalMetrics,
} as const;
