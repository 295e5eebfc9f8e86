/**
 * What falls short in administrative enforcement, for section 二 (存在的问题和原因) of the 法治政府建设 report
 * (decision 0037): the 三项制度 figures against their targets and last year, each sentence citing its figure.
 */
import { defineIndicator } from '../../platform/reports/index.js';

const RULE_OF_LAW = ['rule_of_law_annual'] as const;

/** 公示: every decision published within its 7 working days (国办发〔2018〕118号; 处罚法 第四十八条). */
export const publicationsOverdue = defineIndicator({
  key: 'enforcement.publications_overdue',
  figure: 'enforcement.publications_overdue',
  better: 'lower',
  target: 0,
  base: 'enforcement.cases_decided',
  reports: RULE_OF_LAW,
  order: 10,
  sentences: {
    worse:
      '行政执法决定公示不够及时，全年逾期公示执法决定{enforcement.publications_overdue}件，' +
      '多于上年（{enforcement.publications_overdue|previous}件）。',
    belowTarget: '行政执法决定公示不够及时，全年仍有{enforcement.publications_overdue}件执法决定逾期公示。',
  },
});

export const publicationOnTimeRate = defineIndicator({
  key: 'enforcement.publication_on_time_rate',
  figure: 'enforcement.publication_on_time_rate',
  better: 'higher',
  base: 'enforcement.cases_decided',
  reports: RULE_OF_LAW,
  order: 11,
  sentences: {
    worse:
      '执法决定按期公示率为{enforcement.publication_on_time_rate}，' +
      '低于上年（{enforcement.publication_on_time_rate|previous}）。',
  },
});

/** 法制审核: every major decision reviewed before it is made (处罚法 第五十八条). */
export const legalReviewCoverage = defineIndicator({
  key: 'enforcement.legal_review_coverage',
  figure: 'enforcement.legal_review_coverage',
  better: 'higher',
  target: 1,
  base: 'enforcement.major_decisions',
  reports: RULE_OF_LAW,
  order: 20,
  sentences: {
    worse:
      '重大执法决定法制审核率为{enforcement.legal_review_coverage}，' +
      '低于上年（{enforcement.legal_review_coverage|previous}），' +
      '仍有{enforcement.legal_review_coverage:not_reviewed}件未经法制审核即作出决定。',
    belowTarget:
      '重大执法决定法制审核未全覆盖，审核率为{enforcement.legal_review_coverage}，' +
      '{enforcement.legal_review_coverage:not_reviewed}件未经法制审核即作出决定。',
  },
});

/** 重大处罚备案: filed within the period set by the province. */
export const filingsOnTimeRate = defineIndicator({
  key: 'enforcement.filings_on_time_rate',
  figure: 'enforcement.filings_on_time_rate',
  better: 'higher',
  target: 1,
  reports: RULE_OF_LAW,
  order: 30,
  sentences: {
    belowTarget:
      '重大行政处罚备案不够及时，按期备案率为{enforcement.filings_on_time_rate}，' +
      '逾期备案{enforcement.filings_on_time_rate:late}件。',
  },
});

/** 行政检查: inspections outside the year's plan (随机抽查, 涉企检查 计划管理). */
export const inspectionsUnplanned = defineIndicator({
  key: 'enforcement.inspections_unplanned',
  figure: 'enforcement.inspections_unplanned',
  better: 'lower',
  // Judged in a year that had an inspection plan under way (计划外 means nothing without a plan).
  base: 'enforcement.inspection_plan_completion:completed',
  reports: RULE_OF_LAW,
  order: 40,
  sentences: {
    worse:
      '行政检查计划管理有待加强，计划外行政检查{enforcement.inspections_unplanned}次，' +
      '多于上年（{enforcement.inspections_unplanned|previous}次）。',
  },
});

export const enforcementIndicators = [
  publicationsOverdue,
  publicationOnTimeRate,
  legalReviewCoverage,
  filingsOnTimeRate,
  inspectionsUnplanned,
];
