import { describe, expect, it } from 'vitest';
import { decisionDocumentLawOn, remediesSentence } from './decision-document.js';

// Rule 9 of issue #9: the 行政处罚决定书 states the remedies as in force on the decision date. Decision 0019.
describe('the penalty decision’s remedies by the law in force on the decision date', () => {
  const organ = { organName: '区市场监督管理局', districtName: '于洪区', organIsDistrict: false };

  it('2017 复议法 (to 2023-12-31): 60 days to the district government or the higher department, or 6 months to court', () => {
    const law = decisionDocumentLawOn('2020-06-16');
    expect(law.reconsideration.law).toBe('《中华人民共和国行政复议法》（2017年修正）');
    expect(law.reconsideration.articles).toBe('第九条、第十二条');
    const text = remediesSentence(law, organ);
    expect(text).toContain('六十日内向于洪区人民政府或者上一级主管部门申请行政复议');
    expect(text).toContain('六个月内依法向人民法院提起行政诉讼');
    expect(decisionDocumentLawOn('2023-12-31').reconsideration.law).toContain('2017');
  });

  it('2023 复议法 (from 2024-01-01): 60 days to the 县级以上地方人民政府 — the district government — or 6 months to court', () => {
    const law = decisionDocumentLawOn('2024-01-01');
    expect(law.reconsideration.law).toBe('《中华人民共和国行政复议法》（2023年修订）');
    expect(law.reconsideration.articles).toBe('第二十条、第二十四条');
    const text = remediesSentence(law, organ);
    expect(text).toContain('六十日内向于洪区人民政府申请行政复议');
    expect(text).not.toContain('上一级主管部门');
    expect(text).toContain('六个月内依法向人民法院提起行政诉讼');
  });

  it('names the 处罚法 text of the decision’s contents and payment (第五十九条/第六十七条, 2017: 第三十九条/第四十六条)', () => {
    expect(decisionDocumentLawOn('2021-07-15').penalty).toMatchObject({
      contents: '第五十九条',
      payment: '第六十七条',
      surcharge: '第七十二条',
    });
    expect(decisionDocumentLawOn('2021-07-14').penalty).toMatchObject({
      contents: '第三十九条',
      payment: '第四十六条',
      surcharge: '第五十一条',
    });
  });

  it('sends a decision of the district government itself to the next level up', () => {
    const text = remediesSentence(decisionDocumentLawOn('2024-05-01'), { ...organ, organIsDistrict: true });
    expect(text).toContain('向上一级人民政府申请行政复议');
  });
});
