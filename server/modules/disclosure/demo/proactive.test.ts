import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../common/random.js';
import { apportion } from './proactive.js';

describe('proactive demo plan', () => {
  it.each([
    [5604, [1, 1, 1]],
    [5604, [0.61, 1.52, 2.03, 0.9, 1.7]],
    [7, [3, 3, 3, 3]],
  ])('apportions %i exactly over %j', (total, weights) => {
    const counts = apportion(total, weights);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    for (const [i, c] of counts.entries()) {
      expect(Math.abs(c - (weights[i]! / weights.reduce((a, b) => a + b, 0)) * total)).toBeLessThan(1);
    }
  });

  it('draws the same sequence from the same seed', () => {
    const a = seededRandom(2020);
    const b = seededRandom(2020);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
