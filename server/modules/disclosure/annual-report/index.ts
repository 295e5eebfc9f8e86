/** The 政府信息公开工作年度报告's tables 二, 三, 四 (issue #12, decision 0033), declared in the manifest. */
import { defineReportTable } from '../../../platform/reports/index.js';
import { computeTable2 } from './table2.js';
import { reportTable3 } from './table3.js';
import { computeTable4 } from './table4.js';

export { disclosureImportedFigures } from './figures.js';

export const disclosureReportTables = [
  defineReportTable({
    key: 'disclosure.table2',
    report: 'disclosure_annual',
    name: '二',
    compute: computeTable2,
  }),
  defineReportTable({
    key: 'disclosure.table3',
    report: 'disclosure_annual',
    name: '三',
    compute: reportTable3,
  }),
  defineReportTable({
    key: 'disclosure.table4',
    report: 'disclosure_annual',
    name: '四',
    compute: computeTable4,
  }),
];
