/** What the annual report says of petitions (decision 0031; 0046 §5). */
import { defineStatement } from '../../platform/reports/index.js';

/**
 * The seed's 一(四)三 "积极解决重点信访案件维稳工作" states no figure, so the 2020 report keeps its words alone;
 * from the 2021 report on, the petitions ledger states the year's figures under 一(三) (矛盾纠纷多元化解).
 */
export const petitionsHandled = defineStatement({
  key: 'petitions.handled',
  place: { report: 'rule_of_law_annual', section: 1, area: 'grassroots' },
  order: 30,
  lead: '依法分类处理信访诉求',
  text: '全年受理信访事项{petitions.received}件，其中建议意见类{petitions.received:suggestion}件、检举控告类{petitions.received:accusation}件、申诉求决类{petitions.received:appeal}件；按期办结率{petitions.answered_on_time_rate|%}，办理信访复查{petitions.reviews}件、复核{petitions.reexaminations}件。',
  sums: [
    {
      total: 'petitions.received',
      parts: ['petitions.received:suggestion', 'petitions.received:accusation', 'petitions.received:appeal'],
    },
  ],
  years: { from: 2021 },
});

export const petitionStatements = [petitionsHandled];
