import { describe, expect, it } from 'vitest';
import { buildRows, checkCounts, checkTable3, type Table3Counts, zeros } from './matrix.js';

const v = (...six: number[]) => [...six, six.reduce((a, b) => a + b, 0)];

/** 10 received + 2 carried in; 9 concluded (one partial); 3 carried out. Balances per column. */
function counts(): Table3Counts {
  return {
    received: v(6, 2, 0, 1, 1, 0),
    carriedIn: v(1, 1, 0, 0, 0, 0),
    outcomes: {
      granted: v(3, 1, 0, 0, 1, 0),
      partially_granted: v(1, 0, 0, 0, 0, 0),
      unable_not_held: v(1, 1, 0, 0, 0, 0),
      other_no_correction: v(1, 0, 0, 0, 0, 0),
      other: v(0, 0, 0, 1, 0, 0),
    },
    concluded: v(6, 2, 0, 1, 1, 0),
    carriedOut: v(1, 1, 0, 0, 0, 0),
  };
}

describe('buildRows', () => {
  it('places each bucket in its row and sums the outcome rows into （七）总计', () => {
    const rows = buildRows(counts(), '2021');
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual({ label: '一、本年新收政府信息公开申请数量', values: [6, 2, 0, 1, 1, 0, 10] });
    expect(rows[1]?.values).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(rows[2]?.values).toEqual([3, 1, 0, 0, 1, 0, 5]);
    expect(rows[3]?.values).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows[12]?.values).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(rows[20]?.values).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows[22]?.values).toEqual([0, 0, 0, 1, 0, 0, 1]);
    expect(rows[23]).toEqual({ label: '（七）总计', values: [6, 2, 0, 1, 1, 0, 10] });
    expect(rows[24]?.values).toEqual([1, 1, 0, 0, 0, 0, 2]);
  });

  it('in the 2019 format adds the three 其他处理 reasons into one row', () => {
    const rows = buildRows(counts(), '2019');
    expect(rows).toHaveLength(23);
    expect(rows[20]).toEqual({ label: '（六）其他处理', values: [1, 0, 0, 1, 0, 0, 2] });
    expect(rows[21]?.values).toEqual([6, 2, 0, 1, 1, 0, 10]);
  });
});

describe('checkTable3 (勾稽关系)', () => {
  it('finds nothing wrong in a balanced table, either format', () => {
    expect(checkTable3(buildRows(counts(), '2021'), '2021')).toEqual([]);
    expect(checkTable3(buildRows(counts(), '2019'), '2019')).toEqual([]);
    expect(checkCounts(counts())).toEqual([]);
  });

  it('reports a column where 一 + 二 ≠ （七） + 四', () => {
    const broken = counts();
    broken.carriedOut = v(2, 1, 0, 0, 0, 0); // one request too many carried over in 自然人
    const checks = checkTable3(buildRows(broken, '2021'), '2021');
    expect(checks.map((c) => [c.rule, c.where, c.expected, c.actual])).toEqual([
      ['balance', '自然人', 7, 8],
      ['balance', '总计', 12, 13],
    ]);
    expect(checks[0]?.message).toContain('第一项加第二项之和为 7');
  });

  it('reports a row whose 总计 is not the sum of the six columns', () => {
    const broken = counts();
    broken.received = [6, 2, 0, 1, 1, 0, 11]; // a record with no known applicant type
    const checks = checkTable3(buildRows(broken, '2021'), '2021');
    expect(checks.map((c) => [c.rule, c.where])).toEqual([
      ['balance', '总计'],
      ['row_total', '一、本年新收政府信息公开申请数量'],
    ]);
  });

  it('reports a typed-in （七）总计 that is not the sum of the outcome rows', () => {
    const rows = buildRows(counts(), '2021');
    const total = rows[23];
    if (total) total.values = [7, 2, 0, 1, 1, 0, 11];
    const rules = checkTable3(rows, '2021').map((c) => `${c.rule}:${c.where}`);
    expect(rules).toContain('outcome_total:自然人');
    expect(rules).toContain('balance:自然人');
  });

  it('reports concluded requests that no outcome row counts', () => {
    const broken = counts();
    broken.concluded = v(7, 2, 0, 1, 1, 0);
    expect(checkCounts(broken).map((c) => c.where)).toEqual(['自然人', '总计']);
    expect(checkCounts({ ...broken, concluded: zeros() })).toHaveLength(5);
  });
});
