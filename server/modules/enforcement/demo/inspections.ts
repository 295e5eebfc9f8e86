import { randomUUID } from 'node:crypto';
import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../../common/calendar/index.js';
import {
  INSPECTION_FREQUENCIES,
  type InspectionFrequency,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import type { Tx } from '../../../platform/db/index.js';
import {
  enforcementInspectionPlanItems,
  enforcementInspectionPlans,
  enforcementInspections,
} from '../inspections/schema.js';
import { inventTarget } from './parties.js';
import { intIn, pick, type Rand, sample, weighted } from './random.js';
import type { DemoRegistry } from './registry.js';
import { type DemoBodyUnit, type DemoContext, type DemoOfficer, insertChunked, mayHandle } from './world.js';

type InspectionRow = typeof enforcementInspections.$inferInsert;

/** The year's inspections, not yet written: the case generator marks those that led to a case. */
export interface PlannedInspections {
  inspections: DemoInspection[];
  /** Row i is inspection i. */
  rows: InspectionRow[];
}

/** An inspection the case generator may name as the source of a case (检查发现). */
export interface DemoInspection {
  id: string;
  orgUnitId: string;
  inspectedOn: IsoDate;
  targetName: string;
  result: 'compliant' | 'rectification' | 'case_opened';
}

/** The 2020 working days, in order (make-up working days included). */
export function workingDays2020(cal: WorkCalendar): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = addWorkingDays(cal, '2019-12-31', 1); d <= '2020-12-31'; d = addWorkingDays(cal, d, 1))
    days.push(d);
  return days;
}

const TIMES: Record<InspectionFrequency, number> = Object.fromEntries(
  INSPECTION_FREQUENCIES.map((f) => [f.code, f.timesPerYear]),
) as Record<InspectionFrequency, number>;
const UNPLANNED = 8;

/** The year of inspections to write: its working days, the last day done, whose certificates count. */
export interface InspectionYear {
  year: number;
  days: readonly IsoDate[];
  /** Inspections after this day are not done yet (the current year's today). */
  until: IsoDate;
  mayHandle: (o: DemoOfficer, on: IsoDate) => boolean;
}

/** 2020, the whole year, with the certificates as they stood then. */
export const year2020 = (cal: WorkCalendar): InspectionYear => ({
  year: 2020,
  days: workingDays2020(cal),
  until: '2020-12-31',
  mayHandle,
});

/**
 * 行政检查计划: every body holding 行政检查 items files its plan for the year in January (于洪区行政检查计划管理办法),
 * and carries out 80–95 % of it during the year (the current year: the rounds due by today); a handful of
 * inspections answer complaints outside any plan.
 */
export async function writeInspectionPlans(
  tx: Tx,
  d: DemoContext,
  bodies: DemoBodyUnit[],
  registry: DemoRegistry,
  rand: Rand,
  y: InspectionYear = year2020(d.cal),
): Promise<PlannedInspections> {
  const days = y.days;
  // 2020's plans were filed from 6 January; the current year's from its first working day (so 5 January has one).
  const windowStart = y.year === 2020 ? '2020-01-06' : `${y.year}-01-01`;
  const january = days.filter((x) => x >= windowStart && x <= `${y.year}-01-22` && x <= y.until);
  const done: DemoInspection[] = [];
  const rows: InspectionRow[] = [];
  if (january.length === 0) return { inspections: done, rows };
  const officersOn = (orgUnitId: string, on: IsoDate) => {
    const ok = (registry.officers.get(orgUnitId) ?? []).filter((o) => y.mayHandle(o, on));
    return sample(rand, ok, 2).map((o) => o.id);
  };
  const record = (
    body: DemoBodyUnit,
    powerItemId: string,
    planItemId: string | null,
    on: IsoDate,
    note: string | null,
  ) => {
    if (on > y.until) return;
    const result = weighted(rand, [
      ['compliant', 75],
      ['rectification', 25],
    ] as const);
    const x: DemoInspection = {
      id: randomUUID(),
      orgUnitId: body.unit.id,
      inspectedOn: on,
      targetName: inventTarget(rand),
      result,
    };
    done.push(x);
    rows.push({
      ...x,
      districtId: d.districtId,
      planItemId,
      powerItemId,
      officerIds: officersOn(body.unit.id, on),
      note,
      createdBy: d.actors.handlerOf(body.unit.id).userId,
    });
  };
  for (const body of bodies.filter((b) => b.powers.inspection.length > 0)) {
    const planId = randomUUID();
    const filedOn = pick(rand, january);
    const items = sample(rand, body.powers.inspection, Math.min(5, body.powers.inspection.length)).map(
      (p) => {
        const frequency = weighted(rand, [
          ['quarterly', 4],
          ['half_yearly', 3],
          ['yearly', 2],
          ['monthly', 1],
        ] as const);
        return {
          id: randomUUID(),
          planId,
          powerItemId: p.id,
          frequency,
          targets: `辖区内${p.name
            .replace(/^对/, '')
            .replace(/的(监督|专项)?检查$/, '')
            .replace(/执行法律法规情况$/, '')}相关单位（“双随机”抽取）`,
          plannedCount: TIMES[frequency] * intIn(rand, 1, body.data.officers >= 9 ? 6 : 2),
        };
      },
    );
    await tx.insert(enforcementInspectionPlans).values({
      id: planId,
      districtId: d.districtId,
      orgUnitId: body.unit.id,
      year: y.year,
      filedOn,
      note: '依据于洪区行政检查计划管理办法编制',
      createdBy: d.actors.handlerOf(body.unit.id).userId,
    });
    await tx.insert(enforcementInspectionPlanItems).values(items);
    d.audits.add(filedOn, d.actors.handlerOf(body.unit.id), {
      action: 'enforcement.inspection_plan.filed',
      subjectType: 'enforcement_inspection_plan',
      subjectId: planId,
      orgUnitId: body.unit.id,
      districtId: d.districtId,
      after: { year: y.year, items: items.length },
    });
    const completion = 0.8 + rand() * 0.15;
    for (const item of items) {
      const count = Math.min(
        item.plannedCount,
        Math.round(item.plannedCount * (completion + (rand() - 0.5) * 0.1)),
      );
      const from = days.findIndex((x) => x > filedOn);
      for (let k = 0; k < count; k++) {
        // Spread over the year in order, each round in its own stretch of working days.
        const span = Math.floor((days.length - from) / Math.max(count, 1));
        record(
          body,
          item.powerItemId,
          item.id,
          days[from + k * span + intIn(rand, 0, Math.max(span - 1, 0))]!,
          null,
        );
      }
    }
  }
  const withInspections = bodies.filter((b) => b.powers.inspection.length > 0 && b.data.cases >= 20);
  for (let k = 0; k < UNPLANNED; k++) {
    const body = withInspections[k % withInspections.length]!;
    record(
      body,
      pick(rand, body.powers.inspection).id,
      null,
      pick(rand, days.slice(40)),
      '根据群众投诉举报开展的计划外检查',
    );
  }
  return { inspections: done, rows };
}

/** Writes the inspections (after the case generator marked those that led to a case). */
export async function insertInspections(tx: Tx, d: DemoContext, planned: PlannedInspections): Promise<void> {
  const rows = planned.rows.map((r, i) => ({ ...r, result: planned.inspections[i]!.result }));
  await insertChunked(rows, 1000, (chunk) => tx.insert(enforcementInspections).values(chunk));
  for (const r of rows) {
    d.audits.add(r.inspectedOn, d.actors.handlerOf(r.orgUnitId), {
      action: 'enforcement.inspection.recorded',
      subjectType: 'enforcement_inspection',
      subjectId: r.id!,
      orgUnitId: r.orgUnitId,
      districtId: d.districtId,
      after: { inspectedOn: r.inspectedOn, planItemId: r.planItemId, result: r.result },
    });
  }
}
