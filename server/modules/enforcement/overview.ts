import { isNotNull } from 'drizzle-orm';
import {
  countByMonthAndUnit,
  defineHeadline,
  defineOverviewSeries,
  defineWorkQueue,
} from '../../platform/workbench/index.js';
import { enforcementCases as c } from './cases/schema.js';
import { findReviewQueue } from './cases/service/index.js';

/** What the leader's overview charts from enforcement: cases opened (立案) and decided, by month and body. */
export const enforcementOverview = [
  defineOverviewSeries({
    key: 'enforcement.cases_opened',
    label: { 'zh-CN': '执法案件立案', 'en-US': 'Cases opened' },
    metricKey: 'enforcement.cases_opened',
    count: countByMonthAndUnit({
      table: c,
      dateColumn: c.openedOn,
      orgUnitColumn: c.orgUnitId,
      districtColumn: c.districtId,
    }),
  }),
  defineOverviewSeries({
    key: 'enforcement.cases_decided',
    label: { 'zh-CN': '执法案件作出决定', 'en-US': 'Cases decided' },
    metricKey: 'enforcement.cases_decided',
    count: countByMonthAndUnit({
      table: c,
      dateColumn: c.decidedOn,
      orgUnitColumn: c.orgUnitId,
      districtColumn: c.districtId,
      where: isNotNull(c.decidedOn),
    }),
  }),
];

/** The leaders' overview's enforcement headlines: cases opened and decided, fines, legal review coverage. */
export const enforcementHeadlines = [
  defineHeadline({
    metricKey: 'enforcement.cases_opened',
    label: { 'zh-CN': '执法案件立案', 'en-US': 'Cases opened' },
    order: 20,
  }),
  defineHeadline({
    metricKey: 'enforcement.cases_decided',
    label: { 'zh-CN': '执法案件作出决定', 'en-US': 'Cases decided' },
    order: 21,
  }),
  defineHeadline({
    metricKey: 'enforcement.fines_decided_yuan',
    label: { 'zh-CN': '决定罚没金额', 'en-US': 'Fines decided' },
    order: 22,
  }),
  defineHeadline({
    metricKey: 'enforcement.legal_review_coverage',
    label: { 'zh-CN': '重大执法决定法制审核率', 'en-US': 'Major decisions legally reviewed' },
    order: 23,
  }),
];

/** The legal reviewers' queue (法制审核, 处罚法 第五十八条): reviews submitted and not concluded, oldest first. */
export const legalReviewQueue = defineWorkQueue({
  key: 'enforcement.legal_review',
  label: { 'zh-CN': '重大执法决定法制审核（待审核）', 'en-US': 'Legal review of major decisions (pending)' },
  permission: 'enforcement.legal_review',
  path: '/enforcement/reviews',
  load: async (ctx, limit) => {
    const { items, total } = await findReviewQueue(ctx, { queue: 'pending', page: 1, pageSize: limit });
    return {
      total,
      items: items.map((row) => ({
        id: row.kase.id,
        title: `${row.kase.caseNumber} ${row.kase.cause}`,
        link: `/enforcement/cases/${row.kase.id}`,
        unitName: row.kase.orgUnitName,
        since: row.submittedOn,
      })),
    };
  },
});
