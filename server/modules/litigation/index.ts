import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadLitigationDemo } from './demo/index.js';
import { lawsuitsLedger } from './ledger.js';
import { litigationMetrics } from './metrics.js';
import { LITIGATION_PERMISSIONS } from './policy.js';
import { answerClocks, appealJudgmentClock, appealRulingClock, lawsuitProcedure } from './procedure.js';
import { lawsuitEntry, litigationRoutes } from './routes.js';
import { litigationStatements } from './statements.js';

/** 行政应诉 (issue #14 part 3, seed 一(七)一): lawsuits against the district or its departments, first to last. */
export const litigationModule = defineModule({
  key: 'litigation',
  label: { 'zh-CN': '行政应诉', 'en-US': 'Litigation' },
  nav: [
    {
      path: '/litigation/lawsuits',
      label: { 'zh-CN': '行政应诉', 'en-US': 'Lawsuits' },
      icon: 'BankOutlined',
      permission: 'litigation.view',
      roles: LEDGER_ROLES,
    },
  ],
  permissions: LITIGATION_PERMISSIONS,
  clocks: [...answerClocks, appealJudgmentClock, appealRulingClock],
  metrics: litigationMetrics,
  statements: litigationStatements,
  headlines: [
    defineHeadline({
      metricKey: 'litigation.head_appearance_rate',
      label: { 'zh-CN': '负责人出庭应诉率', 'en-US': 'Heads in court' },
      order: 60,
    }),
  ],
  auditActions: [
    'litigation.lawsuit.registered',
    'litigation.lawsuit.answered',
    'litigation.lawsuit.hearing_recorded',
    'litigation.lawsuit.judged',
    'litigation.lawsuit.appealed',
    'litigation.lawsuit.took_effect',
    'litigation.lawsuit.second_judged',
    'litigation.lawsuit.closed',
    'litigation.suggestion.received',
    'litigation.suggestion.replied',
  ],
  ledgers: [defineLedgerEntry(lawsuitsLedger)],
  procedures: [lawsuitEntry],
  routes: litigationRoutes,
  demo: loadLitigationDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof litigationModule.auditActions> {}
}

/** What other modules may use: the procedure (for describing it) and the permissions. */
export const litigation = { procedure: lawsuitProcedure, permissions: LITIGATION_PERMISSIONS } as const;
