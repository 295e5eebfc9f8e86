import { describe, expect, it } from 'vitest';
import {
  completionOf,
  defaultPlannedCount,
  inspectionPowerProblem,
  planYearProblem,
  yearOf,
} from './rules.js';

const power = { orgUnitId: 'u1', name: '对食品经营者的监督检查', category: 'inspection', isInForce: true };

describe('inspectionPowerProblem', () => {
  it.each([
    ['an in-force inspection item of the body', power, null],
    ['a missing item', undefined, '未找到'],
    ["another body's item", { ...power, orgUnitId: 'u2' }, '不是本执法主体'],
    ['a penalty item', { ...power, category: 'penalty' }, '不是行政检查类事项'],
    ['a repealed item', { ...power, isInForce: false }, '现行有效'],
  ])('%s', (_name, p, expected) => {
    const problem = inspectionPowerProblem(p, 'u1');
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});

describe('completionOf', () => {
  it('counts each line only up to its plan', () => {
    const figures = completionOf([
      { plannedCount: 4, doneCount: 6 },
      { plannedCount: 12, doneCount: 3 },
    ]);
    expect(figures).toEqual({
      plannedCount: 16,
      doneCount: 9,
      doneWithinPlanCount: 7,
      completionRate: 0.4375,
    });
  });

  it('has no rate without a plan', () => {
    expect(completionOf([]).completionRate).toBeNull();
  });
});

describe('plan defaults and years', () => {
  it.each([
    ['yearly', 1],
    ['half_yearly', 2],
    ['quarterly', 4],
    ['monthly', 12],
  ] as const)('%s → %i inspections a year', (frequency, times) => {
    expect(defaultPlannedCount(frequency)).toBe(times);
  });

  it('plans at most next year', () => {
    expect(planYearProblem(2021, '2020-12-31')).toBeNull();
    expect(planYearProblem(2022, '2020-12-31')).toContain('2021');
    expect(yearOf('2020-06-30')).toBe(2020);
  });
});
