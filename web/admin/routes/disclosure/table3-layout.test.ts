import { describe, expect, it } from 'vitest';
import { REQUEST_OUTCOMES } from '../../../../common/contracts/disclosure/outcomes.js';
import { layOut, RESULTS_LABEL, totalsByGroup } from './table3-layout.js';

const row = (label: string, total = 0) => ({ label, values: [0, 0, 0, 0, 0, 0, total] });

function template(format: '2021' | '2019') {
  const outcomes = REQUEST_OUTCOMES.filter((o) => format === '2021' || o.group !== 'other').map((o) =>
    row(o.label, o.table3Row),
  );
  return [
    row('一、本年新收政府信息公开申请数量'),
    row('二、上年结转政府信息公开申请数量'),
    ...outcomes,
    ...(format === '2019' ? [row('（六）其他处理', 100)] : []),
    row('（七）总计'),
    row('四、结转下年度继续办理'),
  ];
}

const merged = (rows: ReturnType<typeof layOut>) =>
  rows.flatMap((r) => r.starts.map((s) => ({ at: r.index, ...s })));

describe('table 三 merged label cells', () => {
  it('2021: 三 spans 22 rows; （三）（四）（五）（六） span 8, 3, 5, 3', () => {
    const rows = layOut(template('2021'));
    expect(rows).toHaveLength(25);
    expect(merged(rows)).toEqual([
      { at: 2, label: RESULTS_LABEL, col: 1, rowspan: 22 },
      { at: 4, label: '（三）不予公开', col: 2, rowspan: 8 },
      { at: 12, label: '（四）无法提供', col: 2, rowspan: 3 },
      { at: 15, label: '（五）不予处理', col: 2, rowspan: 5 },
      { at: 20, label: '（六）其他处理', col: 2, rowspan: 3 },
    ]);
    expect(rows.map((r) => r.labelSpan)).toEqual([3, 3, 2, 2, ...Array(19).fill(1), 2, 3]);
  });

  it('2019 trial: （六） is one row spanning two label columns; 三 spans 20', () => {
    const rows = layOut(template('2019'));
    expect(rows).toHaveLength(23);
    expect(merged(rows).map((m) => [m.label, m.rowspan])).toEqual([
      [RESULTS_LABEL, 20],
      ['（三）不予公开', 8],
      ['（四）无法提供', 3],
      ['（五）不予处理', 5],
    ]);
    expect(rows[20]).toMatchObject({
      label: '（六）其他处理',
      labelCol: 2,
      labelSpan: 2,
      group: '（六）其他处理',
    });
  });

  it('sums the 总计 column by outcome group, leaving out 一、二、（七）and 四', () => {
    const groups = totalsByGroup(layOut(template('2021')));
    expect(groups.map((g) => g.group)).toEqual([
      '（一）予以公开',
      '（二）部分公开',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
    ]);
    // The fixture puts each outcome's template row number in its 总计 cell: (三) = 5+…+12 = 68.
    expect(groups.map((g) => g.total)).toEqual([3, 4, 68, 42, 90, 66]);
  });
});
