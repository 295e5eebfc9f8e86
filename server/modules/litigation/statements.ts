/**
 * What the annual report says of 行政应诉 (decision 0031). The seed names it in 一(七)一 without a figure
 * ("行政应诉工作初见成效"), so the 2020 report keeps its own sentence word for word and this one applies from
 * 2021, the first year the records hold every case (decision 0043 §5).
 */
import { defineStatement } from '../../platform/reports/index.js';

export const litigationInRuleOfLaw = defineStatement({
  key: 'litigation.defence',
  place: { report: 'rule_of_law_annual', section: 1, area: 'disputes' },
  order: 10,
  lead: '扎实做好行政应诉工作',
  text:
    '全年新收行政诉讼案件{litigation.lawsuits_filed}件，审结{litigation.lawsuits_concluded}件，' +
    '行政机关负责人出庭应诉率{litigation.head_appearance_rate}，败诉率{litigation.loss_rate}。',
  years: { from: 2021 },
});

export const litigationStatements = [litigationInRuleOfLaw];
