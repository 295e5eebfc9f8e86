/** Benchmark: due dates with explanations (computeDue on the real calendar) vs. a naive weekday loop. */
import {
  computeDue,
  createWorkCalendar,
  type DueInput,
  type DurationUnit,
  fromDayNumber,
  toDayNumber,
} from '../common/calendar/index.js';
import { readBundledHolidays } from '../server/platform/calendar/holiday-file.js';

export interface DueDatesBenchResult {
  name: string;
  n: number;
  opsPerSec: number;
  baselineOpsPerSec: number;
  /** opsPerSec / baselineOpsPerSec (the baseline knows no holidays and explains nothing). */
  ratio: number;
}

/** A deterministic mix like a real workload: 60 % working days, 30 % calendar days, 10 % months. */
function inputs(n: number): DueInput[] {
  let seed = 20_240_927;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const first = toDayNumber('2020-01-01');
  const span = toDayNumber('2026-10-31') - first;
  return Array.from({ length: n }, () => {
    const r = rand();
    const unit: DurationUnit = r < 0.6 ? 'working_days' : r < 0.9 ? 'calendar_days' : 'months';
    const amount = unit === 'months' ? 1 + Math.floor(rand() * 6) : 1 + Math.floor(rand() * 60);
    return {
      from: fromDayNumber(first + Math.floor(rand() * span)),
      amount,
      unit,
      basis: '《政府信息公开条例》第三十三条',
    };
  });
}

/** What one would write without a calendar: Date objects, Monday–Friday only, no explanation. */
function naiveDue(input: DueInput): string {
  const d = new Date(`${input.from}T00:00:00Z`);
  if (input.unit === 'months') d.setUTCMonth(d.getUTCMonth() + input.amount);
  else if (input.unit === 'calendar_days') d.setUTCDate(d.getUTCDate() + input.amount);
  else {
    for (let left = input.amount; left > 0; ) {
      d.setUTCDate(d.getUTCDate() + 1);
      const w = d.getUTCDay();
      if (w !== 0 && w !== 6) left -= 1;
    }
  }
  while (input.unit !== 'working_days' && (d.getUTCDay() === 0 || d.getUTCDay() === 6))
    d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function opsPerSec(n: number, run: () => number): number {
  run(); // warm up the JIT on the same inputs
  const started = performance.now();
  const sink = run();
  const seconds = (performance.now() - started) / 1000;
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  return Math.round(n / seconds);
}

export async function benchDueDates(opts: { n: number }): Promise<DueDatesBenchResult> {
  const years = await readBundledHolidays();
  const cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
  const work = inputs(opts.n);
  const measured = opsPerSec(opts.n, () => {
    let total = 0;
    for (const input of work) total += computeDue(cal, input).explanation.length;
    return total;
  });
  const baseline = opsPerSec(opts.n, () => {
    let total = 0;
    for (const input of work) total += naiveDue(input).length;
    return total;
  });
  return {
    name: 'calendar.due_dates',
    n: opts.n,
    opsPerSec: measured,
    baselineOpsPerSec: baseline,
    ratio: Math.round((measured / baseline) * 100) / 100,
  };
}
