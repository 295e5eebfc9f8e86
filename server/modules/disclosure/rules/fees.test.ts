import { describe, expect, it } from 'vitest';
import { computeFee, perPageFee } from './fees.js';

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
