import type { InspectionFrequency } from '../../../../common/contracts/enforcement/dictionaries.js';
import type {
  InspectionOut,
  InspectionPlanOut,
  InspectionProgressRow,
} from '../../../../common/contracts/enforcement/inspections.js';
import type { InspectionView, PlanView, ProgressLine } from './service/index.js';

/**
 * Inspection plans and inspections as the API shows them. Nothing here is personal data beyond officers'
 * names and certificate numbers, which 行政执法公示 makes public anyway; no masking is needed.
 */

/** A plan with its lines, the done counts and the completion rate (each line counted up to its plan). */
export function presentPlan(view: PlanView): InspectionPlanOut {
  const { plan } = view;
  const figures = view.completion;
  return {
    id: plan.id,
    orgUnit: view.orgUnit,
    year: plan.year,
    filedOn: plan.filedOn,
    isFiled: plan.filedOn !== null,
    note: plan.note,
    items: view.lines.map((line) => ({
      id: line.id,
      powerItem: line.powerItem,
      frequency: line.frequency as InspectionFrequency,
      targets: line.targets,
      plannedCount: line.plannedCount,
      doneCount: line.doneCount,
    })),
    plannedCount: figures.plannedCount,
    doneCount: figures.doneCount,
    completionRate: figures.completionRate,
    unplannedCount: view.unplannedCount,
    version: plan.version,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

/** One inspection; `isUnplanned` flags 计划外检查. */
export function presentInspection(view: InspectionView): InspectionOut {
  const x = view.inspection;
  return {
    id: x.id,
    orgUnit: view.orgUnit,
    powerItem: view.powerItem,
    planItemId: x.planItemId,
    inspectedOn: x.inspectedOn,
    targetName: x.targetName,
    officers: view.officers,
    result: x.result as InspectionOut['result'],
    note: x.note,
    isUnplanned: x.planItemId === null,
    createdAt: x.createdAt.toISOString(),
  };
}

/** One body's line of the progress table. */
export function presentProgress(line: ProgressLine): InspectionProgressRow {
  return {
    orgUnit: line.orgUnit,
    planId: line.plan?.id ?? null,
    filedOn: line.plan?.filedOn ?? null,
    isFiled: Boolean(line.plan?.filedOn),
    plannedCount: line.plannedCount,
    doneCount: line.doneCount,
    doneWithinPlanCount: line.doneWithinPlanCount,
    completionRate: line.completionRate,
    unplannedCount: line.unplannedCount,
  };
}
