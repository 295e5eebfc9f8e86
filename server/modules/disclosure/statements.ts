/**
 * What the annual reports say of government information disclosure (decision 0031): the seed's 一(六)三 in the
 * 法治政府建设 report, and the 总体情况 of the disclosure report itself.
 */
import { defineStatement } from '../../platform/reports/index.js';

const RECEIVED = 'disclosure.requests_received';

/** 一(六)三 "全年主动公开信息5604条，受理信息公开申请43件，其中：信函受理35件，网络受理2件，当面受理6件，现已全部办结。" */
export const disclosureInRuleOfLaw = defineStatement({
  key: 'disclosure.open_government',
  place: { report: 'rule_of_law_annual', section: 1, area: 'supervision' },
  order: 30,
  lead: '全面推进政务公开',
  text:
    '全年主动公开信息{disclosure.proactive_items}条，受理信息公开申请{disclosure.requests_received}件，其中：' +
    '信函受理{disclosure.requests_received:letter}件，网络受理{disclosure.requests_received:online}件，' +
    '当面受理{disclosure.requests_received:in_person}件，现已全部办结。',
  claims: [{ words: '现已全部办结', figure: 'disclosure.requests_concluded', equals: { figure: RECEIVED } }],
  sums: [{ total: RECEIVED, parts: [`${RECEIVED}:letter`, `${RECEIVED}:online`, `${RECEIVED}:in_person`] }],
});

/** 总体情况 (一) 主动公开 (条例 第五十条第（一）项). */
export const proactiveOverview = defineStatement({
  key: 'disclosure.proactive_overview',
  place: { report: 'disclosure_annual', section: 1 },
  order: 10,
  text:
    '主动公开方面，全年主动公开政府信息{disclosure.proactive_items}条，在形成或变更之日起20个工作日内公开的比例为' +
    '{disclosure.proactive_on_time_rate}。',
});

/** 总体情况 (二) 依申请公开 (条例 第五十条第（二）项). */
export const requestsOverview = defineStatement({
  key: 'disclosure.requests_overview',
  place: { report: 'disclosure_annual', section: 1 },
  order: 20,
  text:
    '依申请公开方面，全年受理政府信息公开申请{disclosure.requests_received}件，按期答复率' +
    '{disclosure.reply_on_time_rate}，平均答复用时{disclosure.average_reply_days}个工作日。',
});

/** 总体情况 (一) 主动公开, by the 条例's categories the report's readers look for (第二十条). */
export const proactiveByCategory = defineStatement({
  key: 'disclosure.proactive_by_category',
  place: { report: 'disclosure_annual', section: 1 },
  order: 15,
  text:
    '其中，规范性文件类{disclosure.proactive_items:laws_and_documents}条，财政预算决算类' +
    '{disclosure.proactive_items:budgets}条，行政许可办理结果{disclosure.proactive_items:licensing_results}条，' +
    '行政处罚和行政强制{disclosure.proactive_items:penalty_coercion}条。',
});

/**
 * 其他需要报告的事项: the 信息处理费 collected (legal-rules §1.3). From 2021, when 国办函〔2020〕109号 took effect
 * (decision 0033).
 */
export const feesCollected = defineStatement({
  key: 'disclosure.fees_collected',
  place: { report: 'disclosure_annual', section: 6 },
  order: 10,
  text: '本年度收取信息处理费{disclosure.fees_collected_yuan}元，涉及{disclosure.fee_requests}件申请。',
  years: { from: 2021 },
});

export const disclosureStatements = [
  disclosureInRuleOfLaw,
  proactiveOverview,
  proactiveByCategory,
  requestsOverview,
  feesCollected,
];
