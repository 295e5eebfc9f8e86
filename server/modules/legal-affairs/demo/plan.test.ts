import { describe, expect, it } from 'vitest';
import { plan2020, planCurrentYear, SEED_OPINIONS, splitLoss } from './plan.js';
import { seededRandom } from '../../../../common/random.js';

describe('the demo plan of 2020 is the seed’s 一(二)二', () => {
  const { matters, opinions } = plan2020();
  const taken = (kind: string) =>
    matters.filter((m) => m.kind === kind && !['returned', 'withdrawn'].includes(m.state)).length;

  it('has 602 lawsuits, 45 non-litigation matters and 398 opinions, plus requests that do not count', () => {
    expect(taken('litigation')).toBe(602);
    expect(taken('non_litigation')).toBe(45);
    expect(opinions).toHaveLength(398);
    expect(SEED_OPINIONS).toBe(398);
    expect(matters.filter((m) => m.state === 'returned' || m.state === 'withdrawn').length).toBeGreaterThan(
      0,
    );
  });

  it('avoids exactly ¥180,000,000 through lawsuits, each amount with its reckoning', () => {
    const lossy = matters.filter((m) => (m.lossAvoidedYuan ?? 0) > 0);
    expect(lossy.every((m) => m.kind === 'litigation' && m.lossReckoning)).toBe(true);
    expect(lossy.reduce((s, m) => s + (m.lossAvoidedYuan ?? 0), 0)).toBe(180_000_000);
  });

  it('names the seed’s key projects and keeps every date inside 2020', () => {
    const projects = new Set(matters.map((m) => m.keyProject));
    expect(projects).toContain('大棚房');
    expect(projects).toContain('苏宁小镇集体土地征拆');
    expect(matters.some((m) => m.category === 'petition_case')).toBe(true);
    for (const m of matters) {
      expect(m.requestedOn.startsWith('2020')).toBe(true);
      if (m.concludedOn) expect(m.concludedOn <= '2020-12-31' && m.concludedOn >= m.requestedOn).toBe(true);
    }
    expect(new Set(matters.map((m) => m.matterNumber)).size).toBe(matters.length);
  });

  it('is the same plan on every run', () => {
    expect(plan2020()).toEqual(plan2020());
  });
});

describe('this year’s plan', () => {
  it('grows with the load day and never goes past it', () => {
    expect(planCurrentYear(2026, '2026-01-05').matters).toEqual([]);
    const june = planCurrentYear(2026, '2026-06-15');
    expect(june.matters.length).toBeGreaterThan(0);
    expect(june.matters.every((m) => (m.concludedOn ?? '') < '2026-06-15')).toBe(true);
  });

  it('splits a loss into exact thousands', () => {
    const parts = splitLoss(1_234_000, 5, seededRandom(1));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_234_000);
    expect(parts.every((p) => p > 0 && p % 1000 === 0)).toBe(true);
  });
});
