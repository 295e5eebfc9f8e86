import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';
import type { Tx } from '../../../platform/db/index.js';
import type { EnforcementSettings } from '../registry/service/lookups.js';
import type { Quotas } from './case-facts.js';
import { number, type PlanInput, type PlannedCase, planClosedCases } from './case-plan.js';
import { type InspectionYear, type PlannedInspections, writeInspectionPlans } from './inspections.js';
import type { Rand } from './random.js';
import type { DemoRegistry } from './registry.js';
import { planRunningCase, SCENARIO_COUNTS, type Scenario } from './running-cases.js';
import { type DemoBodyUnit, type DemoContext, mayHandleNow } from './world.js';

/** The current year's volume against 2020's: about three fifths of the cases, prorated to the day of the year. */
const SHARE_OF_2020 = 0.6;
/** Ordinary cases running today: those opened in about the last five weeks that are not closed yet. */
const RUNNING_WINDOW_DAYS = 25;

/** The demo's today: the ctx's day, or the last day of the last loaded calendar year (strict calendar). */
export function demoToday(cal: WorkCalendar, today: IsoDate): IsoDate {
  if (cal.hasYear(Number(today.slice(0, 4)))) return today;
  const last = Math.max(...cal.years.filter((y) => y < Number(today.slice(0, 4))));
  return Number.isFinite(last) ? `${last}-12-31` : today;
}

/** Every working day of the year, in order. */
function workingDaysOf(cal: WorkCalendar, year: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (
    let d = addWorkingDays(cal, `${year - 1}-12-31`, 1);
    d <= `${year}-12-31`;
    d = addWorkingDays(cal, d, 1)
  )
    days.push(d);
  return days;
}

export interface CurrentYear {
  cases: PlannedCase[];
  inspections: PlannedInspections;
}

/**
 * The current year to the demo's today (2021 text of 行政处罚法): this year's inspection plans and the rounds
 * done so far, cases closed earlier in the year, and the work running today in every state (running-cases.ts).
 */
export async function planCurrentYear(
  tx: Tx,
  d: DemoContext,
  bodies: DemoBodyUnit[],
  registry: DemoRegistry,
  settings: EnforcementSettings,
  rand: Rand,
): Promise<CurrentYear> {
  const year = Number(d.today.slice(0, 4));
  const all = workingDaysOf(d.cal, year);
  const y: InspectionYear = { year, days: all, until: d.today, mayHandle: mayHandleNow };
  const inspections = await writeInspectionPlans(tx, d, bodies, registry, rand, y);
  const days = all.filter((x) => x <= d.today);
  const input: PlanInput = {
    cal: d.cal,
    year,
    days,
    until: d.today,
    mayHandle: mayHandleNow,
    districtId: d.districtId,
    settings,
    registry,
    inspections: inspections.inspections,
  };
  const quotas: Quotas = { deviations: 2, lateFilings: 1, returnedReviews: 1 };
  const share = (SHARE_OF_2020 * days.length) / all.length;
  const special = specialCases(input, bodies, rand, d.today);
  const cases = bodies.flatMap((body) => {
    const closed = planClosedCases(input, body, rand, quotas, Math.round(body.data.cases * share)).filter(
      (c) => isSettledBy(c, d.today),
    );
    const running = Array.from({
      length: Math.round((body.data.cases * SHARE_OF_2020 * RUNNING_WINDOW_DAYS) / 250),
    })
      .map(() => planRunningCase(input, body, rand, 'natural', d.today))
      .filter((c): c is PlannedCase => c !== null);
    const mine = [...closed, ...running, ...special.filter((c) => c.row.orgUnitId === body.unit.id)];
    number(body, mine, year);
    return mine;
  });
  return { cases, inspections };
}

/** A closed case whose publication and filing are done by today too (else it would record days to come). */
const isSettledBy = (c: PlannedCase, today: IsoDate) =>
  (c.row.publishedOn ?? '') <= today && (c.filing?.reviewedOn ?? '') <= today;

/** The scenarios of SCENARIO_COUNTS, dealt round the five busiest bodies (the market body first). */
function specialCases(input: PlanInput, bodies: DemoBodyUnit[], rand: Rand, today: IsoDate): PlannedCase[] {
  const busiest = [...bodies].sort((a, b) => b.data.cases - a.data.cases).slice(0, 5);
  const out: PlannedCase[] = [];
  for (const [scenario, count] of SCENARIO_COUNTS)
    for (let i = 0; i < count; i++) {
      const planned = planRunningCase(input, busiest[i % busiest.length]!, rand, scenario as Scenario, today);
      if (planned) out.push(planned);
    }
  return out;
}
