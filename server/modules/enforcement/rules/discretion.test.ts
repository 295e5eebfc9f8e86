import { describe, expect, it } from 'vitest';
import {
  type AmountThresholds,
  carriesHearingRight,
  checkDiscretion,
  type DiscretionRange,
  isMajorByAmount,
  rangeProblems,
} from './discretion.js';

const band = (circumstance: DiscretionRange['circumstance'], fineMin: number, fineMax: number) => ({
  circumstance,
  fineMin,
  fineMax,
  description: '',
});
const ranges = [band('minor', 0, 5_000), band('general', 5_000, 30_000), band('serious', 30_000, 100_000)];

describe('checkDiscretion', () => {
  it.each([
    ['at the lower bound', 'general', 5_000, 'within'],
    ['at the upper bound', 'general', 30_000, 'within'],
    ['below the band', 'general', 4_999.99, 'deviation'],
    ['above the band', 'serious', 100_001, 'deviation'],
    ['a free band starting at 0', 'minor', 0, 'within'],
  ] as const)('%s', (_, circumstance, fine, kind) => {
    expect(checkDiscretion(ranges, circumstance, fine).kind).toBe(kind);
  });

  it('names the band when the fine is outside it', () => {
    const check = checkDiscretion(ranges, 'general', 40_000);
    expect(check).toMatchObject({ kind: 'deviation', range: { circumstance: 'general' } });
    expect(check.kind === 'deviation' && check.message).toBe(
      '罚款 40000 元超出“一般”情节的裁量幅度 5000–30000 元',
    );
  });

  it('is a deviation when the benchmark lacks the circumstance', () => {
    const check = checkDiscretion([band('general', 1, 2)], 'serious', 2);
    expect(check).toEqual({ kind: 'deviation', range: null, message: '裁量基准未规定“严重”情节' });
  });
});

describe('rangeProblems', () => {
  it('accepts well-formed bands, including touching ones', () => {
    expect(rangeProblems(ranges)).toEqual([]);
    expect(rangeProblems([band('minor', 0, 0)])).toEqual([]);
  });

  it('lists every problem with the path of its field', () => {
    expect(rangeProblems([band('minor', -1, 10), band('minor', 5, 6), band('serious', 100, 50)])).toEqual([
      { path: 'ranges.0.fineMin', message: '罚款下限不能为负数' },
      { path: 'ranges.1.circumstance', message: '同一情节只能设置一个幅度' },
      { path: 'ranges.2.fineMax', message: '罚款上限不能低于下限' },
    ]);
  });
});

describe('thresholds', () => {
  const t: AmountThresholds = {
    majorAmountPerson: 10_000,
    majorAmountOrganisation: 100_000,
    hearingAmountPerson: 5_000,
    hearingAmountOrganisation: 50_000,
  };

  it.each([
    ['natural_person', 9_999, false],
    ['natural_person', 10_000, true],
    ['legal_person', 99_999, false],
    ['legal_person', 100_000, true],
    ['individual_business', 100_000, true],
  ] as const)('major by amount: %s, %d yuan → %s', (party, total, major) => {
    expect(isMajorByAmount(t, party, total)).toBe(major);
  });

  it.each([
    ['natural_person', 4_999, false],
    ['natural_person', 5_000, true],
    ['other_org', 49_999, false],
    ['other_org', 50_000, true],
  ] as const)('hearing right (较大数额罚款): %s, %d yuan → %s', (party, total, right) => {
    expect(carriesHearingRight(t, party, total)).toBe(right);
  });
});
