/** What the annual reports say of 建议提案办理 (decision 0031): the seed's 一(六)一 in its own words. */
import { defineStatement } from '../../platform/reports/index.js';

const MET = 'proposals.meeting_rate';

/**
 * 一(六)一 "定期主动向人大汇报工作进展,…办理人大代表建议83件,政协委员提案105件,见面率、满意率和基本满意率均达100%。"
 * The three rates are stated as one figure ("均达"): the words are true only while the other two equal it.
 */
export const npcSupervision = defineStatement({
  key: 'proposals.npc_supervision',
  place: { report: 'rule_of_law_annual', section: 1, area: 'supervision' },
  order: 10,
  lead: '自觉接受人大监督',
  text:
    '定期主动向人大汇报工作进展,不断履行自觉接受人大监督机制,办理人大代表建议{proposals.npc_suggestions_handled}件,' +
    '政协委员提案{proposals.cppcc_proposals_handled}件,见面率、满意率和基本满意率均达{proposals.meeting_rate|%}。',
  claims: [
    { words: '均达', figure: 'proposals.satisfaction_rate', equals: { figure: MET } },
    { words: '均达', figure: 'proposals.basic_satisfaction_rate', equals: { figure: MET } },
  ],
});

export const proposalStatements = [npcSupervision];
