import type { AuditActionsOf } from '../../platform/audit/index.js';
import { defineLedgerEntry } from '../../platform/ledgers/index.js';
import { defineModule } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadMediationDemo } from './demo.js';
import { pointsLedger } from './ledger.js';
import { casesLedger, committeesLedger, logEntriesLedger } from './ledgers.js';
import { mediationMetrics, pointCoverageRate, pointsEstablished } from './metrics.js';
import { MEDIATION_PERMISSIONS } from './policy.js';
import { caseProcedure } from './procedure.js';
import { committeeTermReminders } from './reminders.js';
import { villageRoster } from './roster.js';
import { caseEntry, mediationRoutes } from './routes.js';
import { MEDIATION_CLOCKS } from './rules.js';
import { mediationStatements } from './statements.js';

/**
 * Grassroots mediation (seed 一(三)一, 一(三)二; legal-rules §9): the 评理说事点 of every village and community,
 * the 说事 log, people's mediation committees and cases with their agreements and judicial confirmation.
 */
export const mediationModule = defineModule({
  key: 'mediation',
  label: { 'zh-CN': '人民调解', 'en-US': 'People’s mediation' },
  nav: [
    {
      path: '/mediation',
      label: { 'zh-CN': '评理说事与人民调解', 'en-US': 'Mediation' },
      icon: 'CommentOutlined',
      permission: 'mediation.view',
    },
  ],
  permissions: MEDIATION_PERMISSIONS,
  metrics: mediationMetrics,
  clocks: [...MEDIATION_CLOCKS],
  procedures: [caseEntry],
  reminders: [committeeTermReminders],
  headlines: [
    defineHeadline({
      metricKey: 'mediation.points_established',
      label: { 'zh-CN': '评理说事点', 'en-US': 'Mediation points' },
      order: 40,
    }),
  ],
  statements: mediationStatements,
  auditActions: [
    'mediation.point.registered',
    'mediation.point.updated',
    'mediation.committee.registered',
    'mediation.committee.updated',
    'mediation.log.updated',
    'mediation.case.registered',
    'mediation.case.started',
    'mediation.case.agreed',
    'mediation.case.failed',
    'mediation.case.ended',
    'mediation.case.confirmation_applied',
    'mediation.case.confirmed',
    'mediation.case.revisited',
    'mediation.case.closed',
    'mediation.case.warning_raised',
    'mediation.roster.registered',
    'mediation.log.recorded',
  ],
  ledgers: [
    defineLedgerEntry(pointsLedger),
    defineLedgerEntry(committeesLedger),
    defineLedgerEntry(logEntriesLedger),
    defineLedgerEntry(casesLedger),
  ],
  routes: mediationRoutes,
  demo: loadMediationDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof mediationModule.auditActions> {}
}

/**
 * What other modules may use (petitions referring a dispute to mediation, reports). `villageRoster(ctx,
 * orgUnitId?)` gives the 法律明白人, 法治带头人, adviser, grid workers and 示范村 title per village in the
 * actor's scope, for 普法 / 法律明白人 training (legal-education; decision 0052).
 */
export const mediation = {
  permissions: MEDIATION_PERMISSIONS,
  procedure: caseProcedure,
  villageRoster,
  metrics: { pointsEstablished, pointCoverageRate },
} as const;

export type { VillageRoster } from './roster.js';
