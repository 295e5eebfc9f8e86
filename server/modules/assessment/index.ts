import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadAssessmentDemo } from './demo.js';
import { indicatorsLedger } from './ledger.js';
import { assessmentMetrics } from './metrics.js';
import { ASSESSMENT_PERMISSIONS } from './policy.js';
import { assessmentRoutes } from './routes.js';
import { type AddressingTaskProvider, addressingTaskProviders } from './service/addressing.js';

/** 考评: scoring against the 市县法治政府建设示范指标体系 (issue #17 B9; docs/decisions/0051-assessment.md). */
export const assessmentModule = defineModule({
  key: 'assessment',
  label: { 'zh-CN': '法治政府建设考评', 'en-US': 'Assessment' },
  nav: [
    {
      path: '/assessment',
      label: { 'zh-CN': '示范指标考评', 'en-US': 'Indicator assessment' },
      icon: 'DashboardOutlined',
      permission: 'assessment.view',
    },
  ],
  permissions: ASSESSMENT_PERMISSIONS,
  metrics: assessmentMetrics,
  headlines: [
    defineHeadline({
      metricKey: 'assessment.score_rate',
      label: { 'zh-CN': '示范指标得分率', 'en-US': 'Indicator score rate' },
      order: 90,
    }),
  ],
  auditActions: [
    'assessment.indicator.imported',
    'assessment.indicator.updated',
    'assessment.hand_score.recorded',
    'assessment.hand_score.revised',
  ],
  ledgers: [defineLedgerEntry(indicatorsLedger)],
  routes: assessmentRoutes,
  demo: loadAssessmentDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof assessmentModule.auditActions> {}
}

/**
 * What other modules may use: the permissions, the metrics, and the hook through which a work-plan module
 * names the tasks addressing an indicator below target (`addTaskProvider(coordination.tasksAddressingIndicator)`).
 */
export const assessment = {
  permissions: ASSESSMENT_PERMISSIONS,
  metrics: assessmentMetrics,
  addTaskProvider(provider: AddressingTaskProvider): void {
    if (!addressingTaskProviders.includes(provider)) addressingTaskProviders.push(provider);
  },
} as const;
