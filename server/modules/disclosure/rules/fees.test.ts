import { describe, expect, it } from 'vitest';
import { computeFee, feeMethodProblem, perPageFee } from './fees.js';

describe('信息处理费 (国办函〔2020〕109号), rule 12', () => {
  it.each([
    [30, 0],
    [31, 10],
    [100, 700],
    [101, 720],
    [200, 2700],
    [201, 2740],
  ])('按量: %i pages cost %i 元 (progressive bands)', (pages, fee) => {
    expect(perPageFee(pages)).toBe(fee);
  });
  it('按件: free up to the 10th request of the month, then by band', () => {
    expect(computeFee({ method: 'per_application', nthInMonth: 10 })).toBe(0);
    expect(computeFee({ method: 'per_application', nthInMonth: 11 })).toBe(100);
    expect(computeFee({ method: 'per_application', nthInMonth: 31 })).toBe(200);
    expect(computeFee({ method: 'per_page', pages: 120 })).toBe(1100);
  });
});

describe('feeMethodProblem (109号 第三条: the district’s default method, departed from only with a reason)', () => {
  it.each([
    [null, 'per_page', null, false],
    ['per_page', 'per_page', null, false],
    ['per_application', 'per_page', '信息量大', false],
    ['per_application', 'per_page', null, true],
    ['per_page', 'per_application', null, true],
  ] as const)('district %s, notice %s, reason %s → refused %s', (district, method, reason, refused) => {
    expect(feeMethodProblem(district, method, reason) !== null).toBe(refused);
  });

  it('names the district’s method and the rule', () => {
    expect(feeMethodProblem('per_application', 'per_page', null)).toBe(
      '本区确定的计收方式为按件计收；选用按量计收须书面说明理由（国办函〔2020〕109号第三条）',
    );
  });
});
