/**
 * What the annual reports say of administrative enforcement (decision 0031): the seed's 一(五)三 in its own words,
 * then the 三项制度 figures a year's report states beside them.
 */
import { defineStatement } from '../../platform/reports/index.js';

const enforcementArea = { report: 'rule_of_law_annual', section: 1, area: 'enforcement' } as const;

/** 一(五)三 "确认行政执法主体23家……全面落实行政执法三项制度。" */
export const bodiesConfirmedStatement = defineStatement({
  key: 'enforcement.bodies_confirmed',
  place: enforcementArea,
  order: 30,
  lead: '规范执法行为',
  text: '强化制度建设，确认行政执法主体{enforcement.bodies_confirmed}家，全面落实行政执法三项制度。',
});

/** The year's cases and the three systems: publication on time, legal review of major decisions. */
export const threeSystemsStatement = defineStatement({
  key: 'enforcement.three_systems',
  place: enforcementArea,
  order: 40,
  lead: '落实行政执法三项制度',
  text:
    '全年作出行政执法决定{enforcement.cases_decided}件，执法决定按期公示率{enforcement.publication_on_time_rate}，' +
    '重大执法决定法制审核率{enforcement.legal_review_coverage}。',
  years: { from: 2021 },
});

export const enforcementStatements = [bodiesConfirmedStatement, threeSystemsStatement];
