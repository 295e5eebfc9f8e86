import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendar } from '../../../../common/calendar/index.js';
import { readBundledHolidays } from '../../../platform/calendar/index.js';
import { buildCurrentYearPlan, CURRENT_STAGES } from './current-year-plan.js';
import { workingDaysOf } from './proactive.js';

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

const planOn = (today: string) =>
  buildCurrentYearPlan(
    cal,
    workingDaysOf(cal, Number(today.slice(0, 4)), today),
    workingDaysOf(cal, 2020).length,
  );

describe("this year's request plan", () => {
  it.each(['2026-01-05', '2026-06-15', '2026-12-31'])(
    'on %s: received this year, no step after today, steps in order',
    (today) => {
      const plan = planOn(today);
      expect(plan.length).toBeGreaterThan(0);
      for (const r of plan) {
        expect(r.receivedOn >= '2026-01-01' && r.receivedOn <= today, r.receivedOn).toBe(true);
        const days = r.steps.map((s) => s.on);
        expect(days.every((d) => d >= r.receivedOn && d <= today)).toBe(true);
        expect([...days].sort()).toEqual(days);
      }
    },
  );

  it('mid-year has every state, a few overdue, and about the 2020 pace of concluded requests', () => {
    const plan = planOn('2026-06-15');
    expect(new Set(plan.map((r) => r.stage))).toEqual(new Set(CURRENT_STAGES));
    const overdue = plan.filter((r) => r.stage === 'overdue').length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThanOrEqual(3);
    const concluded = plan.filter((r) => r.stage === 'concluded').length;
    expect(concluded).toBeGreaterThan(15);
    expect(concluded).toBeLessThan(25);
  });

  it('on January 5 (元旦 off, the 4th a make-up Sunday) keeps only what two working days allow', () => {
    const plan = planOn('2026-01-05');
    expect(plan.every((r) => r.receivedOn >= '2026-01-04')).toBe(true);
    const stages = new Set(plan.map((r) => r.stage));
    expect(stages).toContain('on_time');
    expect(stages).toContain('awaiting_correction');
    for (const s of ['due_soon', 'overdue', 'extended'] as const) expect(stages).not.toContain(s);
  });

  it('is empty before the year has a working day', () => {
    expect(buildCurrentYearPlan(cal, [], 250)).toEqual([]);
  });
});
