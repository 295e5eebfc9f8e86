import { describe, expect, it } from 'vitest';
import { apportion, planPowerList, powersDemoData, SEED_DEPARTMENTS, SEED_ITEMS } from './demo-plan.js';

describe('the demo power list plan', () => {
  const plans = planPowerList(powersDemoData());

  it('gives 35 departments exactly 1590 items in force, each department at least one', () => {
    expect(plans).toHaveLength(SEED_DEPARTMENTS);
    expect(plans.reduce((n, p) => n + p.published.length, 0)).toBe(SEED_ITEMS);
    for (const p of plans) expect(p.published.length).toBeGreaterThanOrEqual(1);
  });

  it('uses codes unique across the district, names unique within a department', () => {
    const all = plans.flatMap((p) => [...p.published, ...p.toRepeal, ...p.drafts]);
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    for (const p of plans) {
      const rows = [...p.published, ...p.toRepeal, ...p.drafts];
      expect(new Set(rows.map((r) => `${r.name}|${r.subItemName ?? ''}`)).size).toBe(rows.length);
    }
  });

  it.each([
    ['210114-D22', 'licensing', '食品经营许可'],
    ['210114-D22', 'penalty', '对未取得食品经营许可从事食品经营活动的行政处罚'],
    ['210114-D18', 'licensing', '医疗机构执业登记'],
    ['210114-D07', 'benefit', '最低生活保障金给付'],
    ['210114-D06', 'licensing', '旅馆业特种行业许可证核发'],
  ])('publishes the real item names citizens search for: %s %s %s', (code, category, name) => {
    const plan = plans.find((p) => p.code === code)!;
    expect(plan.published.find((r) => r.name === name)?.category).toBe(category);
  });

  it('is the same on every run (seeded)', () => {
    const again = planPowerList(powersDemoData());
    expect(again.map((p) => p.published.map((r) => r.name))).toEqual(
      plans.map((p) => p.published.map((r) => r.name)),
    );
  });

  it('leans on penalties and inspections, as real lists do', () => {
    const counts = new Map<string, number>();
    for (const r of plans.flatMap((p) => p.published))
      counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    expect(sorted[0]).toBe('penalty');
    expect(sorted.slice(0, 3)).toContain('inspection');
  });

  it.each([
    [7, { penalty: 1, inspection: 1 }],
    [1, { penalty: 60, licensing: 8, other: 6 }],
    [100, { penalty: 3, inspection: 3, other: 3 }],
  ])('apportions %i exactly', (total, weights) => {
    const parts = apportion(total, weights);
    expect([...parts.values()].reduce((a, b) => a + b, 0)).toBe(total);
  });
});
