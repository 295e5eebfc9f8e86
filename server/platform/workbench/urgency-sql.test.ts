import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../../common/calendar/index.js';
import { urgencyOf } from '../clocks/urgency.js';
import { dueSoonUntil } from './urgency-sql.js';

// National Day 2024: 10-01..10-07 off, 09-29 (Sun) and 10-12 (Sat) make-up working days.
const cal = createWorkCalendar({
  years: [2024],
  days: [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ day: `2024-10-${d}`, kind: 'off' as const })),
    { day: '2024-09-29', kind: 'work' as const },
    { day: '2024-10-12', kind: 'work' as const },
  ],
});

function days(from: string, n: number): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) =>
    new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10),
  );
}

describe('dueSoonUntil', () => {
  it('draws the same line as urgencyOf for every today and due date around a holiday', () => {
    for (const today of days('2024-09-20', 30)) {
      const until = dueSoonUntil(cal, today);
      for (const dueOn of days(today, 20)) {
        const bySql = dueOn <= until ? 'due_soon' : 'ok';
        expect([today, dueOn, bySql]).toEqual([
          today,
          dueOn,
          urgencyOf(cal, today, { status: 'running', dueOn }),
        ]);
      }
    }
  });
});
