/** What the annual reports say of 规范性文件 (decision 0031): the seed's 一(二)三 in its own words. */
import { defineStatement } from '../../platform/reports/index.js';

/**
 * 一(二)三 "三是清理政府规范性文件。开展与现行开放政策不符的地方性法规、政府规章和行政规范性文件清理工作,审查相关文件38份。"
 * The figure is the documents given a cleanup result in the year; a department's report says it of its own.
 */
export const cleanupStatement = defineStatement({
  key: 'normative_docs.cleanup',
  place: { report: 'rule_of_law_annual', section: 1, area: 'decisions' },
  order: 30,
  lead: '清理政府规范性文件',
  text: '开展与现行开放政策不符的地方性法规、政府规章和行政规范性文件清理工作,审查相关文件{normative_docs.cleanup_reviewed}份。',
});

export const normativeStatements = [cleanupStatement];
