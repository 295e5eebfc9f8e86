import {
  INSPECTION_FREQUENCIES,
  type InspectionFrequency,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type {
  InspectionPlanItemInput,
  InspectionPlanItemOut,
} from '../../../../../common/contracts/enforcement/inspections.js';

type PlanItemInput = InspectionPlanItemInput;

/** The number of inspections a frequency implies in a year (每季度 → 4), the default "planned" of a new row. */
export function timesPerYear(frequency: InspectionFrequency | undefined): number {
  return INSPECTION_FREQUENCIES.find((f) => f.code === frequency)?.timesPerYear ?? 1;
}

/** A plan's items as the editable rows of the items table. */
export function toItemRows(items: readonly InspectionPlanItemOut[]): PlanItemInput[] {
  return items.map((i) => ({
    powerItemId: i.powerItem.id,
    frequency: i.frequency,
    targets: i.targets,
    plannedCount: i.plannedCount,
  }));
}

/** Power-list items named on more than one row (a plan lists each power once). */
export function duplicatePowers(rows: readonly Partial<PlanItemInput>[]): number[] {
  const first = new Map<string, number>();
  const duplicates: number[] = [];
  rows.forEach((r, i) => {
    if (!r.powerItemId) return;
    if (first.has(r.powerItemId)) duplicates.push(i);
    else first.set(r.powerItemId, i);
  });
  return duplicates;
}

/** The years offered by the year selector: from 2020 (the demo year) to next year, newest first. */
export function selectableYears(currentYear: number, firstYear = 2020): number[] {
  const years: number[] = [];
  for (let y = Math.max(currentYear + 1, firstYear); y >= firstYear; y--) years.push(y);
  return years;
}
