import type { AuditActionsOf } from '../../platform/audit/index.js';
import type { Role } from '../../platform/context.js';
import { defineModule } from '../../platform/modules.js';
import { defineHeadline } from '../../platform/workbench/index.js';
import { loadLegalAffairsDemo } from './demo/index.js';
import { LEGAL_AFFAIRS_LEDGERS } from './ledgers.js';
import { LEGAL_AFFAIRS_METRICS } from './metrics.js';
import { LEGAL_AFFAIRS_PERMISSIONS } from './policy.js';
import { matterProcedure } from './procedure.js';
import { legalAffairsRoutes, matterEntry } from './routes.js';
import { MATTER_CLOCKS } from './rules.js';
import { roster } from './service/advisers.js';
import { legalityReviewOf, requestLegalityReview } from './service/legality-review.js';
import { matterRef, petitionCaseMatters, requestPetitionSupport } from './service/petition-support.js';
import { legalAffairsStatements } from './statements.js';

const STAFF: readonly Role[] = [
  'coordinator',
  'legal_reviewer',
  'legal_adviser',
  'department_officer',
  'leader',
];

/** 法律顾问与法律事务 (legal advisers and legal affairs): the roster, the matters, the opinions (seed 一(二)二). */
export const legalAffairsModule = defineModule({
  key: 'legal-affairs',
  label: { 'zh-CN': '法律事务', 'en-US': 'Legal affairs' },
  nav: [
    {
      path: '/legal-affairs/matters',
      label: { 'zh-CN': '法律事务', 'en-US': 'Legal matters' },
      icon: 'AuditOutlined',
      permission: 'legal_affairs.view',
      roles: STAFF,
    },
    {
      path: '/legal-affairs/advisers',
      label: { 'zh-CN': '法律顾问', 'en-US': 'Legal advisers' },
      icon: 'TeamOutlined',
      permission: 'legal_affairs.view',
      roles: STAFF,
    },
  ],
  permissions: LEGAL_AFFAIRS_PERMISSIONS,
  clocks: [...MATTER_CLOCKS],
  metrics: LEGAL_AFFAIRS_METRICS,
  statements: legalAffairsStatements,
  headlines: [
    defineHeadline({
      metricKey: 'legal_affairs.litigation_matters',
      label: { 'zh-CN': '涉诉案件', 'en-US': 'Lawsuits handled' },
      order: 40,
    }),
    defineHeadline({
      metricKey: 'legal_affairs.legal_opinions',
      label: { 'zh-CN': '出具法律意见书', 'en-US': 'Legal opinions issued' },
      order: 41,
    }),
  ],
  ledgers: LEGAL_AFFAIRS_LEDGERS,
  procedures: [matterEntry],
  auditActions: [
    'legal_affairs.adviser.registered',
    'legal_affairs.adviser.contracted',
    'legal_affairs.adviser.evaluated',
    'legal_affairs.adviser.ended',
    'legal_affairs.matter.requested',
    'legal_affairs.matter.imported',
    'legal_affairs.matter.assigned',
    'legal_affairs.matter.started',
    'legal_affairs.matter.concluded',
    'legal_affairs.matter.returned',
    'legal_affairs.matter.withdrawn',
    'legal_affairs.opinion.issued',
    'legal_affairs.opinion.imported',
  ],
  routes: legalAffairsRoutes,
  demo: loadLegalAffairsDemo,
});

declare module '../../platform/audit/actions.js' {
  interface DeclaredAuditActions extends AuditActionsOf<typeof legalAffairsModule.auditActions> {}
}

/**
 * What other modules may use. `requestLegalityReview` assigns a 合法性审查 of their record (a major decision, a
 * normative document, a major enforcement decision) to advisers as a legal matter, so the adviser's opinion on it
 * counts among the 法律意见书; `legalityReviewOf` tells their gate where it stands (decision 0041 §4).
 * `requestPetitionSupport` sends a key petition case to the advisers (a non-litigation `petition_case` matter,
 * in the caller's transaction), `matterRef` checks a link to a matter by id or number, `petitionCaseMatters` lists
 * a year's key-petition-case matters (decision 0046 addendum).
 */
export const legalAffairs = {
  requestLegalityReview,
  legalityReviewOf,
  /** The roster with each member's id and status (a caller picks the advisers of its review from it). */
  roster,
  requestPetitionSupport,
  matterRef,
  petitionCaseMatters,
  permissions: LEGAL_AFFAIRS_PERMISSIONS,
  procedure: matterProcedure,
} as const;

export type { LegalityReviewCategory, LegalityReviewRequest } from './service/legality-review.js';
export type { MatterRef, PetitionSupportRequest } from './service/petition-support.js';
