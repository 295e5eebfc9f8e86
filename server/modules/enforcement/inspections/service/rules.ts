import {
  INSPECTION_FREQUENCIES,
  type InspectionFrequency,
} from '../../../../../common/contracts/enforcement/dictionaries.js';

/**
 * Pure rules of the inspection-plan regime (行政检查计划, 于洪区行政检查计划管理办法): which power a plan line
 * or an inspection may name, the default planned number, and the completion figures.
 */

/** What the rules need to know of a power-list item (powers.findHeldPowers gives it). */
export interface PowerFacts {
  orgUnitId: string;
  name: string;
  category: string;
  isInForce: boolean;
}

/** Why this power may not be planned or inspected under by this body, or null when it may. */
export function inspectionPowerProblem(power: PowerFacts | undefined, orgUnitId: string): string | null {
  if (!power) return '未找到该权责清单事项';
  if (power.orgUnitId !== orgUnitId) return `“${power.name}”不是本执法主体权责清单中的事项`;
  // Only 行政检查 items of the body's 权责清单 may be planned or carried out as inspections.
  if (power.category !== 'inspection') return `“${power.name}”不是行政检查类事项，不能列入检查`;
  if (!power.isInForce) return `“${power.name}”不是权责清单中现行有效的事项`;
  return null;
}

/** The planned number a line gets when none is given: the frequency's times per year. */
export function defaultPlannedCount(frequency: InspectionFrequency): number {
  return INSPECTION_FREQUENCIES.find((f) => f.code === frequency)?.timesPerYear ?? 1;
}

export interface LineFigures {
  plannedCount: number;
  doneCount: number;
}

export interface CompletionFigures {
  plannedCount: number;
  doneCount: number;
  /** Done, each line counted up to its planned number: over-inspecting one item does not make up for another. */
  doneWithinPlanCount: number;
  /** doneWithinPlan ÷ planned, rounded to 4 places; null when nothing is planned. */
  completionRate: number | null;
}

/** The completion of a plan from its lines. */
export function completionOf(lines: readonly LineFigures[]): CompletionFigures {
  let plannedCount = 0;
  let doneCount = 0;
  let doneWithinPlanCount = 0;
  for (const line of lines) {
    plannedCount += line.plannedCount;
    doneCount += line.doneCount;
    doneWithinPlanCount += Math.min(line.doneCount, line.plannedCount);
  }
  const completionRate =
    plannedCount === 0 ? null : Math.round((doneWithinPlanCount / plannedCount) * 10_000) / 10_000;
  return { plannedCount, doneCount, doneWithinPlanCount, completionRate };
}

/** The plan year an inspection day belongs to. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** The plan years a body may draw up: none later than next year (plans are made ahead, not for 2030). */
export function planYearProblem(year: number, today: string): string | null {
  return year > yearOf(today) + 1 ? `只能编制 ${yearOf(today) + 1} 年度及以前的检查计划` : null;
}
