import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadPetitionsDemo } from './demo.js';
import { petitionsLedger } from './ledger.js';
import { petitionMetrics } from './metrics.js';
import { PETITION_PERMISSIONS } from './policy.js';
import { ALL_PETITION_CLOCKS, petitionClock, petitionProcedure } from './procedure.js';
import { petitionEntry, petitionRoutes } from './routes.js';
import { petitionPeriodsOn } from './rules.js';
import { petitionStatements } from './statements.js';

/** 信访 (petitions): registration, routing, acceptance, opinion, 复查 and 复核, law by date (issue #16). */
export const petitionsModule = defineModule({
  key: 'petitions',
  label: { 'zh-CN': '信访', 'en-US': 'Petitions' },
  nav: [
    {
      path: '/petitions',
      label: { 'zh-CN': '信访事项', 'en-US': 'Petitions' },
      icon: 'MailOutlined',
      permission: 'petitions.view',
      roles: LEDGER_ROLES,
    },
    {
      path: '/portal/petitions',
      label: { 'zh-CN': '网上信访', 'en-US': 'Online petitions' },
      icon: 'MailOutlined',
      portal: true,
    },
  ],
  permissions: PETITION_PERMISSIONS,
  clocks: ALL_PETITION_CLOCKS,
  metrics: petitionMetrics,
  statements: petitionStatements,
  headlines: [
    defineHeadline({
      metricKey: 'petitions.answered_on_time_rate',
      label: { 'zh-CN': '信访按期办结率', 'en-US': 'Petitions answered on time' },
      order: 60,
    }),
  ],
  ledgers: [defineLedgerEntry(petitionsLedger)],
  procedures: [petitionEntry],
  auditActions: [
    'petitions.petition.registered',
    'petitions.petition.submitted',
    'petitions.petition.imported',
    'petitions.petition.routed',
    'petitions.petition.objected',
    'petitions.petition.accepted',
    'petitions.petition.not_accepted',
    'petitions.petition.diverted',
    'petitions.petition.extended',
    'petitions.petition.answered',
    'petitions.petition.review_requested',
    'petitions.petition.reviewed',
    'petitions.petition.reexam_requested',
    'petitions.petition.reexamined',
    'petitions.petition.closed',
    'petitions.petition.legal_support_linked',
    'petitions.petition.legal_support_requested',
  ],
  routes: petitionRoutes,
  demo: loadPetitionsDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof petitionsModule.auditActions> {}
}

/** What other modules may use: the permissions, the procedure, its clocks and the 信访 text in force on a day. */
export const petitions = {
  permissions: PETITION_PERMISSIONS,
  procedure: petitionProcedure,
  clockOf: petitionClock,
  periodsOn: petitionPeriodsOn,
} as const;
