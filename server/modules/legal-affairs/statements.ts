/** What the annual reports say of legal affairs (decision 0031): the seed's 一(二)二 in its own words. */
import { defineStatement } from '../../platform/reports/index.js';

/**
 * 一(二)二 "认真执行《于洪区法律顾问团管理办法(试行)》，组建法律顾问团，由区司法局负责时常管理，统筹协调法律事务工作。全区涉诉案件602件，
 * 非诉案件45件，出具法律意见书398件，通过诉讼减损经济损失达1.8亿。" A department's report says the same of its own matters.
 */
export const legalAffairsManaged = defineStatement({
  key: 'legal_affairs.legal_matters',
  place: { report: 'rule_of_law_annual', section: 1, area: 'decisions' },
  order: 20,
  lead: '完善法律事务统筹管理',
  text:
    '组建法律顾问团，统筹协调法律事务工作。涉诉案件{legal_affairs.litigation_matters}件，' +
    '非诉案件{legal_affairs.non_litigation_matters}件，出具法律意见书{legal_affairs.legal_opinions}件，' +
    '通过诉讼减损经济损失达{legal_affairs.loss_avoided_yuan|亿}。',
});

export const legalAffairsStatements = [legalAffairsManaged];
