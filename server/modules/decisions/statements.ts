/** What the annual report can say of 重大行政决策 (decision 0031): seed 一(二)一's procedure, with the figures. */
import { defineStatement } from '../../platform/reports/index.js';

/**
 * 一(二)一 "按照公众参与、专家论证、合法性审查、风险评估、常务会议讨论决定等履行决策程序" — the seed states the
 * procedure without a number; this statement adds the year's figures for the districts that state them.
 */
export const decisionProcedureStatement = defineStatement({
  key: 'decisions.procedure',
  place: { report: 'rule_of_law_annual', section: 1, area: 'decisions' },
  order: 10,
  lead: '落实重大行政决策合法性审查',
  text:
    '全年经常务会议集体讨论决定重大行政决策{decisions.decided}件,决策草案公开征求意见共收到公众意见' +
    '{decisions.comments_received}条,采纳率{decisions.comment_adoption_rate|%},' +
    '合法性审查一次通过率{decisions.review_first_pass_rate|%}。',
});

export const decisionStatements = [decisionProcedureStatement];
