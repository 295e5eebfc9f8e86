import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule, LEDGER_ROLES } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import type { Ctx } from '../../platform/context.js';
import { loadCoordinationDemo } from './demo.js';
import { tasksLedger } from './ledger.js';
import { coordinationMetrics } from './metrics.js';
import { nextYearPlan } from './plan-source.js';
import { COORDINATION_PERMISSIONS } from './policy.js';
import { taskProcedure } from './procedure.js';
import { taskReminders } from './reminders.js';
import { coordinationRoutes, taskEntry } from './routes.js';
import { tasksAddressingIndicator } from './service/queries.js';
import { fireTaskTransition } from './service/transitions.js';
import { coordinationStatements } from './statements.js';

/**
 * 法治建设委员会 and its office, the annual 工作要点 and its 督办 (issue #17, coordination part;
 * docs/decisions/0049-coordination.md).
 */
export const coordinationModule = defineModule({
  key: 'coordination',
  label: { 'zh-CN': '统筹推进', 'en-US': 'Coordination' },
  nav: [
    {
      path: '/coordination/tasks',
      label: { 'zh-CN': '工作要点督办', 'en-US': 'Work plan supervision' },
      icon: 'CarryOutOutlined',
      permission: 'coordination.view',
      roles: LEDGER_ROLES,
    },
    {
      path: '/coordination/committee',
      label: { 'zh-CN': '法治建设委员会', 'en-US': 'Rule-of-law committee' },
      icon: 'TeamOutlined',
      permission: 'coordination.committee',
    },
  ],
  permissions: COORDINATION_PERMISSIONS,
  metrics: coordinationMetrics,
  headlines: [
    defineHeadline({
      metricKey: 'coordination.on_time_rate',
      label: { 'zh-CN': '工作要点按期完成率', 'en-US': 'Work plan tasks done on time' },
      order: 5,
    }),
  ],
  statements: coordinationStatements,
  reportPlans: [nextYearPlan],
  reminders: [taskReminders],
  auditActions: [
    'coordination.plan.created',
    'coordination.task.created',
    'coordination.task.imported',
    'coordination.task.progress_reported',
    'coordination.task.completion_reported',
    'coordination.task.accepted',
    'coordination.task.returned',
    'coordination.task.reminded',
    'coordination.task.noticed',
    'coordination.task.interviewed',
    'coordination.task.referred',
    'coordination.task.heard',
    'coordination.meeting.recorded',
    'coordination.member.added',
  ],
  ledgers: [defineLedgerEntry(tasksLedger)],
  procedures: [taskEntry],
  routes: coordinationRoutes,
  demo: loadCoordinationDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof coordinationModule.auditActions> {}
}

/**
 * What other modules may use. `tasksAddressingIndicator(ctx, code)`: the tasks (in the reader's scope) whose
 * indicator codes include `code`, as `{ id, title, unit, status, path }[]` — the assessment module's gap list.
 */
export const coordination = {
  tasksAddressingIndicator: (ctx: Ctx, code: string, year?: number) =>
    tasksAddressingIndicator(ctx, code, year),
  fireTaskTransition,
  procedure: taskProcedure,
  permissions: COORDINATION_PERMISSIONS,
  metrics: coordinationMetrics,
} as const;
