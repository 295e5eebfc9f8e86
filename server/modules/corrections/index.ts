import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { loadCorrectionsDemo } from './demo.js';
import { tasksLedger } from './ledger.js';
import { correctionMetrics } from './metrics.js';
import { CORRECTION_PERMISSIONS } from './policy.js';
import { correctiveTaskProcedure } from './procedure.js';
import { correctionReminders } from './reminders.js';
import { correctionsRoutes, taskEntry } from './routes.js';
import { DEFAULT_RECTIFICATION_PERIOD, REPEAT_LOOKBACK_YEARS } from './rules.js';
import { recordReviewOutcome } from './service/record-review.js';
import { findTaskBySource } from './service/records.js';

export type { ReviewOutcomeInput, ReviewOutcomeResult } from './service/record-review.js';

/**
 * 纠错整改 (the defeat → fix loop, issue #14 B7): a reconsideration decision or a court judgment that corrects
 * an act opens a task for the unit that acted; it writes its rectification, the coordinator accepts it.
 */
export const correctionsModule = defineModule({
  key: 'corrections',
  label: { 'zh-CN': '纠错整改', 'en-US': 'Corrective tasks' },
  nav: [
    {
      path: '/corrections/tasks',
      label: { 'zh-CN': '纠错整改', 'en-US': 'Corrective tasks' },
      icon: 'ToolOutlined',
      permission: 'corrections.view',
      roles: LEDGER_ROLES,
    },
  ],
  permissions: CORRECTION_PERMISSIONS,
  metrics: correctionMetrics,
  reminders: [correctionReminders],
  auditActions: [
    'corrections.review.recorded',
    'corrections.task.opened',
    'corrections.task.imported',
    'corrections.task.rectification_submitted',
    'corrections.task.accepted',
    'corrections.task.returned',
  ],
  ledgers: [defineLedgerEntry(tasksLedger)],
  procedures: [taskEntry],
  routes: correctionsRoutes,
  demo: loadCorrectionsDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof correctionsModule.auditActions> {}
}

/**
 * What other modules may use. `recordReviewOutcome(tx, ctx, input)`: call it in the transaction that records
 * a reconsideration decision or an effective judgment — every one, corrective or not (the 纠错率 needs the
 * denominator); a corrective outcome opens the task.
 */
export const corrections = {
  recordReviewOutcome,
  findTaskBySource,
  procedure: correctiveTaskProcedure,
  permissions: CORRECTION_PERMISSIONS,
  rules: { DEFAULT_RECTIFICATION_PERIOD, REPEAT_LOOKBACK_YEARS },
} as const;
