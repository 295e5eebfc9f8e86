import { defineMessages } from '../i18n.js';

/** The printed report's own words around the text (shared by the admin and the portal). */
defineMessages(
  'reportDoc',
  {
    table: '表{name}',
    noTable: '表{name}尚无数据',
    contributedBy: '由{unit}提供',
    figure: {
      key: '指标',
      period: '统计期间',
      value: '本年',
      previous: '上年',
      change: '变化',
      noPrevious: '上年无数据',
      records: '查看记录',
    },
  },
  {
    table: 'Table {name}',
    noTable: 'Table {name} has no data yet',
    contributedBy: 'Contributed by {unit}',
    figure: {
      key: 'Metric',
      period: 'Period',
      value: 'This year',
      previous: 'Last year',
      change: 'Change',
      noPrevious: 'No value last year',
      records: 'Show records',
    },
  },
);
