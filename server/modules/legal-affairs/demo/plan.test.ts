import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../../common/calendar/index.js';
import { seededRandom } from '../../../../common/random.js';
import { liveMatters } from './live.js';
import { plan2020, planCurrentYear, SEED_OPINIONS, splitLoss } from './plan.js';

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

describe('this year’s live matters', () => {
  const file = load(
    readFileSync(new URL('../../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'),
    {
      schema: CORE_SCHEMA,
    },
  ) as { years: HolidayYearEntry[] };
  const cal = createWorkCalendar({
    years: file.years.map((y) => y.year),
    days: file.years.flatMap((y) => expandHolidayYear(y).days),
  });

  it('has a matter in every stage by mid-June, no step after the load day', () => {
    const live = liveMatters(cal, '2026-06-15');
    expect(new Set(live.map((m) => m.stage)).size).toBe(13);
    for (const m of live)
      for (const s of m.steps) expect(s.on >= m.requestedOn && s.on <= '2026-06-15').toBe(true);
    const states = new Set(live.flatMap((m) => m.steps.map((s) => s.transition)));
    expect([...states].sort()).toEqual([
      'assign',
      'conclude',
      'issue_opinion',
      'return',
      'start',
      'withdraw',
    ]);
  });

  it('leaves out on 5 January what would have been requested last year', () => {
    const live = liveMatters(cal, '2026-01-05');
    expect(live.length).toBeLessThan(13);
    expect(live.every((m) => m.requestedOn >= '2026-01-01')).toBe(true);
  });
});
