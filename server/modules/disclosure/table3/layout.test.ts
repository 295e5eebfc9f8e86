import { describe, expect, it } from 'vitest';
import { REQUEST_OUTCOME_CODES } from '../../../../common/contracts/disclosure/outcomes.js';
import {
  BALANCE_NOTE,
  isFormatAllowed,
  OUTCOME_CODES,
  outcomeRowIndex,
  TABLE3_COLUMNS,
  table3Layout,
} from './layout.js';

// Typed from legal-rules §2.3 (国办公开办函〔2021〕30号 表三), not from the code under test.
const TEMPLATE_2021 = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

describe('table 三 layout, 2021 format (30号)', () => {
  const layout = table3Layout('2021');

  it('has the 25 data rows of the template, labels verbatim and in order', () => {
    expect(layout.rows.map((r) => r.label)).toEqual(TEMPLATE_2021);
  });

  it('groups the label column as the template merges it: 22 / 8 / 3 / 5 / 3', () => {
    expect(layout.groups.map((g) => [g.label, g.col, g.firstRow, g.rowspan])).toEqual([
      ['三、本年度办理结果', 1, 2, 22],
      ['（三）不予公开', 2, 4, 8],
      ['（四）无法提供', 2, 12, 3],
      ['（五）不予处理', 2, 15, 5],
      ['（六）其他处理', 2, 20, 3],
    ]);
  });

  it('spans the label cells: 一/二/四 three columns, （一）（二）（七） two, the numbered reasons one', () => {
    const span = (label: string) => layout.rows.find((r) => r.label === label)?.labelSpan;
    expect(span('一、本年新收政府信息公开申请数量')).toBe(3);
    expect(span('四、结转下年度继续办理')).toBe(3);
    expect(span('（一）予以公开')).toBe(2);
    expect(span('（七）总计')).toBe(2);
    expect(span('1.属于国家秘密')).toBe(1);
  });

  it('has the seven value columns, the last one 总计', () => {
    expect(TABLE3_COLUMNS.map((c) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(BALANCE_NOTE).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  });

  it('maps every outcome code of the contract to exactly one row, rows 3–23 in order', () => {
    expect([...OUTCOME_CODES]).toEqual([...REQUEST_OUTCOME_CODES]);
    expect(OUTCOME_CODES.map((c) => outcomeRowIndex('2021', c))).toEqual(
      Array.from({ length: 21 }, (_, i) => i + 2),
    );
  });
});

describe('table 三 layout, 2019 trial format (60号)', () => {
  const layout = table3Layout('2019');

  it('folds （六）其他处理 into one row: 23 data rows, 三 spans 20', () => {
    expect(layout.rows).toHaveLength(23);
    expect(layout.rows.map((r) => r.label)).toEqual([
      ...TEMPLATE_2021.slice(0, 20),
      '（六）其他处理',
      '（七）总计',
      '四、结转下年度继续办理',
    ]);
    expect(layout.groups[0]).toMatchObject({ label: '三、本年度办理结果', firstRow: 2, rowspan: 20 });
    expect(layout.groups.map((g) => g.label)).not.toContain('（六）其他处理');
  });

  it('counts the three 其他处理 reasons in that one row', () => {
    for (const code of ['other_no_correction', 'other_fee_unpaid', 'other'] as const)
      expect(outcomeRowIndex('2019', code)).toBe(20);
    expect(outcomeRowIndex('2019', 'not_processed_confirm')).toBe(19);
  });

  it('is selectable for 2019–2020 only; 2021 for any year', () => {
    expect(isFormatAllowed('2019', 2019)).toBe(true);
    expect(isFormatAllowed('2019', 2020)).toBe(true);
    expect(isFormatAllowed('2019', 2021)).toBe(false);
    expect(isFormatAllowed('2019', 2018)).toBe(false);
    expect(isFormatAllowed('2021', 2020)).toBe(true);
  });
});
