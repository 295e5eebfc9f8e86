/** What the annual reports say of reconsideration (decision 0031): the seed's 一(七)二 in its own words. */
import { defineStatement } from '../../platform/reports/index.js';

const RECEIVED = 'reconsideration.cases_received';

/** 一(七)二 "进一步规范行政复议工作规则……截至目前，共受理行政复议案件31件，已全部审结。" */
export const casesHandled = defineStatement({
  key: 'reconsideration.cases_handled',
  place: { report: 'rule_of_law_annual', section: 1, area: 'disputes' },
  order: 20,
  lead: '加强行政复议案件办理工作',
  text: '截至目前，共受理行政复议案件{reconsideration.cases_received}件，已全部审结。',
  claims: [{ words: '已全部审结', figure: 'reconsideration.cases_concluded', equals: { figure: RECEIVED } }],
});

export const reconsiderationStatements = [casesHandled];
