import { describe, expect, it } from 'vitest';
import { CIRCUMSTANCES } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { labelOf } from '../../../../../common/contracts/dictionary.js';
import { checkRanges, nextCircumstance, rangesSummary, sortRanges } from './ranges.js';

const zh = (code: string) => labelOf(CIRCUMSTANCES, code);

describe('rangesSummary', () => {
  it('lists the bands lightest first with yuan separators', () => {
    const ranges = [
      { circumstance: 'serious' as const, fineMin: 5000, fineMax: 20000 },
      { circumstance: 'minor' as const, fineMin: 0, fineMax: 1000 },
    ];
    expect(rangesSummary(ranges, zh)).toBe('轻微 0–1,000；严重 5,000–20,000');
  });
});

describe('checkRanges', () => {
  it('accepts well-formed bands', () => {
    expect(checkRanges([{ circumstance: 'minor', fineMin: 0, fineMax: 500 }])).toEqual([]);
  });

  it('puts each problem on its cell', () => {
    expect(
      checkRanges([
        { circumstance: 'general', fineMin: 3000, fineMax: 1000 },
        { circumstance: 'general', fineMin: 0 },
      ]),
    ).toEqual([
      { name: ['ranges', 0, 'fineMax'], message: '罚款上限不能低于下限' },
      { name: ['ranges', 1, 'circumstance'], message: '同一情节只能设置一次' },
      { name: ['ranges', 1, 'fineMax'], message: '请填写罚款上限' },
    ]);
  });
});

describe('sortRanges and nextCircumstance', () => {
  it('orders by the dictionary and offers the first unused circumstance', () => {
    const rows = [{ circumstance: 'serious' as const }, { circumstance: 'minor' as const }];
    expect(sortRanges(rows).map((r) => r.circumstance)).toEqual(['minor', 'serious']);
    expect(nextCircumstance(rows)).toBe('general');
    expect(nextCircumstance([...rows, { circumstance: 'general' }])).toBeUndefined();
  });
});
