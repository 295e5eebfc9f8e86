import { describe, expect, it } from 'vitest';
import {
  formulaText,
  type ScoringSpec,
  scoreFromHand,
  scoreFromMetric,
  scoreValue,
  sumScores,
  versionForYear,
} from './rules.js';

const spec = (over: Partial<ScoringSpec>): ScoringSpec => ({
  method: 'proportional',
  weight: 10,
  target: 1,
  direction: 'higher',
  perItem: null,
  ...over,
});

describe('scoring methods as data', () => {
  it.each([
    // method, target, direction, value → points
    ['threshold', 1, 'higher', 1, 10],
    ['threshold', 1, 'higher', 0.99, 0],
    ['threshold', 0.1, 'lower', 0.1, 10],
    ['threshold', 0.1, 'lower', 0.11, 0],
    ['proportional', 1, 'higher', 0.8, 8],
    ['proportional', 0.9, 'higher', 0.45, 5],
    ['proportional', 0.9, 'higher', 0.95, 10],
    ['proportional', 1, 'higher', 0, 0],
    ['proportional', 0.1, 'lower', 0.05, 10],
    ['proportional', 0.1, 'lower', 0.55, 5],
    ['proportional', 0.1, 'lower', 1, 0],
  ] as const)('%s target %s (%s): %s → %s', (method, target, direction, value, points) => {
    expect(scoreValue(spec({ method, target, direction }), value)).toBe(points);
  });

  it('deducts per item down to zero, never below', () => {
    const d = spec({ method: 'deduction', weight: 5, perItem: 1, target: null, direction: null });
    expect([0, 1, 4, 5, 9].map((n) => scoreValue(d, n))).toEqual([5, 4, 1, 0, 0]);
    expect(scoreValue({ ...d, perItem: 0.5 }, 3)).toBe(3.5);
  });

  it('says "not available" when the metric is not installed, and "no data" for a rate over no records', () => {
    expect(scoreFromMetric(spec({}), undefined)).toMatchObject({ status: 'unavailable', score: null });
    expect(scoreFromMetric(spec({}), { value: 0, records: 0 })).toMatchObject({
      status: 'no_data',
      score: null,
    });
    // A deduction counts items: none counted is full marks, not "no data".
    const d = spec({ method: 'deduction', weight: 5, perItem: 1 });
    expect(scoreFromMetric(d, { value: 0, records: 0 })).toMatchObject({ status: 'scored', score: 5 });
    expect(scoreFromMetric(spec({}), { value: 0.5, records: 4 })).toEqual({
      status: 'scored',
      value: 0.5,
      score: 5,
      meetsTarget: false,
    });
  });

  it('takes a hand score as given, and waits for one', () => {
    expect(scoreFromHand(spec({ method: 'hand' }), null).status).toBe('unscored');
    expect(scoreFromHand(spec({ method: 'hand' }), { score: 7 })).toMatchObject({
      score: 7,
      meetsTarget: false,
    });
    expect(() => scoreValue(spec({ method: 'hand' }), 1)).toThrow();
  });

  it('sums only what could be scored', () => {
    expect(
      sumScores([
        { weight: 10, score: 8, status: 'scored' },
        { weight: 6, score: null, status: 'unavailable' },
        { weight: 10, score: 10, status: 'scored' },
      ]),
    ).toEqual({ score: 18, scoredWeight: 20, rate: 0.9 });
    expect(sumScores([{ weight: 6, score: null, status: 'unscored' }]).rate).toBeNull();
  });

  it('writes the formula in words', () => {
    const f = formulaText({ ...spec({}), metricLabel: '执法决定按期公示率', metricUnit: 'rate' });
    expect(f).toBe('执法决定按期公示率≥100% 得 10 分；不足时按 值 ÷ 100% 的比例得分');
    expect(
      formulaText({ ...spec({ method: 'deduction', perItem: 1, weight: 5 }), metricLabel: '逾期任务' }),
    ).toBe('满分 5 分，逾期任务每 1 件扣 1 分，扣完为止');
  });
});

describe('the version in force for a year', () => {
  const versions = [
    { code: '2019', appliesFrom: 2019, appliesTo: 2020 },
    { code: '2021', appliesFrom: 2021, appliesTo: null },
    { code: 'guide', appliesFrom: null, appliesTo: null },
  ];
  it.each([
    [2018, undefined],
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2026, '2021'],
  ])('%s → %s', (year, code) => {
    expect(versionForYear(versions, year)?.code).toBe(code);
  });
});
