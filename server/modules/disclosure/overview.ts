import { isNotNull } from 'drizzle-orm';
import { countByMonthAndUnit, defineHeadline, defineOverviewSeries } from '../../platform/workbench/index.js';
import { disclosureRequests as r } from './schema.js';

/** What the leader's overview charts from disclosure: requests received and concluded, by month and organ. */
export const disclosureOverview = [
  defineOverviewSeries({
    key: 'disclosure.requests_received',
    label: { 'zh-CN': '收到政府信息公开申请', 'en-US': 'Disclosure requests received' },
    metricKey: 'disclosure.requests_received',
    count: countByMonthAndUnit({
      table: r,
      dateColumn: r.receivedOn,
      orgUnitColumn: r.orgUnitId,
      districtColumn: r.districtId,
    }),
  }),
  defineOverviewSeries({
    key: 'disclosure.requests_concluded',
    label: { 'zh-CN': '办结政府信息公开申请', 'en-US': 'Disclosure requests concluded' },
    count: countByMonthAndUnit({
      table: r,
      dateColumn: r.concludedOn,
      orgUnitColumn: r.orgUnitId,
      districtColumn: r.districtId,
      where: isNotNull(r.concludedOn),
    }),
  }),
];

/** The leaders' overview's disclosure headlines: requests received, proactive items, replies on time (第三十三条). */
export const disclosureHeadlines = [
  defineHeadline({
    metricKey: 'disclosure.requests_received',
    label: { 'zh-CN': '依申请公开申请', 'en-US': 'Disclosure requests' },
    order: 30,
  }),
  defineHeadline({
    metricKey: 'disclosure.reply_on_time_rate',
    label: { 'zh-CN': '依申请公开按期答复率', 'en-US': 'Replies on time' },
    order: 31,
  }),
  defineHeadline({
    metricKey: 'disclosure.proactive_items',
    label: { 'zh-CN': '主动公开信息', 'en-US': 'Information published proactively' },
    order: 32,
  }),
];
