/**
 * The disclosure figures the reports judge and compare (decision 0037): indicators whose shortfall drafts 二 of the
 * 法治政府建设 report and 五 (存在的主要问题及改进情况) of the disclosure report; and the figures both reports
 * state, which must agree (requests received, proactive items), with table 三's carry-over against last year's.
 */
import { defineAgreement, defineIndicator } from '../../platform/reports/index.js';

const BOTH = ['rule_of_law_annual', 'disclosure_annual'] as const;

/** 按期答复: within 20 working days, or 40 when extended (条例 第三十三条). */
export const replyOnTime = defineIndicator({
  key: 'disclosure.reply_on_time_rate',
  figure: 'disclosure.reply_on_time_rate',
  better: 'higher',
  target: 1,
  base: 'disclosure.requests_concluded',
  reports: BOTH,
  order: 50,
  sentences: {
    worse:
      '政府信息公开申请按期答复率为{disclosure.reply_on_time_rate}，低于上年（{disclosure.reply_on_time_rate|previous}），' +
      '逾期答复{disclosure.reply_on_time_rate:late}件。',
    belowTarget:
      '依申请公开办理时效有待提高，按期答复率为{disclosure.reply_on_time_rate}，' +
      '逾期答复{disclosure.reply_on_time_rate:late}件。',
  },
});

/** 主动公开: within 20 working days of being made or changed (条例 第二十六条). */
export const proactiveOnTime = defineIndicator({
  key: 'disclosure.proactive_on_time_rate',
  figure: 'disclosure.proactive_on_time_rate',
  better: 'higher',
  target: 1,
  base: 'disclosure.proactive_items',
  reports: BOTH,
  order: 60,
  sentences: {
    worse:
      '主动公开的及时性有所下降，在形成或变更之日起20个工作日内公开的比例为{disclosure.proactive_on_time_rate}，' +
      '低于上年（{disclosure.proactive_on_time_rate|previous}）。',
    belowTarget:
      '主动公开的及时性有待提高，在形成或变更之日起20个工作日内公开的比例为{disclosure.proactive_on_time_rate}。',
  },
});

export const disclosureIndicators = [replyOnTime, proactiveOnTime];

const RECEIVED = 'disclosure.requests_received';

/** The 法治政府建设 report's requests received = the disclosure report's (总体情况 and 表三 row 一 总计). */
export const requestsReceivedAgree = defineAgreement({
  key: 'disclosure.requests_received_in_both_reports',
  label: '本年新收政府信息公开申请数量',
  sides: [
    { report: 'rule_of_law_annual', figure: RECEIVED },
    { report: 'disclosure_annual', figure: RECEIVED },
  ],
});

export const requestsReceivedInTable3 = defineAgreement({
  key: 'disclosure.requests_received_in_table3',
  label: '本年新收政府信息公开申请数量（表三第一项总计）',
  sides: [
    { report: 'disclosure_annual', figure: RECEIVED },
    { report: 'disclosure_annual', table: '三', figure: 'received:total' },
  ],
});

export const proactiveItemsAgree = defineAgreement({
  key: 'disclosure.proactive_items_in_both_reports',
  label: '全年主动公开政府信息数量',
  sides: [
    { report: 'rule_of_law_annual', figure: 'disclosure.proactive_items' },
    { report: 'disclosure_annual', figure: 'disclosure.proactive_items' },
  ],
});

/** 表三 row 二 (上年结转) = last year's row 四 (结转下年度继续办理): practice, legal-rules.md §2.3 (M). */
export const carryOverAgree = defineAgreement({
  key: 'disclosure.table3_carry_over',
  label: '表三上年结转与上年度结转下年度',
  level: 'warning',
  sides: [
    { report: 'disclosure_annual', table: '三', figure: 'carried_in:total' },
    { report: 'disclosure_annual', table: '三', figure: 'carried_out:total', yearOffset: -1 },
  ],
});

export const disclosureAgreements = [
  requestsReceivedAgree,
  requestsReceivedInTable3,
  proactiveItemsAgree,
  carryOverAgree,
];
