import type { IsoDate } from '../../../../common/calendar/index.js';
import type { CaseKind } from '../../../../common/contracts/enforcement/dictionaries.js';

/**
 * Which penalty decisions need 法制审核 before the organ's head decides, by the text of 行政处罚法 in force on
 * the decision day (decision 0015 §1). `every_decision`: each ordinary-procedure penalty decision; `major`:
 * only 重大执法决定 (第五十八条's cases, the body's catalogue, the district's amount threshold).
 */
export interface LegalReviewRule {
  law: string;
  inForceFrom: IsoDate;
  scope: 'every_decision' | 'major';
  article: string;
}

export const LEGAL_REVIEW_RULES: readonly LegalReviewRule[] = [
  // Basis: 行政处罚法 (2021) 第五十八条第一款 — 有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当进行法制审核.
  { law: '《行政处罚法》（2021年修订）', inForceFrom: '2021-07-15', scope: 'major', article: '第五十八条' },
  // Basis: 行政处罚法 (2017) 第三十八条第三款 — 在行政机关负责人作出决定之前，应当由从事行政处罚决定审核的人员进行审核.
  {
    law: '《行政处罚法》（2017年修正）',
    inForceFrom: '2018-01-01',
    scope: 'every_decision',
    article: '第三十八条第三款',
  },
  // Basis: 行政处罚法 (2009) has no review duty; 重大执法决定 are reviewed by 国办发〔2018〕118号 and local rules.
  { law: '《行政处罚法》（2009年修正）', inForceFrom: '1996-10-01', scope: 'major', article: '第三十八条' },
];

/** The review rule of the 行政处罚法 text in force on `on`. */
export function legalReviewRuleOn(on: IsoDate): LegalReviewRule {
  const found = LEGAL_REVIEW_RULES.find((r) => on >= r.inForceFrom);
  if (!found) throw new Error(`No 行政处罚法 text in force on ${on}`);
  return found;
}

/** Must every penalty decision taken on `decidedOn` be reviewed (2018-01-01 … 2021-07-14)? */
export function isEveryPenaltyDecisionReviewed(kind: CaseKind, decidedOn: IsoDate): boolean {
  return kind === 'penalty' && legalReviewRuleOn(decidedOn).scope === 'every_decision';
}
