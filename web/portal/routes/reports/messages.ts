import { defineMessages } from '../../../common/i18n.js';

/** The portal's published reports. */
defineMessages(
  'portalReports',
  {
    title: '年度报告',
    subtitle: '法治政府建设年度报告和政府信息公开工作年度报告，经审议、签署后公开',
    kinds: { rule_of_law_annual: '法治政府建设年度报告', disclosure_annual: '政府信息公开工作年度报告' },
    columns: { title: '报告', unit: '发布机关', year: '年度', publishedOn: '公开日期' },
    empty: '暂无已公开的年度报告',
    back: '返回报告列表',
    notFound: '未找到该报告',
    publishedOn: '{date} 公开',
    hash: '存档校验值（SM3）：{hash}',
  },
  {
    title: 'Annual reports',
    subtitle: 'Annual rule-of-law and disclosure reports, published after approval and signature',
    kinds: { rule_of_law_annual: 'Annual rule-of-law report', disclosure_annual: 'Annual disclosure report' },
    columns: { title: 'Report', unit: 'Issued by', year: 'Year', publishedOn: 'Published' },
    empty: 'No annual report published yet',
    back: 'Back to reports',
    notFound: 'Report not found',
    publishedOn: 'Published {date}',
    hash: 'Archive checksum (SM3): {hash}',
  },
);
